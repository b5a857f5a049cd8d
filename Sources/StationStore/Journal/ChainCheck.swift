import Foundation
import GRDB
import GRDBSQLite
import StationDomain

/// The hash chain of `verify`, checked on a thread and SQLite connection of its own while the
/// caller's connection runs the other checks (records, integrity_check, foreign keys): on two
/// cores the two halves of the work overlap (issue 15: 10⁶ entries in ≤ 3 s).
///
/// Same snapshot: the caller holds its read lock (SHARED) before this connection takes its own,
/// and no command can commit while any SHARED lock is held, so both read the same committed
/// state. If a writer is waiting for its commit at that moment (it then holds PENDING, which keeps
/// new readers out), this connection does not wait for it — that would hold the writer up behind
/// the caller — but reports `.busy`, and the caller checks the chain itself, one thing after another.
///
/// Every row is read through the C API by column index and hashed from SQLite's buffers: the same
/// checks and the same hashes as entry-by-entry through GRDB rows, without a String per field.
final class ChainCheck: @unchecked Sendable {
    struct Result {
        var entries = 0
        var changes = 0
        var lastHash = ""
        var lastSequence: Int64 = 0
        var problems: [Words] = []
    }

    enum Outcome { case done(Result), busy, failed(Error) }

    private let lock = NSCondition()
    private var outcome: Outcome?

    /// Starts the check on its own connection to `path`; `wait()` returns what it found.
    static func start(path: String) -> ChainCheck {
        let check = ChainCheck()
        let thread = Thread {
            let o: Outcome
            do { o = try ChainCheck.onOwnConnection(path: path) } catch { o = .failed(error) }
            check.lock.lock(); check.outcome = o; check.lock.signal(); check.lock.unlock()
        }
        thread.stackSize = 1 << 20
        thread.start()
        return check
    }

    func wait() -> Outcome {
        lock.lock(); defer { lock.unlock() }
        while outcome == nil { lock.wait() }
        return outcome!
    }

