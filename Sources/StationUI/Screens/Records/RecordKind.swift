import StationDomain
import StationExchange
import StationStore

/// How one record type is shown and changed in the terminal: its list columns and cells, its
/// detail lines, its form (fields and the checks made while typing) and the store commands that
/// save and delete it. One conformance per type, in its feature folder (`Screens/Units/`); the
/// generic `RecordScreen<K>` and `RecordFormScreen<K>` (and any list of `K`) need nothing else.
public protocol RecordKind {
    associatedtype Record: StoredRecord
    /// Adds (`original == nil`) or edits; its outcome is the record as stored.
    associatedtype Save: StoreCommand where Save.Outcome == Record
    associatedtype Delete: StoreCommand

    /// What saving and deleting need (the store checks it too; the screens use it to offer keys).
    static var permission: Permission { get }
    /// The type's name as a heading or a tab ("设站单位").
    static func title(_ c: Catalog) -> String
    /// Every record, in the list's default order.
    static func all(_ store: AppDatabase) throws -> [Record]
    static func name(of record: Record) -> String
    static func columns(_ c: Catalog) -> [Table.Column]
    /// One list row's cells, in column order.
    static func cells(_ record: Record, _ c: Catalog) -> [String]
    /// Label and value of every field, for the record screen and a save conflict.
    static func details(_ record: Record, _ c: Catalog) -> [(String, String)]
    /// The form, filled from `record` (nil: a new one).
    static func form(_ record: Record?, _ c: Catalog) -> Form
    /// The record the form describes (`id` kept from the original), or nil after setting the
    /// wrong fields' errors on the form. Only what can be judged from the input: the store
    /// decides the rest, and its refusal is shown on the field `field(of:)` names.
    static func record(from form: inout Form, id: Int64?, _ c: Catalog) -> Record?
    static func save(_ record: Record, replacing original: Record?) -> Save
    static func delete(_ record: Record) -> Delete
    /// The form field a refusal is about (to mark it), nil when none.
    static func field(of refusal: Refusal) -> String?
    /// The CSV kind of `i` on a list of this type, nil when it cannot be imported.
    static var importKind: ImportKind? { get }
    /// The rows `x` writes, nil when the type cannot be exported.
    static func export(_ records: [Record]) -> ImportRecords?
}

extension RecordKind {
    /// The store's table (`history`, `reveal`, change tracking).
    public static var table: String { Record.tableSpec.name }
    public static var importKind: ImportKind? { nil }
    public static func export(_ records: [Record]) -> ImportRecords? { nil }
    public static func field(of refusal: Refusal) -> String? {
        if case .fieldRequired(let f) = refusal { return f }
        return nil
    }
}

extension Form {
    /// "必填" under every required field left empty, and the domain's text rules (control,
    /// zero-width and bidirectional characters; 200 characters) — the same the import and the
    /// store apply — under any other field that breaks them.
    func requiredErrors(_ c: Catalog) -> [String: String] {
        var errors: [String: String] = [:]
        for f in fields where f.required && f.value.isEmpty { errors[f.id] = c.required }
        for f in fields where errors[f.id] == nil {
            do { _ = try TextRules.clean(f.value, field: f.id, as: .line) } catch let p as TextProblem {
                errors[f.id] = c.textProblem(p)
            } catch { errors[f.id] = c.describe(error) }
        }
        return errors
    }
}
