import StationDomain

/// What the screens need from the store: reads, the named writes, undo/redo, the journal and a
/// change token. `AppDatabase` (StationStore) is adapted to it by `AppDatabaseDeskStore`, so the
/// screens depend on this shape and not on GRDB.
public protocol DeskStore: AnyObject, DeskRecordReads, DeskApplicationReads {
    func units() throws -> [Unit]
    func partners() throws -> [Partner]
    func user(_ login: String) throws -> User?
    func save(_ unit: Unit, replacing original: Unit?, by user: String) throws -> Unit
    func save(_ partner: Partner, replacing original: Partner?, by user: String) throws -> Partner
    func delete(_ unit: Unit, by user: String) throws
    func delete(_ partner: Partner, by user: String) throws
    func undo(by user: String) throws -> JournalLine
    func redo(by user: String) throws -> JournalLine
    /// Newest first.
    func journal(limit: Int, beforeSequence: Int64?) throws -> [JournalLine]
    /// One entry with every change it made (`journal` may leave `changes` empty).
    func entry(_ sequence: Int64) throws -> JournalLine
    func history(table: String, id: Int64) throws -> [JournalLine]
    /// Cheap; differs after any process commits.
    func changeToken() throws -> Int64
    /// The tables commands after `token` touched; nil when the store cannot say (reload all).
    func changedTables(since token: Int64) throws -> Set<String>?
}

extension DeskStore {
    /// Stores that cannot say which tables changed: every screen reloads.
    public func changedTables(since token: Int64) throws -> Set<String>? { nil }
}

/// One journal entry as the screens show it.
public struct JournalLine: Equatable, Sendable {
    public var sequence: Int64
    public var user: String
    public var time: String
    public var command: String
    public var summary: String
    public var changes: [ChangeLine]
    /// The entry an undo entry undid; the undo entry a redo entry redid.
    public var undoes: Int64?
    public var redoes: Int64?

    public init(sequence: Int64, user: String, time: String, command: String, summary: String, changes: [ChangeLine],
                undoes: Int64? = nil, redoes: Int64? = nil) {
        self.sequence = sequence; self.user = user; self.time = time; self.command = command
        self.summary = summary; self.changes = changes; self.undoes = undoes; self.redoes = redoes
    }
}

/// One record touched by a journal entry; `before`/`after` are the record's JSON (nil: absent).
public struct ChangeLine: Equatable, Sendable {
    public var table: String
    public var rowId: Int64
    public var before: String?
    public var after: String?

    public init(table: String, rowId: Int64, before: String?, after: String?) {
        self.table = table; self.rowId = rowId; self.before = before; self.after = after
    }
}

/// A save that could not go through because someone else saved the record after the form was
/// opened: their stored version (nil when they deleted it) and the input being saved.
public enum SaveConflict: Error {
    case unit(theirs: Unit?, mine: Unit)
    case partner(theirs: Partner?, mine: Partner)
}
