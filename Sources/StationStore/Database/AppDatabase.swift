import Foundation
import GRDB

/// The store: one SQLite file `<folder>/stationdesk.sqlite`, the only way anything writes.
///
/// Durability and sharing (decided here, see `configuration(busyTimeout:)`):
/// - Rollback journal (`journal_mode=TRUNCATE`), not WAL. The system SQLite is 3.40.1, which has
///   the WAL-reset bug (two connections writing/checkpointing at the same moment can corrupt the
///   database; fixed in 3.51.3). Several clerks' processes share one store, and serialising
///   checkpoints across processes would need a lock of our own around every commit, so the
///   rollback journal — which the bug does not touch — is the safe choice. TRUNCATE rather than
///   DELETE: truncating the journal is cheaper on Linux than unlinking it (no directory update),
///   and with synchronous=FULL it is fsynced, so the commit is durable.
/// - `synchronous=FULL`, read back and checked (a commit returns only once on disk).
/// - A busy timeout, so a writer waits for another process instead of failing; every write takes
///   the lock up front (BEGIN IMMEDIATE) so two processes can never deadlock upgrading a read.
/// - One connection per process (`DatabaseQueue`); readers see whole commands only.
public final class AppDatabase: @unchecked Sendable {
    public static let fileName = "stationdesk.sqlite"
    /// How long a writer waits for another process's transaction before giving up.
    public static let busyTimeout: TimeInterval = 30

    /// The data folder.
    public let folder: String
    /// The SQLite file inside it.
    public let path: String
    let queue: DatabaseQueue
    /// Set by `simulateFullDisk` (fault tests only).
    var fullDiskSimulated = false
    /// Remembers the schema version last found unaltered (used inside write transactions only).
    let schemaGuard = SchemaGuard()

    private init(folder: String, path: String, queue: DatabaseQueue) {
        self.folder = folder; self.path = path; self.queue = queue
    }

    /// How a command uses the store: reading only (a read-only connection: nothing is written, not
    /// even a lock file, so a login that may only read the folder can still read it), or writing.
    public enum Access: Sendable { case read, write }

    /// What `create` found or did.
    public enum Creation: Sendable, Equatable {
        /// A new store, with the login as its first admin.
        case created
        /// A store was there already; nothing was changed.
        case existing
        /// A store without any user (made by an older stationdesk's read command) whose file the
        /// login owns: the login became its first admin.
        case claimed
    }

    /// Opens the existing store `<folder>/stationdesk.sqlite` (every command but `init`, and the
    /// terminal program once a store exists). A missing or empty file is `StoreAccessError.noStore`
    /// / `.emptyFile`: only `create` makes a store. An older schema is upgraded (which writes).
    public static func openExisting(folder: String, access: Access = .write) throws -> AppDatabase {
        let path = folder + "/" + fileName
        if let problem = StoreFiles.existingStoreProblem(path) { throw problem }
        return try openFile(folder: folder, path: path, access: access)
    }

    /// `stationdesk init` and the first opening of the terminal program: creates the store — private
    /// (folder 0700, file 0600) or shared with `group` (2770 / 0660) — with `firstAdmin` as its
    /// first admin, built whole in a temporary file and linked into place. On an existing store
    /// it changes nothing (`.existing`), but for a store without users whose file the login owns
    /// (`.claimed`). An empty file at the path is refused (`StoreAccessError.emptyFile`).
    public static func create(folder: String, firstAdmin: String, group: String? = nil) throws -> (db: AppDatabase, outcome: Creation) {
        guard !firstAdmin.isEmpty else { throw StoreError.invalid(field: "login", message: "缺少用户名 (no user name given)") }
        let path = folder + "/" + fileName
        // Only when there is no store is anything made or changed (the folder's group and mode included).
        if isMissing(StoreFiles.existingStoreProblem(path)) {
            let gid = try group.map(StoreFiles.groupID)
            try StoreFiles.prepareFolder(folder, group: gid, groupName: group)
            if try StoreFiles.createStore(folder: folder, path: path, admin: firstAdmin, group: gid, groupName: group) {
                return (try openFile(folder: folder, path: path, access: .write), .created)
            }
        }
        // A store was there, or another process created one meanwhile.
        if let problem = StoreFiles.existingStoreProblem(path) { throw problem }
        let db = try openFile(folder: folder, path: path, access: .read)
        if try db.userCount() == 0 {
            var st = stat()
            if stat(path, &st) == 0, st.st_uid == geteuid() {
                let writable = try openFile(folder: folder, path: path, access: .write)
                try writable.ensureFirstAdmin(firstAdmin)
                return (writable, .claimed)
            }
        }
        return (db, .existing)
    }

