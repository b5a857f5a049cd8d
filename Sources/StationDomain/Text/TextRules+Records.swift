/// The text fields of the records, for `TextRules` (`CheckedField`): each record names its
/// one-line fields (names, people, references: at most 200 characters, no line break), its notes
/// (line breaks allowed, at most 2,000) and its dates (1990–2100), in the order they are checked.
/// The store checks and NFC-normalises them on every write; a refusal names the field as the
/// record spells it (`conditions[3].note`, `siteVisit.findings`).

extension Unit: CheckedFields {
    public static let checkedFields: [CheckedField<Unit>] = [
        .line(\.name, "name"), .line(\.creditCode, "creditCode"), .line(\.address, "address"), .line(\.contact, "contact"),
    ]
}

extension Partner: CheckedFields {
    public static let checkedFields: [CheckedField<Partner>] = [.line(\.name, "name"), .line(\.city, "city"), .line(\.contact, "contact")]
}

extension Station: CheckedFields {
    public static let checkedFields: [CheckedField<Station>] = [
        .line(\.name, "name"), .line(\.head, "head"), .lines(\.staff, "staff"), .line(\.revocationReference, "revocationReference"),
        .date(\.agreementDate, "agreementDate"), .date(\.plaqueOn, "plaqueOn"), .date(\.appointmentLetterOn, "appointmentLetterOn"),
        .date(\.endedOn, "endedOn"),
        .part(\.terminationLetter, "terminationLetter", [.line(\.reference, "reference"), .date(\.on, "on")]),
    ]
}

extension Talent: CheckedFields {
    public static let checkedFields: [CheckedField<Talent>] = [
        .line(\.name, "name"), .line(\.employer, "employer"), .note(\.note, "note"), .line(\.idNumber, "idNumber"),
        .date(\.introducedOn, "introducedOn"),
    ]
}

extension User: CheckedFields {
    public static let checkedFields: [CheckedField<User>] = [.login(\.login, "login"), .line(\.displayName, "displayName")]
}

// A year's round (issue 11).

extension Round: CheckedFields {
    public static let checkedFields: [CheckedField<Round>] = [.note(\.note, "note"), .date(\.openedOn, "openedOn")]
}

extension Application: CheckedFields {
    public static let checkedFields: [CheckedField<Application>] = [
        .line(\.proposedName, "proposedName"), .line(\.proposedHead, "proposedHead"), .lines(\.staff, "staff"),
        .each(\.conditions, { "conditions[\($0.number)]" }, [.note(\.note, "note"), .note(\.evidence, "evidence")]),
        .each(\.materials, { "materials[\($0.kind.rawValue)]" }, [.date(\.receivedOn, "receivedOn")]),
        .part(\.siteVisit, "siteVisit", [.date(\.date, "date"), .line(\.people, "people"), .note(\.findings, "findings")]),
        .date(\.createdOn, "createdOn"),
    ]
}

extension ApplicationEvent: CheckedFields {
    public static let checkedFields: [CheckedField<ApplicationEvent>] = [
        .line(\.by, "by"), .line(\.reference, "reference"), .note(\.reason, "reason"), .date(\.on, "on"),
    ]
}

extension Notice: CheckedFields {
    public static let checkedFields: [CheckedField<Notice>] = [
        .date(\.publishedOn, "publishedOn"), .date(\.firstDay, "firstDay"), .date(\.lastDay, "lastDay"),
    ]
}

extension Objection: CheckedFields {
    public static let checkedFields: [CheckedField<Objection>] = [
        .note(\.text, "text"), .date(\.lodgedOn, "lodgedOn"), .date(\.resolvedOn, "resolvedOn"),
    ]
}

extension QuotaException: CheckedFields {
    public static let checkedFields: [CheckedField<QuotaException>] = [.note(\.reason, "reason"), .line(\.by, "by"), .date(\.on, "on")]
}

// A station's two years (issue 12).

extension StationPeriod: CheckedFields {
    public static let checkedFields: [CheckedField<StationPeriod>] = [
        .date(\.agreementDate, "agreementDate"), .date(\.appointmentLetterOn, "appointmentLetterOn"),
    ]
}

extension StaffFiling: CheckedFields {
    public static let checkedFields: [CheckedField<StaffFiling>] = [
        .line(\.oldPerson, "oldPerson"), .line(\.newPerson, "newPerson"), .note(\.reason, "reason"),
        .date(\.filedOn, "filedOn"), .date(\.acknowledgedOn, "acknowledgedOn"),
    ]
}

extension Activity: CheckedFields {
    public static let checkedFields: [CheckedField<Activity>] = [
        .line(\.title, "title"), .line(\.place, "place"), .note(\.participants, "participants"), .note(\.outcome, "outcome"),
        .note(\.evidence, "evidence"), .note(\.note, "note"), .date(\.on, "on"),
    ]
}

extension TalentDemand: CheckedFields {
    public static let checkedFields: [CheckedField<TalentDemand>] = [
        .line(\.enterprise, "enterprise"), .note(\.need, "need"), .line(\.field, "field"), .line(\.publishedWhere, "publishedWhere"),
        .date(\.collectedOn, "collectedOn"),
    ]
}
