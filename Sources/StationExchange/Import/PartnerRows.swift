import StationDomain

/// Row rules for `partners`: a unique name, a known kind, a city outside Liuzhou (Art. 2).
struct PartnerRows {
    let context: ImportContext
    private var namesSeen: [String: Int] = [:]

    init(context: ImportContext) { self.context = context }

    mutating func check(_ row: inout RowCheck) -> Partner? {
        let name = row.text("name", required: true)
        if !name.isEmpty {
            if context.partner(named: name) != nil {
                row.fail("name", "已有同名的共建方", "a partner of this name already exists")
            } else if let first = namesSeen[name] {
                row.fail("name", "与第\(first)行重复", "same name as line \(first)")
            } else { namesSeen[name] = row.line }
        }
        let kind = row.choice("kind", Vocabulary.partnerKinds, codes: PartnerKind.allCases)
        let city = row.text("city", required: true)
        if PartnerLocation.isInLiuzhou(city) {
            row.fail("city", "共建方须在柳州市以外（第二条）", "Art. 2: a partner must be outside Liuzhou")
        }
        let contact = row.text("contact")
        guard row.issues.isEmpty, let kind else { return nil }
        return Partner(name: name, kind: kind, city: city, contact: contact)
    }
}