    /// Opens `<folder>/stationdesk.sqlite`, creating it (private, without users) when absent, and
    /// migrates it to the current schema. For tests, benchmarks and the demo: the command line and
    /// the terminal program use `openExisting` and `create`. A foreign or damaged file, or one
    /// from a newer stationdesk, is refused with nothing written. Cost: a 100-byte header read,
    /// opening SQLite, a few pragmas — independent of the journal's length.
    public static func open(folder: String) throws -> AppDatabase {
        let path = folder + "/" + fileName
        if isMissing(StoreFiles.existingStoreProblem(path)) {
            try StoreFiles.prepareFolder(folder, group: nil, groupName: nil)
            _ = try StoreFiles.createStore(folder: folder, path: path, admin: nil, group: nil, groupName: nil)
        }
        return try openFile(folder: folder, path: path, access: .write)
    }

    private static func isMissing(_ problem: Error?) -> Bool {
        if case .noStore? = problem as? StoreAccessError { return true }
        return false
    }

    /// Opens an existing file. `.read` opens SQLite read-only unless the file needs SQLite's
    /// recovery of a crashed commit (a hot journal) or the upgrade to the current schema, which
    /// only a writer can do (`StoreAccessError.upgradeNeeded` when this login cannot).
    static func openFile(folder: String, path: String, access: Access) throws -> AppDatabase {
        var version: Int
        do {
            version = try StoreFileCheck.check(path: path)
        } catch StoreError.notAStore where StoreFileCheck.hasHotJournal(path: path) {
            // A crash mid-commit may have left page 1 half-written with the journal holding the
            // original: let SQLite roll it back, then check again below (application_id).
            version = -1
        }
        if access == .read && version == Migrations.latest && !StoreFileCheck.hasHotJournal(path: path) {
            return try StoreErrors.mapping(path: path) {
                let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
                try queue.inDatabase { db in
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                    try StoreFileCheck.checkOpened(db, path: path)
                }
                return AppDatabase(folder: folder, path: path, queue: queue)
            }
        }
        let isNew = version == 0
        do {
            return try StoreErrors.mapping(path: path) {
                let queue = try DatabaseQueue(path: path, configuration: configuration())
                try queue.inDatabase { db in
                    // Parse the schema now, so a damaged file fails here rather than mid-command.
                    _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
                    let sync = try Int.fetchOne(db, sql: "PRAGMA synchronous")
                    guard sync == 2 else { throw StoreError.notDurable(detail: "PRAGMA synchronous reads \(sync ?? -1), expected 2 (FULL)") }
                    try StoreFileCheck.checkOpened(db, path: path)
                    let mode = try String.fetchOne(db, sql: "PRAGMA journal_mode")
                    guard mode == "truncate" else { throw StoreError.notDurable(detail: "journal_mode is \(mode ?? "?"), expected truncate") }
                }
                try queue.writeWithoutTransaction { db in try Migrations.migrate(db, path: path) }
                // SQLite syncs the file, not the folder's new entry for it: a power cut right after
                // the first command could otherwise lose the whole new store.
                if isNew { try fsyncFile(path: folder) }
                return AppDatabase(folder: folder, path: path, queue: queue)
            }
        } catch let error as StoreAccessError {
            if case .readOnly = error, version >= 0, version < Migrations.latest {
                throw StoreAccessError.upgradeNeeded(path: path, found: version, latest: Migrations.latest)
            }
            throw error
        }
    }