    private static func onOwnConnection(path: String) throws -> Outcome {
        var connection: OpaquePointer?
        guard sqlite3_open_v2(path, &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK,
              let connection else {
            sqlite3_close_v2(connection)
            return .busy
        }
        defer { sqlite3_close_v2(connection) }
        sqlite3_busy_timeout(connection, 0)
        guard sqlite3_exec(connection, "BEGIN; SELECT count(*) FROM sqlite_master", nil, nil, nil) == SQLITE_OK else { return .busy }
        defer { sqlite3_exec(connection, "COMMIT", nil, nil, nil) }
        return .done(try run(connection))
    }

    /// The whole chain over one connection already inside a read transaction (also used on the
    /// caller's own connection when the second one could not start).
    static func run(_ connection: OpaquePointer) throws -> Result {
        var r = Result()
        func problem(_ zh: String, _ en: String) { if r.problems.count < 50 { r.problems.append(Words(zh, en)) } }
        let entries = try Query(connection, """
            SELECT sequence, user, time, command, summary, kind, undoes, redoes, first_change, change_count, prev_hash, hash
            FROM journal_entry ORDER BY sequence
            """)
        let changes = try Query(connection, "SELECT id, entry, table_name, row_id, before, after FROM journal_change ORDER BY id")
        var expectedSequence: Int64 = 1
        var expectedChange: Int64 = 1
        // One hasher and one buffer for the previous hash, reused entry after entry.
        var previousHash: [UInt8] = []
        previousHash.reserveCapacity(64)
        var hasher = JournalHasher()
        let empty = UnsafeRawBufferPointer(start: nil, count: 0)
        while try entries.step() {
            let seq = entries.int64(0)
            r.entries += 1
            if seq != expectedSequence { problem("日志第\(expectedSequence)条缺失（下一条是第\(seq)条）", "journal entry \(expectedSequence) is missing; next is \(seq)") }
            let prev = entries.bytes(10) ?? empty
            if !same(prev, previousHash) {
                problem("第\(seq)条的前序哈希与第\(seq - 1)条不符", "entry \(seq): previous hash does not match entry \(seq - 1)")
            }
            let first = entries.int64(8), count = entries.int64(9)
            if first != expectedChange { problem("第\(seq)条的变更记录不连续：从\(first)开始，应为\(expectedChange)", "entry \(seq): changes start at \(first), expected \(expectedChange)") }
            hasher.reset()
            var n: Int64 = 0
            while n < count {
                guard try changes.step() else {
                    problem("第\(seq)条的变更记录缺失", "entry \(seq): change rows missing")
                    break
                }
                r.changes += 1
                let id = changes.int64(0), owner = changes.int64(1)
                if owner != seq || id != expectedChange {
                    problem("变更记录 \(id) 不属于第\(seq)条", "change row \(id) does not belong to entry \(seq)")
                }
                expectedChange = id + 1
                hasher.add(table: changes.bytes(2), rowId: changes.int64(3), before: changes.bytes(4), after: changes.bytes(5))
                n += 1
            }
            let stored = entries.bytes(11) ?? empty
            let matches = hasher.finishHex(previousHash: prev, sequence: seq, kind: entries.bytes(5) ?? empty,
                                           user: entries.bytes(1) ?? empty, time: entries.bytes(2) ?? empty,
                                           command: entries.bytes(3) ?? empty, summary: entries.bytes(4) ?? empty,
                                           undoes: entries.optionalInt64(6), redoes: entries.optionalInt64(7)) { same(stored, $0) }
            if !matches {
                problem("第\(seq)条的哈希不符：日志在 stationdesk 之外被改动过", "entry \(seq): hash mismatch — the journal was edited outside stationdesk")
            }
            previousHash.removeAll(keepingCapacity: true)
            previousHash.append(contentsOf: stored)
            r.lastSequence = seq
            expectedSequence = seq + 1
        }
        r.lastHash = String(decoding: previousHash, as: UTF8.self)
        while try changes.step() {
            let id = changes.int64(0), owner = changes.int64(1)
            problem("多余的变更记录 \(id)（第\(owner)条）：不属于任何一条日志", "change row \(id) of entry \(owner) is not covered by any entry")
        }
        return r
    }

    /// Whether two byte strings are equal (memcmp, not element by element).
    private static func same(_ a: UnsafeRawBufferPointer, _ b: UnsafeRawBufferPointer) -> Bool {
        a.count == b.count && (a.count == 0 || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
    }

    private static func same(_ a: UnsafeRawBufferPointer, _ b: [UInt8]) -> Bool {
        b.withUnsafeBytes { same(a, $0) }
    }

    /// One prepared statement on a raw connection, stepped by the caller.
    private final class Query {
        let handle: OpaquePointer
        let connection: OpaquePointer
        let sql: String

        init(_ connection: OpaquePointer, _ sql: String) throws {
            var s: OpaquePointer?
            guard sqlite3_prepare_v2(connection, sql, -1, &s, nil) == SQLITE_OK, let s else {
                throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                                    message: String(cString: sqlite3_errmsg(connection)), sql: sql)
            }
            handle = s; self.connection = connection; self.sql = sql
        }

        deinit { sqlite3_finalize(handle) }

        func step() throws -> Bool {
            let code = sqlite3_step(handle)
            if code == SQLITE_ROW { return true }
            if code == SQLITE_DONE { return false }
            throw DatabaseError(resultCode: ResultCode(rawValue: sqlite3_extended_errcode(connection)),
                                message: String(cString: sqlite3_errmsg(connection)), sql: sql)
        }

        func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }

        func optionalInt64(_ i: Int32) -> Int64? { sqlite3_column_type(handle, i) == SQLITE_NULL ? nil : int64(i) }

        /// The column's text, valid until the next step; nil for NULL.
        func bytes(_ i: Int32) -> UnsafeRawBufferPointer? {
            guard let p = sqlite3_column_text(handle, i) else { return nil }
            return UnsafeRawBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, i)))
        }
    }
}
