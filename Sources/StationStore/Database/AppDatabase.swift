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

    private init(folder: String, path: String, queue: DatabaseQueue) {
        self.folder = folder; self.path = path; self.queue = queue
    }

    /// Opens (creating when absent) `<folder>/stationdesk.sqlite` and migrates it to the current
    /// schema. A foreign or damaged file, or one from a newer stationdesk, is refused with nothing
    /// written. Cost: a 100-byte header read, opening SQLite, a few pragmas — independent of the
    /// journal's length.
    public static func open(folder: String) throws -> AppDatabase {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw StoreError.ioFailure(path: folder, detail: "无法创建数据目录 (cannot create the data folder): \(error.localizedDescription)")
        }
        let path = folder + "/" + fileName
        let isNew = !FileManager.default.fileExists(atPath: path)
        do {
            _ = try StoreFileCheck.check(path: path)
        } catch StoreError.notAStore where StoreFileCheck.hasHotJournal(path: path) {
            // A crash mid-commit may have left page 1 half-written with the journal holding the
            // original: let SQLite roll it back, then check again below (application_id).
        }
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
    }

    /// A new store in a fresh temporary folder (for tests and benchmarks).
    public static func temporary() throws -> AppDatabase {
        try open(folder: makeTemporaryFolder())
    }

    /// Makes a fresh, empty folder under the system's temporary directory.
    public static func makeTemporaryFolder(prefix: String = "stationdesk") throws -> String {
        var template = Array((NSTemporaryDirectory() + "/\(prefix)-XXXXXX").utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw StoreError.ioFailure(path: NSTemporaryDirectory(), detail: "mkdtemp failed")
        }
        return String(cString: made)
    }

    static func configuration() -> Configuration {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.foreignKeysEnabled = true
        config.label = "stationdesk"
        config.prepareDatabase { db in
            // Rollback journal, not WAL: see the type's comment (WAL-reset bug in SQLite 3.40.1).
            try db.execute(sql: "PRAGMA journal_mode = TRUNCATE")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            // Up to 64 MiB of page cache, so a bulk command (200,000 talents) does not spill to the
            // file mid-transaction: a spill takes the exclusive lock early and blocks readers longer.
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        return config
    }

    // MARK: transactions

    /// Runs `body` on a consistent snapshot (a read transaction).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try StoreErrors.mapping(path: path) { try queue.read(body) }
    }

    /// Runs `body` in one BEGIN IMMEDIATE transaction: all of it is committed durably, or nothing.
    func transaction<T>(_ body: (Database) throws -> T) throws -> T {
        if fullDiskSimulated { throw StoreError.diskFull(path: path) }
        return try StoreErrors.mapping(path: path) {
            try queue.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        }
    }

    /// One command: `body` changes records through the writer; all of it and its journal entry
    /// commit together (one undo step), or nothing does. A body that changes nothing leaves no entry.
    public func write<T>(command: String, by user: String, _ body: (JournalWriter) throws -> T) throws -> T {
        try transaction { db in
            try JournalAppender.append(db, user: user, command: command, kind: .command) { try body($0) }.result
        }
    }

    /// A token that changes whenever any process commits a command (the journal's last sequence).
    /// Cost: one index lookup.
    public func changeToken() throws -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT max(sequence) FROM journal_entry") ?? 0 }
    }
}
