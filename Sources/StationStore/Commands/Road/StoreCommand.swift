import GRDB
import StationDomain

/// One workflow change, decided inside the store. Performing it (`AppDatabase.perform(_:by:)`) is
/// one BEGIN IMMEDIATE transaction that
/// 1. reads the acting login's roles and refuses, with nothing written, unless they grant
///    `Self.permission` (one table: `Permission.role`);
/// 2. calls `perform`, which reads the facts through `tx`, asks the domain rule, and either writes
///    the records through `tx` or throws `Refused` carrying every reason the rule gave;
/// 3. closes exactly one journal entry (named `name`, about `tx.subject`) — one undo step.
///
/// A command is a plain value holding its input (the record as the form left it, the record as the
/// form first saw it, the date…). Commands live in `Sources/StationStore/Commands/<Feature>/`;
/// one outside the store (the CSV import) may only use `CommandContext`'s public API.
public protocol StoreCommand {
    /// What the command's result is (the saved record, a count, `Void`).
    associatedtype Outcome
    /// What it changes, so which role may perform it (`Permission.role`).
    static var permission: Permission { get }
    /// The journal's name for this kind of change: stable, lower-case, "unit-delete". The catalog
    /// words it for people (`Catalog.commandName`); `stationdesk log` shows it.
    var name: String { get }
    /// Inside the transaction, after the role check. Set `tx.subject`; throw `Refused` (every
    /// reason) or a `StoreError` to write nothing.
    func perform(_ tx: CommandContext) throws -> Outcome
}

/// What a command sees inside its transaction: who acts, with which roles, and the journal
/// writer every change goes through. Reads here see the store as it is under the write lock, so a
/// check made here cannot be raced by another process.
public final class CommandContext {
    /// The acting login, and the roles the store holds for it now.
    public let user: String
    public let roles: Set<Role>
    /// The writer of this command's journal entry (inserts, updates, deletes, bulk reads).
    public let writer: JournalWriter
    /// What the command is about, for the journal line: the record's name, the file's name.
    /// Data, not words: the catalog puts it into a sentence in the reader's language.
    public var subject: String = ""

    init(user: String, roles: Set<Role>, writer: JournalWriter) {
        self.user = user; self.roles = roles; self.writer = writer
    }

    /// The transaction's database, for the store's own commands' reads.
    var db: Database { writer.db }

    @discardableResult
    public func insert<R: StoredRecord>(_ record: R) throws -> R { try writer.insert(record) }

    /// Updates the record; when `original` is given (the record as the form saw it) the stored row
    /// must still equal it, else `StoreError.conflict` and nothing is written.
    @discardableResult
    public func update<R: StoredRecord>(_ record: R, replacing original: R? = nil) throws -> R {
        try writer.update(record, replacing: original)
    }

    /// Deletes the record, which must still be as the caller saw it (else `StoreError.conflict`).
    public func delete<R: StoredRecord>(_ record: R) throws { try writer.delete(record) }

    public func record<R: StoredRecord>(_ type: R.Type, id: Int64) throws -> R? { try writer.record(type, id: id) }
    public func records<R: StoredRecord>(_ type: R.Type) throws -> [R] { try writer.records(type) }

    /// Records of `type` matching an SQL condition on its columns ("unit_id = ?"), in id order.
    func records<R: StoredRecord>(_ type: R.Type, where condition: String, _ arguments: StatementArguments) throws -> [R] {
        try Row.fetchAll(db, sql: R.selectSQL + " WHERE " + condition + " ORDER BY id", arguments: arguments).map { try R(row: $0) }
    }

    /// Throws `Refused` with `reasons` unless there are none (a rule's `Decision` or a command's own checks).
    public func require(_ decision: Decision) throws {
        if !decision.isAllowed { throw Refused(decision.reasons) }
    }
}
