#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes an export or a report to a file a person named, so that nothing else is destroyed:
///
/// - only a regular file is written or replaced: never a folder, a device, a FIFO, a socket or a
///   symbolic link (`-o link.csv` would otherwise replace the link, not follow it), never a file
///   with other names (hard links: replacing one name would part it from the others), never the
///   store or its journal, and nothing inside the data folder at all;
/// - an existing file is replaced only when `replace` is set (`--force`, or after the terminal UI
///   asked), and keeps its permission bits; a new file gets `newFileMode` (the store's: private,
///   or group-shared with `init --group`) whatever the umask;
/// - the bytes go to a temporary file in the same folder, which is fsynced and renamed over the
///   target, then the folder is fsynced: a reader never sees half a file, and a full disk leaves
///   the old file as it was (and no temporary file).
///
/// Every refusal is one plain sentence naming the path (`ExportRefusal`).
public enum ExportFile {
    /// What the writer must protect and how it may write.
    public struct Options: Sendable {
        /// The store's data folder: nothing is written inside it.
        public var dataFolder: String?
        /// Replace an existing regular file (`--force`, or the UI asked).
        public var replace: Bool
        /// Permission bits of a new file.
        public var newFileMode: mode_t
        /// Group of a new file (the store's, when it is group-shared).
        public var group: gid_t?

        public init(dataFolder: String?, replace: Bool = false, newFileMode: mode_t = 0o600, group: gid_t? = nil) {
            self.dataFolder = dataFolder; self.replace = replace; self.newFileMode = newFileMode; self.group = group
        }
    }

    /// Checks `path` as `write` would, without writing: nil when it may be written.
    public static func refusal(writing path: String, _ options: Options) -> ExportRefusal? {
        do { _ = try target(path, options); return nil } catch let r as ExportRefusal { return r } catch {
            return .failed(path: path, reason: "\(error)")
        }
    }

    /// True when `path` names something that exists (a file, a link, anything): the UI asks first.
    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    /// Writes `data` to `path`; throws `ExportRefusal`, having changed nothing, when it may not or cannot.
    public static func write(_ data: Data, to path: String, _ options: Options) throws {
        let found = try target(path, options)
        let folder = found.folder
        var template = Array((folder + "/." + basename(of: path) + ".XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { buf -> Int32 in
            guard let base = buf.baseAddress else { return -1 }
            return mkstemp(base)
        }
        if fd < 0 { throw refusalForWrite(errno, path: path, folder: folder) }
        let temp = String(cString: template)
        var done = false
        defer {
            if !done { unlink(temp) }
        }
        do {
            defer { close(fd) }
            let mode = found.existing.map { $0.st_mode & 0o7777 } ?? options.newFileMode
            if fchmod(fd, mode) != 0 { throw refusalForWrite(errno, path: path, folder: folder) }
            if let existing = found.existing {
                _ = fchown(fd, existing.st_uid, existing.st_gid)   // kept when allowed (root, or one's own group)
            } else if let group = options.group {
                _ = fchown(fd, uid_t.max, group)
            }
            try writeAll(fd, data, path: path, folder: folder)
            if fsync(fd) != 0 { throw refusalForWrite(errno, path: path, folder: folder) }
        }
        // The target may have changed while the bytes were written: look again right before the rename.
        _ = try target(path, options)
        if rename(temp, path) != 0 { throw refusalForWrite(errno, path: path, folder: folder) }
        done = true
        let dir = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dir >= 0 { _ = fsync(dir); close(dir) }
    }

    // MARK: internals

    private struct Target {
        var folder: String
        var existing: stat?
    }

    private static func basename(of path: String) -> String {
        let name = path.split(separator: "/", omittingEmptySubsequences: true).last.map(String.init) ?? "export"
        return name.isEmpty ? "export" : name
    }

    private static func folderPart(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        let folder = String(path[..<slash])
        return folder.isEmpty ? "/" : folder
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where `path` would be written and what is there now, or the refusal.
    private static func target(_ path: String, _ options: Options) throws -> Target {
        if path.isEmpty || path.hasSuffix("/") { throw ExportRefusal.isFolder(path: path) }
        let folder = folderPart(of: path)
        var st = stat()
        if stat(folder, &st) != 0 {
            if errno == ENOENT { throw ExportRefusal.noFolder(path: path, folder: folder) }
            if errno == ENOTDIR { throw ExportRefusal.notAFolder(path: path, folder: folder) }
            if errno == EACCES { throw ExportRefusal.noPermission(path: path, folder: folder) }
            throw ExportRefusal.failed(path: path, reason: String(cString: strerror(errno)))
        }
        if st.st_mode & S_IFMT != S_IFDIR { throw ExportRefusal.notAFolder(path: path, folder: folder) }
        if let data = options.dataFolder, let realData = realPath(data), let realFolder = realPath(folder),
           realFolder == realData || realFolder.hasPrefix(realData.hasSuffix("/") ? realData : realData + "/") {
            throw ExportRefusal.insideDataFolder(path: path, folder: data)
        }
        var existing = stat()
        guard lstat(path, &existing) == 0 else {
            if errno == ENOENT { return Target(folder: folder, existing: nil) }
            if errno == EACCES { throw ExportRefusal.noPermission(path: path, folder: folder) }
            throw ExportRefusal.failed(path: path, reason: String(cString: strerror(errno)))
        }
        switch existing.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFLNK: throw ExportRefusal.symbolicLink(path: path)
        case S_IFDIR: throw ExportRefusal.isFolder(path: path)
        default: throw ExportRefusal.special(path: path, kind: RegularFile.kind(existing.st_mode))
        }
        if existing.st_nlink > 1 { throw ExportRefusal.hardLinks(path: path, names: Int(existing.st_nlink)) }
        if isStoreFile(path) || (path.hasSuffix("-journal") && isStoreFile(String(path.dropLast(8)))) {
            throw ExportRefusal.isStore(path: path)
        }
        if !options.replace { throw ExportRefusal.exists(path: path) }
        return Target(folder: folder, existing: existing)
    }

    /// A file that starts like an SQLite database or its rollback journal is never replaced by an
    /// export, wherever it lies (a copy of the store moved out of the data folder is still the store).
    /// Cost: one 72-byte read.
    static func isStoreFile(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: 72)
        let n = bytes.withUnsafeMutableBytes { raw -> Int in
            guard let base = raw.baseAddress else { return -1 }
            return RegularFile.systemRead(fd, base, 72)
        }
        guard n == 72 else { return false }
        // "SQLite format 3\0" and stationdesk's application_id 'SDK1' at offset 68.
        return bytes[0..<16].elementsEqual(Array("SQLite format 3".utf8) + [0]) && bytes[68..<72].elementsEqual([0x53, 0x44, 0x4B, 0x31])
    }


