import Foundation
import GRDBSQLite
import StationStore

/// The floor: the same SQLite library with the store's durability pragmas (rollback journal
/// TRUNCATE, synchronous=FULL, the same page cache), driven through the C API with prepared
/// statements and nothing else — no journal of ours, no hashing, no GRDB.
final class PlainFloor {
    let folder: String
    let path: String
    private var db: OpaquePointer?
    private var statements: [String: OpaquePointer] = [:]

    /// A fresh database holding `schema` (SQL run once), or a copy of the database at `copying`.
    init(schema: String = "", copying: String? = nil) throws {
        folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-floor")
        path = folder + "/plain.sqlite"
        if let copying { try FileManager.default.copyItem(atPath: copying, toPath: path) }
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK else {
            throw SpawnError.failed("sqlite3_open \(path)", EIO)
        }
        try exec("PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = FULL; PRAGMA cache_size = -65536; PRAGMA foreign_keys = ON")
        try exec(schema)
    }

    deinit {
        for s in statements.values { sqlite3_finalize(s) }
        sqlite3_close_v2(db)
        try? FileManager.default.removeItem(atPath: folder)
    }

    func exec(_ sql: String) throws {
        var message: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(db, sql, nil, nil, &message) == SQLITE_OK else {
            let text = message.map { String(cString: $0) } ?? "?"
            sqlite3_free(message)
            throw SpawnError.exited("sqlite: \(sql.prefix(80))", -1, text)
        }
    }

    private func statement(_ sql: String) throws -> OpaquePointer {
        if let s = statements[sql] { return s }
        var s: OpaquePointer?
        guard sqlite3_prepare_v3(db, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &s, nil) == SQLITE_OK, let s else {
            throw SpawnError.exited("prepare: \(sql)", -1, String(cString: sqlite3_errmsg(db)))
        }
        statements[sql] = s
        return s
    }

    enum Value { case int(Int64), text(String), null }

    /// Runs `sql` once per row of `rows` (values bound in order) in one BEGIN IMMEDIATE … COMMIT:
    /// a durable transaction, as one command of ours is.
    func transaction(_ sql: String, rows: [[Value]]) throws {
        let begin = try statement("BEGIN IMMEDIATE"), commit = try statement("COMMIT")
        let s = try statement(sql)
        try step(begin)
        for row in rows {
            for (i, v) in row.enumerated() {
                switch v {
                case .int(let n): sqlite3_bind_int64(s, Int32(i + 1), n)
                case .text(let t): _ = t.withCString { sqlite3_bind_text(s, Int32(i + 1), $0, -1, SQLITE_TRANSIENT) }
                case .null: sqlite3_bind_null(s, Int32(i + 1))
                }
            }
            try step(s)
        }
        try step(commit)
    }

    /// Every row of `sql`'s result in the database at `path`, typed as stored (for giving the
    /// floor exactly the rows our command wrote).
    static func rows(of sql: String, inDatabaseAt path: String) throws -> [[Value]] {
        var db: OpaquePointer?
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else { throw SpawnError.failed("open \(path)", EIO) }
        defer { sqlite3_close_v2(db) }
        var s: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &s, nil) == SQLITE_OK else { throw SpawnError.exited("prepare", -1, String(cString: sqlite3_errmsg(db))) }
        defer { sqlite3_finalize(s) }
        var out: [[Value]] = []
        while sqlite3_step(s) == SQLITE_ROW {
            out.append((0..<sqlite3_column_count(s)).map { i in
                switch sqlite3_column_type(s, i) {
                case SQLITE_INTEGER: return .int(sqlite3_column_int64(s, i))
                case SQLITE_NULL: return .null
                default: return .text(String(cString: sqlite3_column_text(s, i)))
                }
            })
        }
        return out
    }

    private func step(_ s: OpaquePointer) throws {
        let rc = sqlite3_step(s)
        sqlite3_reset(s)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else {
            throw SpawnError.exited("step", rc, String(cString: sqlite3_errmsg(db)))
        }
    }
}

private let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
