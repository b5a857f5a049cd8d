#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

/// Turns SQLite's errors into `StoreError`s a person can act on.
enum StoreErrors {
    static func mapping<T>(path: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            if isReadOnly(error, path: path) { throw StoreAccessError.readOnly(path: path) }
            throw map(error, path: path)
        }
    }

    /// SQLite could not write because this login may not: the file is read-only to it
    /// (SQLITE_READONLY), or the folder is, so the rollback journal cannot be made (SQLITE_CANTOPEN).
    static func isReadOnly(_ error: DatabaseError, path: String) -> Bool {
        if error.resultCode == .SQLITE_READONLY { return true }
        guard error.resultCode == .SQLITE_CANTOPEN, access(path, F_OK) == 0 else { return false }
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return access(folder.isEmpty ? "." : folder, W_OK) != 0 || access(path, W_OK) != 0
    }

    static func map(_ error: DatabaseError, path: String) -> StoreError {
        let message = error.message ?? "\(error)"
        switch error.resultCode {
        case .SQLITE_FULL:
            return .diskFull(path: path)
        case .SQLITE_IOERR:
            // RLIMIT_FSIZE and some file systems report a full disk as a plain write error.
            if diskLooksFull(path: path) { return .diskFull(path: path) }
            return .ioFailure(path: path, detail: message)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .busy(path: path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return .damaged(path: path, detail: message)
        case .SQLITE_CONSTRAINT:
            switch error.extendedResultCode {
            case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
                let table = message.split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                return .duplicate(table: table, detail: message)
            case .SQLITE_CONSTRAINT_FOREIGNKEY:
                return .constraint(detail: "外键约束：有记录引用它或它引用的记录不存在 (a related record is missing, or another record still refers to this one)")
            default:
                return .constraint(detail: message)
            }
        case .SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_PERM:
            return .ioFailure(path: path, detail: message)
        default:
            return .database(path: path, detail: message)
        }
    }

    /// True when the folder's file system has (almost) no room, or the process's file-size
    /// limit is set low (`ulimit -f`), both of which SQLite may report as SQLITE_IOERR_WRITE.
    static func diskLooksFull(path: String) -> Bool {
        var limit = rlimit()
        if getrlimit(rlimitFSIZE, &limit) == 0, limit.rlim_cur != rlim_t.max {
            var st = stat()
            if stat(path, &st) == 0, UInt64(st.st_size) + 65_536 >= UInt64(limit.rlim_cur) { return true }
        }
        var fs = statvfs()
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if statvfs(folder.isEmpty ? "." : folder, &fs) == 0 {
            return UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 1_048_576
        }
        return false
    }
}

#if canImport(Glibc)
/// RLIMIT_FSIZE as the type getrlimit/setrlimit take on this platform.
let rlimitFSIZE = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
#else
let rlimitFSIZE = RLIMIT_FSIZE
#endif
