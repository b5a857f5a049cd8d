/// A record whose text fields the store checks and normalises (`TextRules`) before writing it.
/// The store calls `checkedText()` on every insert and update; forms and the import call the same
/// rules field by field so that they can show every problem at once.
public protocol TextChecked {
    /// The record with every text field NFC-normalised, or the first field's problem.
    func checkedText() throws -> Self
}

/// A `TextChecked` record that only lists its fields: `checkedText()` checks them in that order.
public protocol CheckedFields: TextChecked {
    static var checkedFields: [CheckedField<Self>] { get }
}

extension CheckedFields {
    public func checkedText() throws -> Self { try CheckedField.check(self, Self.checkedFields) }
}

/// One field of a record as `TextRules` checks it: where the record keeps it, the name a refusal
/// gives it (as the record spells it) and its kind — a one-line text (`line`, also each of a
/// list's `lines`), a `note`, a `login`, a `date` (1990–2100, left as it is) — or a part of the
/// record (`part`, an optional one; `each`, a list of them) with fields of its own, whose refusal
/// names the part first (`siteVisit.people`, `conditions[3].note`).
public struct CheckedField<Record> {
    let check: (inout Record) throws -> Void

    /// `record` with every field checked and NFC-normalised, or the first field's problem.
    /// (Through the buffer: a `for f in fields` loop retained and released each field's closure,
    /// a third of this table's cost over a hand-written check — about 330 instructions a talent.)
    static func check(_ record: Record, _ fields: [CheckedField]) throws -> Record {
        var r = record
        try fields.withUnsafeBufferPointer { fields in
            for i in fields.indices { try fields[i].check(&r) }
        }
        return r
    }

    static func text(_ path: WritableKeyPath<Record, String>, _ name: String, _ kind: TextRules.Kind) -> Self {
        Self { $0[keyPath: path] = try TextRules.clean($0[keyPath: path], field: name, as: kind) }
    }

    static func line(_ path: WritableKeyPath<Record, String>, _ name: String) -> Self { text(path, name, .line) }
    static func note(_ path: WritableKeyPath<Record, String>, _ name: String) -> Self { text(path, name, .note) }
    static func login(_ path: WritableKeyPath<Record, String>, _ name: String) -> Self { text(path, name, .login) }

    static func lines(_ path: WritableKeyPath<Record, [String]>, _ name: String) -> Self {
        Self { $0[keyPath: path] = try $0[keyPath: path].map { try TextRules.clean($0, field: name, as: .line) } }
    }

    static func date(_ path: KeyPath<Record, CivilDate>, _ name: String) -> Self {
        Self { _ = try TextRules.check($0[keyPath: path], field: name) }
    }

    static func date(_ path: KeyPath<Record, CivilDate?>, _ name: String) -> Self {
        Self { if let d = $0[keyPath: path] { _ = try TextRules.check(d, field: name) } }
    }

    /// The part's fields, when the record has the part; a refusal is named `name.field`.
    static func part<Part>(_ path: WritableKeyPath<Record, Part?>, _ name: String, _ fields: [CheckedField<Part>]) -> Self {
        Self { r in
            guard let part = r[keyPath: path] else { return }
            r[keyPath: path] = try named(name) { try CheckedField<Part>.check(part, fields) }
        }
    }

    /// Each part's fields; a refusal is named `name(part).field`.
    static func each<Part>(_ path: WritableKeyPath<Record, [Part]>, _ name: @escaping (Part) -> String,
                           _ fields: [CheckedField<Part>]) -> Self {
        Self { r in
            r[keyPath: path] = try r[keyPath: path].map { part in try named(name(part)) { try CheckedField<Part>.check(part, fields) } }
        }
    }

    /// `body`'s answer; its refusal names the part first.
    private static func named<T>(_ part: String, _ body: () throws -> T) throws -> T {
        do { return try body() } catch var problem as TextProblem {
            problem.field = part + "." + problem.field
            throw problem
        }
    }
}
