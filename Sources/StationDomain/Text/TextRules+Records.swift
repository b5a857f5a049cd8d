/// The text fields of the records of a year's round (issue 11) and of a station's two years
/// (issue 12), for `TextRules`: each names its one-line fields (names, people, references: at
/// most 200 characters, no line break), its notes (line breaks allowed, at most 2,000) and its
/// dates (1990–2100). The store checks and NFC-normalises them on every write; a refusal names
/// the field as the record spells it (`conditions[3].note`, `siteVisit.findings`).

private enum Field {
    static func line(_ text: String, _ field: String) throws -> String { try TextRules.clean(text, field: field, as: .line) }
    static func note(_ text: String, _ field: String) throws -> String { try TextRules.clean(text, field: field, as: .note) }
    static func date(_ d: CivilDate?, _ field: String) throws { if let d { _ = try TextRules.check(d, field: field) } }
}

extension Round: TextChecked {
    public func checkedText() throws -> Round {
        var r = self
        r.note = try Field.note(note, "note")
        try Field.date(openedOn, "openedOn")
        return r
    }
}

extension Application: TextChecked {
    public func checkedText() throws -> Application {
        var r = self
        r.proposedName = try Field.line(proposedName, "proposedName")
        r.proposedHead = try Field.line(proposedHead, "proposedHead")
        r.staff = try staff.map { try Field.line($0, "staff") }
        r.conditions = try conditions.map { c in
            var c = c
            c.note = try Field.note(c.note, "conditions[\(c.number)].note")
            c.evidence = try Field.note(c.evidence, "conditions[\(c.number)].evidence")
            return c
        }
        for m in materials { try Field.date(m.receivedOn, "materials[\(m.kind.rawValue)].receivedOn") }
        if var v = siteVisit {
            try Field.date(v.date, "siteVisit.date")
            v.people = try Field.line(v.people, "siteVisit.people")
            v.findings = try Field.note(v.findings, "siteVisit.findings")
            r.siteVisit = v
        }
        try Field.date(createdOn, "createdOn")
        return r
    }
}

extension ApplicationEvent: TextChecked {
    public func checkedText() throws -> ApplicationEvent {
        var r = self
        r.by = try Field.line(by, "by")
        r.reference = try Field.line(reference, "reference")
        r.reason = try Field.note(reason, "reason")
        try Field.date(on, "on")
        return r
    }
}

extension Notice: TextChecked {
    public func checkedText() throws -> Notice {
        try Field.date(publishedOn, "publishedOn"); try Field.date(firstDay, "firstDay"); try Field.date(lastDay, "lastDay")
        return self
    }
}

extension Objection: TextChecked {
    public func checkedText() throws -> Objection {
        var r = self
        r.text = try Field.note(text, "text")
        try Field.date(lodgedOn, "lodgedOn"); try Field.date(resolvedOn, "resolvedOn")
        return r
    }
}

extension QuotaException: TextChecked {
    public func checkedText() throws -> QuotaException {
        var r = self
        r.reason = try Field.note(reason, "reason")
        r.by = try Field.line(by, "by")
        try Field.date(on, "on")
        return r
    }
}

extension StationPeriod: TextChecked {
    public func checkedText() throws -> StationPeriod {
        try Field.date(agreementDate, "agreementDate"); try Field.date(appointmentLetterOn, "appointmentLetterOn")
        return self
    }
}

extension StaffFiling: TextChecked {
    public func checkedText() throws -> StaffFiling {
        var r = self
        r.oldPerson = try Field.line(oldPerson, "oldPerson")
        r.newPerson = try Field.line(newPerson, "newPerson")
        r.reason = try Field.note(reason, "reason")
        try Field.date(filedOn, "filedOn"); try Field.date(acknowledgedOn, "acknowledgedOn")
        return r
    }
}

extension Activity: TextChecked {
    public func checkedText() throws -> Activity {
        var r = self
        r.title = try Field.line(title, "title")
        r.place = try Field.line(place, "place")
        r.participants = try Field.note(participants, "participants")
        r.outcome = try Field.note(outcome, "outcome")
        r.evidence = try Field.note(evidence, "evidence")
        r.note = try Field.note(note, "note")
        try Field.date(on, "on")
        return r
    }
}

extension TalentDemand: TextChecked {
    public func checkedText() throws -> TalentDemand {
        var r = self
        r.enterprise = try Field.line(enterprise, "enterprise")
        r.need = try Field.note(need, "need")
        r.field = try Field.line(field, "field")
        r.publishedWhere = try Field.line(publishedWhere, "publishedWhere")
        try Field.date(collectedOn, "collectedOn")
        return r
    }
}
