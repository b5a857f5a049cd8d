#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// Looks at a store file's first 100 bytes before SQLite touches it, so a foreign or damaged file
/// is refused with nothing written (SQLite would otherwise happily migrate another program's
/// database, or roll back a journal into it). Cost: one 100-byte read.
enum StoreFileCheck {
    static let header: [UInt8] = Array("SQLite format 3".utf8) + [0]

    /// Returns the schema version in the header (0 for a new or empty file).
    static func check(path: String) throws -> Int {
        let fd = open(path, O_RDONLY)
        if fd < 0 {
            if errno == ENOENT { return 0 }
            throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 100)
        let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, 100) }
        if n == 0 { return 0 }
        if n < 100 {
            throw StoreError.notAStore(path: path, reason: "文件太短，不是 SQLite 数据库 (only \(n) bytes: not an SQLite database)")
        }
        guard Array(bytes[0..<16]) == header else {
            throw StoreError.notAStore(path: path, reason: "文件头不是 SQLite 格式 (the file does not start with the SQLite header)")
        }
        func int32(at offset: Int) -> Int32 {
            Int32(bitPattern: UInt32(bytes[offset]) << 24 | UInt32(bytes[offset + 1]) << 16
                  | UInt32(bytes[offset + 2]) << 8 | UInt32(bytes[offset + 3]))
        }
        let appId = int32(at: 68)
        let userVersion = Int(int32(at: 60))
        if appId != Migrations.applicationId {
            let hex = String(UInt32(bitPattern: appId), radix: 16)
            throw StoreError.notAStore(path: path,
                reason: "这是其他程序的 SQLite 数据库 (an SQLite database of another program, application_id 0x\(hex))")
        }
        if userVersion > Migrations.latest {
            throw StoreError.newerSchema(path: path, found: userVersion, supported: Migrations.latest)
        }
        return userVersion
    }

    /// True when `<path>-journal` exists and is not empty (a crashed commit SQLite will roll back).
    static func hasHotJournal(path: String) -> Bool {
        var st = stat()
        return stat(path + "-journal", &st) == 0 && st.st_size > 0
    }

    /// The same checks through SQLite, once it has opened (and possibly recovered) the file:
    /// our application_id, or a brand-new empty database.
    static func checkOpened(_ db: GRDB.Database, path: String) throws {
        let appId = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
        let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0
        if appId != Migrations.applicationId && !(appId == 0 && tables == 0) {
            throw StoreError.notAStore(path: path, reason: "这是其他程序的 SQLite 数据库 (an SQLite database of another program)")
        }
        if version > Migrations.latest {
            throw StoreError.newerSchema(path: path, found: version, supported: Migrations.latest)
        }
    }
}