    /// A new store in a fresh temporary folder (for tests and benchmarks).
    public static func temporary() throws -> AppDatabase {
        try open(folder: makeTemporaryFolder())
    }

    /// Makes a fresh, empty folder under the system's temporary directory.
    public static func makeTemporaryFolder(prefix: String = "stationdesk") throws -> String {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }) else {
            throw StoreError.ioFailure(path: NSTemporaryDirectory(), detail: "mkdtemp failed")
        }
        return String(cString: made)
    }

    /// `PRAGMA cache_size` (negative: KiB) while reading: 4 MiB (see `configuration`).
    static let readCacheSize = -4096
    /// `PRAGMA cache_size` during a bulk change (`JournalWriter.bulkCache()`): 64 MiB, the spill
    /// threshold, as the plain-SQLite floor of a bulk command has. With 4 MiB, every page only read
    /// (the inner pages of the tables and indexes an insert descends) was dropped as soon as it was
    /// used, since the changed pages filled the cache: a 200,000-talent import read 215,000 pages
    /// back from the file, one pread each (strace, issue 15).
    static let bulkCacheSize = -65536

    static func configuration(readonly: Bool = false) -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "stationdesk"
        config.readonly = readonly
        config.prepareDatabase { db in
            if readonly { return }
            // Rollback journal, not WAL: see the type's comment (WAL-reset bug in SQLite 3.40.1).
            try db.execute(sql: "PRAGMA journal_mode = TRUNCATE")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // A bulk command (200,000 talents) must not spill to the file mid-transaction: a spill
            // takes the exclusive lock early and blocks readers longer. So up to 64 MiB (16,384
            // pages) of changed pages stay in memory before any spill (cache_spill), while pages
            // only read are kept to 4 MiB (cache_size): reading 10⁵ talents for a list no longer
            // leaves the whole table cached (25 MiB of the talents list's memory, issue 15).
            try db.execute(sql: "PRAGMA cache_size = \(readCacheSize)")
            try db.execute(sql: "PRAGMA cache_spill = 16384")
        }
        return config
    }

    // MARK: transactions

    /// Runs `body` on a consistent snapshot (a read transaction).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreErrors.mapping(path: path) { try queue.read(body) }
    }

    /// Runs `body` in one BEGIN IMMEDIATE transaction: all of it is committed durably, or nothing.
    /// Nothing is written to a store whose schema is not what the migrations make (a trigger planted
    /// to rewrite what clerks save, an append-only trigger dropped): `StoreAccessError.schemaAltered`.
    func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        if fullDiskSimulated { throw StoreError.diskFull(path: path) }
        return try StoreErrors.mapping(path: path) {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    try schemaGuard.check(db, path: path)
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.database(path: path, detail: "the transaction returned no result") }
                return result
            }
        }
    }

    /// One command: `body` changes records through the writer; all of it and its journal entry
    /// commit together (one undo step), or nothing does. A body that changes nothing leaves no entry.
    /// Set-up (`asSetUp`, the demo's data): journalled as "setup-<command>", never undone by `u`.
    public func write<T>(command: String, by user: String, asSetUp: Bool = false, _ body: (JournalWriter) throws -> T) throws -> T {
        let command = asSetUp ? UndoStack.setupPrefix + command : command
        return try transaction { db in
            try JournalAppender.append(db, user: user, command: command, kind: .command) { try body($0) }.result
        }
    }

    /// A token that changes whenever any process commits a command (the journal's last sequence).
    /// Cost: one index lookup.
    public func changeToken() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM journal_entry") ?? 0 }
    }
}
