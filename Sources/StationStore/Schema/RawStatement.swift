import GRDB
import GRDBSQLite

/// A GRDB-prepared (and cached) statement driven through the SQLite C API directly: binding and
/// stepping without GRDB's per-call generic machinery, which dominated a 200,000-row bulk command.
/// Used only inside a write transaction on the database's own queue. Cost per execution: SQLite's.
struct RawStatement {
    let handle: OpaquePointer
    let connection: OpaquePointer
    let sql: String
    /// GRDB's statement, held so that the handle stays valid for as long as this value is kept
    /// (GRDB finalizes a statement its cache drops once nothing else holds it).
    private let owner: Statement

    init(_ db: Database, sql: String) throws {
        let statement = try db.cachedStatement(sql: sql)
        owner = statement
        handle = statement.sqliteStatement
        guard let connection = db.sqliteConnection else {
            throw StoreError.database(path: "", detail: "the connection is closed")
        }
        self.connection = connection
        self.sql = sql
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    private static let transient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    func bind(_ value: DatabaseValue, at index: Int32) {
        switch value.storage {
        case .null: sqlite3_bind_null(handle, index)
        case .int64(let i): sqlite3_bind_int64(handle, index, i)
        case .double(let d): sqlite3_bind_double(handle, index, d)
        case .string(let s): bind(s, at: index)
        case .blob(let data):
            data.withUnsafeBytes { sqlite3_bind_blob(handle, index, $0.baseAddress, Int32($0.count), Self.transient) }
        }
    }

    func bind(_ values: [DatabaseValue], startingAt first: Int32 = 1) {
        for (i, v) in values.enumerated() { bind(v, at: first + Int32(i)) }
    }

    /// Binds `values` from `first` on, each text as a pointer into `buffer` (SQLITE_STATIC)
    /// after copying them all there: SQLite then keeps no copy of its own. With SQLITE_TRANSIENT it
    /// copied every text of every row into memory it grew and freed — binding was a third of a bulk
    /// insert's own cost (callgrind, issue 15). The buffer must stay unchanged until the statement
    /// has run; bind again or `clearBindings()` before it runs anew.
    func bindBorrowing(_ values: [DatabaseValue], startingAt first: Int32 = 1, from buffer: BindBuffer) {
        var size = 0
        for v in values {
            switch v.storage {
            case .string(let s): size += s.utf8.count
            default: break
            }
        }
        let base = buffer.start(capacity: size)
        var offset = 0
        for (i, v) in values.enumerated() {
            let index = first + Int32(i)
            switch v.storage {
            case .null: sqlite3_bind_null(handle, index)
            case .int64(let n): sqlite3_bind_int64(handle, index, n)
            case .double(let d): sqlite3_bind_double(handle, index, d)
            case .string(var s):
                let count = s.withUTF8 { bytes -> Int in
                    if let from = bytes.baseAddress { (base + offset).initialize(from: from, count: bytes.count) }
                    return bytes.count
                }
                sqlite3_bind_text(handle, index, UnsafeRawPointer(base + offset).assumingMemoryBound(to: CChar.self),
                                  Int32(count), nil)   // nil: SQLITE_STATIC
                offset += count
            case .blob:
                bind(v, at: index)   // no record stores blobs: copied by SQLite as before
            }
        }
    }

    /// Forgets every bound value (so none points into a buffer that goes away).
    func clearBindings() { sqlite3_clear_bindings(handle) }

    func bind(_ value: Int64, at index: Int32) { sqlite3_bind_int64(handle, index, value) }

    func bind(_ text: String?, at index: Int32) {
        guard var text else { sqlite3_bind_null(handle, index); return }
        text.withUTF8 { buf in
            sqlite3_bind_text(handle, index, UnsafeRawPointer(buf.baseAddress!).assumingMemoryBound(to: CChar.self),
                              Int32(buf.count), Self.transient)
        }
    }

    /// Steps once: true when a row is available, false when done; throws SQLite's error.
    @discardableResult
    func step() throws -> Bool {
        let code = sqlite3_step(handle)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        let extended = sqlite3_extended_errcode(connection)
        let message = String(cString: sqlite3_errmsg(connection))
        sqlite3_reset(handle)
        throw DatabaseError(resultCode: ResultCode(rawValue: extended), message: message, sql: sql)
    }

    /// Runs the statement to completion and resets it.
    func run() throws {
        defer { sqlite3_reset(handle) }
        while try step() {}
    }

    func reset() { sqlite3_reset(handle) }

    func int64(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

    /// The column's text bytes, valid until the next step or reset; nil for NULL.
    func bytes(_ column: Int32) -> UnsafeRawBufferPointer? {
        guard let p = sqlite3_column_text(handle, column) else { return nil }
        return UnsafeRawBufferPointer(start: p, count: Int(sqlite3_column_bytes(handle, column)))
    }

    func text(_ column: Int32) -> String? {
        bytes(column).map { String(decoding: $0, as: UTF8.self) }
    }

    var lastInsertedRowID: Int64 { sqlite3_last_insert_rowid(connection) }
}

/// The bytes an INSERT's text parameters point into while it runs (`RawStatement.bindBorrowing`):
/// one allocation that grows to the longest row and is reused for every row.
final class BindBuffer {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int

    init(capacity: Int = 4096) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    /// The buffer's start, with room for `bytes` bytes (earlier contents are not kept).
    func start(capacity bytes: Int) -> UnsafeMutablePointer<UInt8> {
        if bytes > capacity {
            base.deallocate()
            capacity = max(bytes, capacity * 2)
            base = .allocate(capacity: capacity)
        }
        return base
    }
}
