#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

/// The store's files on disk: who may read them, and how a store comes to exist.
///
/// - A store is created only by `AppDatabase.create` (`stationdesk init` and the first opening
///   of the terminal program). It is built complete — schema and first admin — in a temporary file
///   in the data folder and then linked into place, so the store's path never holds a half-made
///   store, a store without users, or one that two processes created at once.
/// - Private by default: the data folder is made 0700 and the store 0600, whatever the umask.
///   `init --group GROUP` makes the folder 2770 (setgid, so new files take its group) and the
///   store 0660, both owned by GROUP. SQLite gives its rollback journal the store's own mode
///   (and, when run by root, its owner), and backups and exports take the same mode, so nothing
///   the program writes later is more open than the store.
enum StoreFiles {
    /// Permission bits of the store and the files made from it.
    static func fileMode(group: gid_t?) -> mode_t { group == nil ? 0o600 : 0o660 }

    /// The group's id, by name or number.
    static func groupID(_ name: String) throws -> gid_t {
        if let group = getgrnam(name) { return group.pointee.gr_gid }
        if let number = UInt32(name), getgrgid(number) != nil { return number }
        throw StoreAccessError.unknownGroup(name)
    }

    /// Makes the data folder (0700, or 2770 owned by `group`); an existing folder is left as it
    /// is unless a group is asked for.
    static func prepareFolder(_ folder: String, group: gid_t?, groupName: String?) throws {
        var st = stat()
        if stat(folder, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw StoreAccessError.folderIsAFile(path: folder) }
            if let group, st.st_gid != group || st.st_mode & 0o7777 != 0o2770 {
                try share(folder, group: group, name: groupName ?? "\(group)", mode: 0o2770)
            }
            return
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty {
            do { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) } catch {
                throw StoreError.ioFailure(path: parent, detail: plainReason(of: error))
            }
        }
        if mkdir(folder, 0o700) != 0 && errno != EEXIST {
            throw StoreError.ioFailure(path: folder, detail: String(cString: strerror(errno)))
        }
        if let group {
            try share(folder, group: group, name: groupName ?? "\(group)", mode: 0o2770)
        } else if chmod(folder, 0o700) != 0 {
            throw StoreError.ioFailure(path: folder, detail: String(cString: strerror(errno)))
        }
    }

    /// Gives `path` to `group` with `mode` (chown first: it may clear the setgid bit).
    static func share(_ path: String, group: gid_t, name: String, mode: mode_t) throws {
        if chown(path, uid_t.max, group) != 0 || chmod(path, mode) != 0 {
            throw StoreAccessError.groupNotSet(group: name, path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// Builds a complete store (schema, and `admin` as first admin when given) in a temporary file
    /// beside `path` and links it to `path`. Returns false, having changed nothing, when a file
    /// appeared at `path` meanwhile (another process created the store first).
    static func createStore(folder: String, path: String, admin: String?, group: gid_t?, groupName: String?) throws -> Bool {
        var template = Array((folder + "/.stationdesk-new-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buf -> Int32 in
            guard let base = buf.baseAddress else { return -1 }
            return mkstemp(base)
        }
        if fd < 0 { throw StoreError.ioFailure(path: folder, detail: String(cString: strerror(errno))) }
        let temp = String(cString: template)
        defer {
            unlink(temp)
            unlink(temp + "-journal")
        }
        let modeSet = fchmod(fd, fileMode(group: group)) == 0
        let error = errno
        let groupSet = group.map { fchown(fd, uid_t.max, $0) == 0 } ?? true
        close(fd)
        if !modeSet { throw StoreError.ioFailure(path: temp, detail: String(cString: strerror(error))) }
        if !groupSet, let group {
            throw StoreAccessError.groupNotSet(group: groupName ?? "\(group)", path: path, reason: String(cString: strerror(errno)))
        }
        try StoreErrors.mapping(path: path) {
            let queue = try DatabaseQueue(path: temp, configuration: AppDatabase.configuration())
            try queue.writeWithoutTransaction { db in try Migrations.migrate(db, path: path) }
            if let admin {
                try queue.inDatabase { db in
                    try db.inTransaction(.immediate) {
                        try AppDatabase.insertFirstAdmin(db, login: admin)
                        return .commit
                    }
                }
            }
            try queue.close()
        }
        if link(temp, path) != 0 {
            if errno == EEXIST { return false }
            // File systems without hard links: a rename, after looking once more.
            if access(path, F_OK) == 0 { return false }
            if rename(temp, path) != 0 { throw StoreError.ioFailure(path: path, detail: String(cString: strerror(errno))) }
        }
        try fsyncFile(path: folder)
        return true
    }

    /// Nil when `path` holds something to open as a store; else why not (missing, empty, a folder).
    static func existingStoreProblem(_ path: String) -> Error? {
        var st = stat()
        if stat(path, &st) != 0 {
            if errno == ENOENT || errno == ENOTDIR { return StoreAccessError.noStore(path: path) }
            return StoreError.ioFailure(path: path, detail: String(cString: strerror(errno)))
        }
        if st.st_mode & S_IFMT == S_IFDIR { return StoreError.notAStore(path: path, reason: "这是一个文件夹 (it is a folder)") }
        if st.st_size == 0 { return StoreAccessError.emptyFile(path: path) }
        return nil
    }

    /// The permission bits and group of the store file (what backups and exports copy).
    static func modeAndGroup(of path: String) -> (mode: mode_t, group: gid_t?) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (0o600, nil) }
        let mode = st.st_mode & 0o666
        return (mode, mode & 0o060 != 0 ? st.st_gid : nil)
    }

    /// Foundation's error in plain words (its Linux text is `NSCocoaErrorDomain Code=…`).
    static func plainReason(of error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        switch ns.code {
        case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return String(cString: strerror(EACCES))
        case NSFileWriteOutOfSpaceError: return String(cString: strerror(ENOSPC))
        case NSFileWriteFileExistsError: return String(cString: strerror(EEXIST))
        case NSFileNoSuchFileError, NSFileReadNoSuchFileError: return String(cString: strerror(ENOENT))
        default: return String(cString: strerror(EIO))
        }
    }
}

extension AppDatabase {
    /// The store file's permission bits (0600, or 0660 when group-shared) and, when shared, its
    /// group: what the files made from it (backups, exports) get.
    public func fileAccess() -> (mode: mode_t, group: gid_t?) { StoreFiles.modeAndGroup(of: path) }
}
