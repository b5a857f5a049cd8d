import StationDomain

/// Row rules for `stations` (set up before stationdesk was used): a unique name; the unit by its
/// credit code and the partners by name, all already in the store; a type that follows the
/// partners' kind (Art. 2, 7); staff names (optional, separated like partners, the head not
/// among them, none twice); an agreement date that exists; a known status; an end date
/// (optional) only for an ended or revoked station, not before its agreement.
struct StationRows {
    let context: ImportContext
    private var namesSeen: [String: Int] = [:]

    init(context: ImportContext) { self.context = context }

    /// Separators accepted between partner names: `;` and the full-width `；` an IME types.
    static let partnerSeparators: Set<Character> = [";", "；"]

    mutating func check(_ row: inout RowCheck) -> Station? {
        let name = row.text("name", required: true)
        if !name.isEmpty {
            if context.station(named: name) != nil {
                row.fail("name", "已有同名的工作站", "a station of this name already exists")
            } else if let first = namesSeen[name] {
                row.fail("name", "与第\(first)行重复", "same name as line \(first)")
            } else { namesSeen[name] = row.line }
        }
        let type = row.choice("type", Vocabulary.stationTypes, codes: StationType.allCases)
        let unit = checkUnit(&row)
        let partners = checkPartners(&row, type: type)
        let head = row.text("head", required: true)
        let staff = checkStaff(&row, head: head)
        let agreementDate = row.date("agreement_date")
        let status = row.choice("status", Vocabulary.stationStatuses, codes: StationStatus.allCases)
        var endedOn: CivilDate? = nil
        if !row.text("ended_on").isEmpty {
            endedOn = row.date("ended_on")
            if let endedOn, let agreementDate, endedOn < agreementDate {
                row.fail("ended_on", "早于协议签订日\(agreementDate)", "before the agreement date \(agreementDate)")
            }
            if status == .active {
                row.fail("ended_on", "运行中的工作站不能有终止日期", "an active station has no end date")
            }
        }
        guard row.issues.isEmpty, let type, let unitId = unit?.id, let agreementDate, let status else { return nil }
        return Station(name: name, type: type, unitId: unitId, partnerIds: partners.compactMap(\.id), head: head,
                       staff: staff, agreementDate: agreementDate, status: status, endedOn: endedOn)
    }

    private func checkStaff(_ row: inout RowCheck, head: String) -> [String] {
        var staff: [String] = []
        for piece in row.text("staff").split(whereSeparator: { StationRows.partnerSeparators.contains($0) }) {
            let person = Trim.spaces(String(piece))
            if person.isEmpty { continue }
            if person == head {
                row.fail("staff", "站长“\(person)”不必再列入工作人员", "the head '\(person)' is not listed again as staff")
            } else if staff.contains(person) {
                row.fail("staff", "“\(person)”写了两次", "'\(person)' is named twice")
            } else {
                staff.append(person)
            }
        }
        return staff
    }

    private func checkUnit(_ row: inout RowCheck) -> StationDomain.Unit? {
        let text = row.text("unit_uscc", required: true)
        guard !text.isEmpty else { return nil }
        let code: CreditCode
        do { code = try CreditCode(text) } catch {
            row.fail("unit_uscc", error: error)
            return nil
        }
        guard let unit = context.unitsByCode[code.text] else {
            row.fail("unit_uscc", "没有统一社会信用代码为\(code.text)的设站单位，请先导入设站单位", "no unit has code \(code.text); import units first")
            return nil
        }
        return unit
    }

    private func checkPartners(_ row: inout RowCheck, type: StationType?) -> [Partner] {
        let text = row.text("partners", required: true)
        var partners: [Partner] = []
        for piece in text.split(whereSeparator: { StationRows.partnerSeparators.contains($0) }) {
            let name = Trim.spaces(String(piece))
            if name.isEmpty { continue }
            guard let partner = context.partner(named: name) else {
                row.fail("partners", "未知的共建方“\(name)”，请先导入共建方", "unknown partner '\(name)'; import partners first")
                continue
            }
            if partners.contains(where: { $0.name == name }) {
                row.fail("partners", "共建方“\(name)”写了两次", "partner '\(name)' is named twice")
                continue
            }
            if let type, partner.kind.stationType != type {
                let makes = partner.kind.stationType
                row.fail("partners", "共建方“\(name)”是\(Vocabulary.label(partner.kind))，只能共建\(Vocabulary.label(makes))工作站，不是\(Vocabulary.label(type))（第二条、第七条）", "Art. 2, 7: partner '\(name)' is a \(partner.kind.rawValue) and makes \(makes.rawValue) stations, not \(type.rawValue)")
            }
            partners.append(partner)
        }
        if !text.isEmpty && partners.isEmpty && row.issues.allSatisfy({ $0.column != "partners" }) {
            row.fail("partners", "至少需要一个共建方", "at least one partner is required")
        }
        return partners
    }
}

