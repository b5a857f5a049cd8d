#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

extension AppDatabase {
    /// A consistent online copy of the store (`VACUUM INTO`: a snapshot taken inside one read
    /// transaction, while others keep working), fsynced with its folder, then checked to open and
    /// pass `integrity_check`. Refuses to overwrite an existing file. Cost: one pass over the store.
    public func backup(to file: String) throws {
        if access(file, F_OK) == 0 {
            throw StoreError.invalid(field: "FILE", message: "文件已存在，不覆盖 (the file exists; choose a new name): \(file)")
        }
        try StoreErrors.mapping(path: file) {
            try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [file]) }
        }
        try fsyncFile(path: file)
        let folder = file.contains("/") ? String(file[..<file.lastIndex(of: "/")!]) : "."
        try fsyncFile(path: folder.isEmpty ? "/" : folder)
        let copy = try DatabaseQueue(path: file, configuration: { var c = Configuration(); c.readonly = true; return c }())
        let check = try copy.read { try String.fetchAll($0, sql: "PRAGMA integrity_check") }
        try copy.close()
        guard check == ["ok"] else {
            throw StoreError.damaged(path: file, detail: "备份校验失败 (the backup failed its integrity check): \(check.prefix(3))")
        }
    }
}

/// fsync a file or folder by path (a rename or a new file is durable only once its folder is synced).
func fsyncFile(path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno))) }
    defer { close(fd) }
    if fsync(fd) != 0 { throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno))) }
}
