#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GRDB

extension AppDatabase {
    /// A consistent online copy of the store (`VACUUM INTO`: a snapshot taken inside one read
    /// transaction, while others keep working), fsynced with its folder, then checked to open and
    /// pass `integrity_check`. Returns the copy's chain head (nil for an empty journal), which the
    /// copy itself holds and the command line prints, so the backup can be checked against it
    /// later (`verify --anchor`).
    ///
    /// The file is created first, exclusively (`O_EXCL`: nothing existing is ever overwritten, not
    /// even a file that appears meanwhile) and with the store's own permission bits and group, so a
    /// backup of a private store is private whatever the umask. When anything fails — a full disk,
    /// a file-size limit, the check — the partial file is removed and the error says so
    /// (`StoreAccessError.backupFailed`): no 0-byte or half-written backup is left behind.
    /// Cost: one pass over the store.
    @discardableResult
    public func backup(to file: String) throws -> ChainHead? {
        let (mode, group) = StoreFiles.modeAndGroup(of: path)
        let fd = posixOpen(file, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        if fd < 0 {
            let code = errno
            if code == EEXIST { throw StoreAccessError.backupExists(file: file) }
            throw StoreAccessError.backupFailed(file: file, reason: String(cString: strerror(code)), diskFull: code == ENOSPC || code == EDQUOT)
        }
        _ = fchmod(fd, mode)
        if let group { _ = fchown(fd, uid_t.max, group) }
        close(fd)
        do {
            try StoreErrors.mapping(path: file) {
                try queue.inDatabase { db in try db.execute(sql: "VACUUM INTO ?", arguments: [file]) }
            }
            try fsyncFile(path: file)
            let slash = file.lastIndex(of: "/")
            let folder = slash.map { String(file[..<$0]) } ?? "."
            try fsyncFile(path: folder.isEmpty ? "/" : folder)
            let copy = try DatabaseQueue(path: file, configuration: { var c = Configuration(); c.readonly = true; return c }())
            let (check, head) = try copy.read { db -> ([String], ChainHead?) in
                let check = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                let head = try Row.fetchOne(db, sql: "SELECT sequence, hash FROM journal_entry ORDER BY sequence DESC LIMIT 1").map {
                    ChainHead(sequence: $0["sequence"], hash: $0["hash"])
                }
                return (check, head)
            }
            try copy.close()
            guard check == ["ok"] else {
                throw StoreAccessError.backupFailed(file: file, reason: "备份未通过 integrity_check (the copy failed its integrity check): \(check.prefix(3))", diskFull: false)
            }
            return head
        } catch let error as StoreAccessError {
            unlink(file)
            if case .readOnly = error {
                throw StoreAccessError.backupFailed(file: file, reason: String(cString: strerror(EACCES)), diskFull: false)
            }
            throw error
        } catch let error as StoreError {
            unlink(file)
            switch error {
            case .diskFull: throw StoreAccessError.backupFailed(file: file, reason: "", diskFull: true)
            case .ioFailure(_, let detail), .database(_, let detail), .damaged(_, let detail):
                throw StoreAccessError.backupFailed(file: file, reason: detail, diskFull: StoreErrors.diskLooksFull(path: file))
            default: throw StoreAccessError.backupFailed(file: file, reason: error.description, diskFull: false)
            }
        } catch {
            unlink(file)
            throw StoreAccessError.backupFailed(file: file, reason: "\(error)", diskFull: false)
        }
    }
}

/// `open(2)` (inside `AppDatabase` the name is its own static `open(folder:)`).
private func posixOpen(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 { open(path, flags, mode) }

/// fsync a file or folder by path (a rename or a new file is durable only once its folder is synced).
func fsyncFile(path: String) throws {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno))) }
    defer { close(fd) }
    if fsync(fd) != 0 { throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno))) }
}
