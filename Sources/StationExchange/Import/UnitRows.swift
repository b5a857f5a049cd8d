import StationDomain

/// Row rules for `units`: a valid, unused credit code; a unique name; kind enterprise/institution.
struct UnitRows {
    let context: ImportContext
    private var namesSeen: [String: Int] = [:]
    private var codesSeen: [String: Int] = [:]

    init(context: ImportContext) { self.context = context }

    mutating func check(_ row: inout RowCheck) -> Unit? {
        let name = row.text("name", required: true)
        if !name.isEmpty {
            if context.unit(named: name) != nil {
                row.fail("name", "已有同名的设站单位", "a unit of this name already exists")
            } else if let first = namesSeen[name] {
                row.fail("name", "与第\(first)行重复", "same name as line \(first)")
            } else { namesSeen[name] = row.line }
        }
        let codeText = row.text("uscc", required: true)
        var code: CreditCode? = nil
        if !codeText.isEmpty {
            do { code = try CreditCode(codeText) } catch let problem as CreditCode.Problem {
                row.fail("uscc", problem.words)
            } catch { row.fail("uscc", error: error) }
        }
        if let code {
            if let owner = context.unitsByCode[code.text] {
                row.fail("uscc", "该统一社会信用代码已属于“\(owner.name)”", "this code already belongs to '\(owner.name)'")
            } else if let first = codesSeen[code.text] {
                row.fail("uscc", "与第\(first)行重复", "same code as line \(first)")
            } else { codesSeen[code.text] = row.line }
        }
        let kind = row.choice("kind", Vocabulary.unitKinds, codes: UnitKind.allCases)
        let address = row.text("address")
        let contact = row.text("contact")
        let note = row.text("location_note")
        guard let code else { return nil }
        let unit = Unit(name: name, creditCode: code.text, kind: kind ?? .enterprise, address: address, contact: contact,
                        locationNote: note)
        if !UnitLocation.check(unit).isAllowed {
            row.fail("uscc", "第四条第1项：登记机关不在柳州（4502），须在 location_note 列写明说明",
                     "Art. 4.1: not registered in Liuzhou (4502); write a note in the location_note column")
        }
        guard row.issues.isEmpty, kind != nil else { return nil }
        return unit
    }
}
