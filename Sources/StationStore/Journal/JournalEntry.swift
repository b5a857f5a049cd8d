/// One entry of the append-only journal: one command, one undo step.
public struct JournalEntry: Equatable, Sendable {
    public var sequence: Int64
    public var user: String
    /// Local time in China Standard Time, `YYYY-MM-DD HH:MM:SS.mmm+08:00`.
    public var time: String
    public var command: String
    public var summary: String
    public var kind: JournalEntryKind
    /// Every record the command touched, in the order it touched them.
    /// Empty when the entry was read without its changes (`journal(limit:)` loads them lazily; see `changeCount`).
    public var changes: [RecordChange]
    public var changeCount: Int
    /// The entry this one undid (kind `.undo`) or reverted (kind `.revert`).
    public var undoes: Int64?
    /// The undo entry this one redid (kind `.redo`).
    public var redoes: Int64?
    /// Hex SHA-256 of the previous entry's hash and this entry's content.
    public var hash: String
}

public enum JournalEntryKind: String, Sendable, CaseIterable {
    /// An ordinary command.
    case command
    /// A user's undo of their own last command.
    case undo
    /// A user's redo of their last undo.
    case redo
    /// An admin's revert of any entry.
    case revert
}

/// One record touched by a command: its row image before and after, as JSON objects of its columns
/// (nil before an insert, nil after a delete).
public struct RecordChange: Equatable, Sendable {
    public var table: String
    public var rowId: Int64
    public var before: String?
    public var after: String?

    public init(table: String, rowId: Int64, before: String?, after: String?) {
        self.table = table; self.rowId = rowId; self.before = before; self.after = after
    }
}