    private static func writeAll(_ fd: Int32, _ data: Data, path: String, folder: String) throws {
        try data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let n = systemWrite(fd, base + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw refusalForWrite(errno, path: path, folder: folder)
                }
                offset += n
            }
        }
    }

    private static func systemWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(fd, buffer, count)
        #else
        return Darwin.write(fd, buffer, count)
        #endif
    }

    private static func refusalForWrite(_ code: Int32, path: String, folder: String) -> ExportRefusal {
        switch code {
        case ENOSPC, EFBIG, EDQUOT: return .diskFull(path: path)
        case EACCES, EPERM, EROFS: return .noPermission(path: path, folder: folder)
        default: return .failed(path: path, reason: String(cString: strerror(code)))
        }
    }
}

/// Why an export or report file was not written: one plain sentence naming the path, in Chinese
/// (`zh`, the default) or English (`en`). Nothing was changed at the path.
public enum ExportRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case noFolder(path: String, folder: String)
    case notAFolder(path: String, folder: String)
    case isFolder(path: String)
    case insideDataFolder(path: String, folder: String)
    case isStore(path: String)
    case symbolicLink(path: String)
    case special(path: String, kind: String)
    case hardLinks(path: String, names: Int)
    /// The file exists and replacing it was not asked for.
    case exists(path: String)
    case noPermission(path: String, folder: String)
    case diskFull(path: String)
    case failed(path: String, reason: String)

    public var zh: String {
        switch self {
        case .noFolder(let p, let f): return "没有写入 \(p)：文件夹 \(f) 不存在。"
        case .notAFolder(let p, let f): return "没有写入 \(p)：\(f) 不是文件夹。"
        case .isFolder(let p): return "没有写入 \(p)：这是一个文件夹，请给出文件名。"
        case .insideDataFolder(let p, let f): return "没有写入 \(p)：它在数据目录 \(f) 里，导出文件请放在别处。"
        case .isStore(let p): return "没有写入 \(p)：这是数据库文件，不能被导出覆盖。"
        case .symbolicLink(let p): return "没有写入 \(p)：这是符号链接，请直接给出目标文件的路径。"
        case .special(let p, let kind): return "没有写入 \(p)：这不是普通文件（\(Self.zhKind(kind))）。"
        case .hardLinks(let p, let n): return "没有写入 \(p)：这个文件有\(n)个名字（硬链接），替换会使它们分离。"
        case .exists(let p): return "没有写入 \(p)：文件已存在；要替换它请加 --force。"
        case .noPermission(let p, let f): return "没有写入 \(p)：没有在 \(f) 中写文件的权限。"
        case .diskFull(let p): return "没有写入 \(p)：磁盘已满（或超出文件大小限制），原有文件保持不变。"
        case .failed(let p, let r): return "没有写入 \(p)：\(r)。"
        }
    }

    public var en: String {
        switch self {
        case .noFolder(let p, let f): return "Did not write \(p): the folder \(f) does not exist."
        case .notAFolder(let p, let f): return "Did not write \(p): \(f) is not a folder."
        case .isFolder(let p): return "Did not write \(p): it is a folder; give a file name."
        case .insideDataFolder(let p, let f): return "Did not write \(p): it is inside the data folder \(f); put exports elsewhere."
        case .isStore(let p): return "Did not write \(p): it is a store file, which an export never replaces."
        case .symbolicLink(let p): return "Did not write \(p): it is a symbolic link; give the path of the file itself."
        case .special(let p, let kind): return "Did not write \(p): it is not a regular file but a \(kind)."
        case .hardLinks(let p, let n): return "Did not write \(p): the file has \(n) names (hard links), which replacing it would part."
        case .exists(let p): return "Did not write \(p): the file exists; add --force to replace it."
        case .noPermission(let p, let f): return "Did not write \(p): no permission to write files in \(f)."
        case .diskFull(let p): return "Did not write \(p): the disk is full (or the file-size limit was reached); any file there is unchanged."
        case .failed(let p, let r): return "Did not write \(p): \(r)."
        }
    }

    public var description: String { zh }

    static func zhKind(_ kind: String) -> String {
        switch kind {
        case "FIFO": return "命名管道 FIFO"
        case "device": return "设备文件"
        case "socket": return "套接字"
        default: return "特殊文件"
        }
    }
}
