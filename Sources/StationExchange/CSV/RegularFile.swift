#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Reads a whole file a person named, refusing what is not a regular file before opening it: a
/// folder, a FIFO (reading one would wait forever), a device. Each refusal says what the path is,
/// in plain words (Foundation's own error on Linux is `NSCocoaErrorDomain error 256`).
enum RegularFile {
    enum Problem: Error, Equatable, CustomStringConvertible {
        case missing
        case folder
        case notRegular(kind: String)
        case noPermission
        case other(String)

        var description: String {
            switch self {
            case .missing: return "没有这个文件 (no such file)"
            case .folder: return "这是一个文件夹，不是 CSV 文件 (this is a folder, not a CSV file)"
            case .notRegular(let kind): return "这不是普通文件（\(kind)），不能读取 (this is not a regular file but a \(kind))"
            case .noPermission: return "没有读取权限 (permission denied)"
            case .other(let reason): return reason
            }
        }
    }

    /// What `st_mode` says a path is, in words ("FIFO", "device", …).
    static func kind(_ mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: return "FIFO"
        case S_IFCHR, S_IFBLK: return "device"
        case S_IFSOCK: return "socket"
        case S_IFLNK: return "symbolic link"
        case S_IFDIR: return "folder"
        default: return "special file"
        }
    }

    static func read(_ path: String) throws -> Data {
        var st = stat()
        if stat(path, &st) != 0 { throw problem(errno) }
        if st.st_mode & S_IFMT == S_IFDIR { throw Problem.folder }
        if st.st_mode & S_IFMT != S_IFREG { throw Problem.notRegular(kind: kind(st.st_mode)) }
        // O_NONBLOCK: should the path become a FIFO between the check and the open, do not wait.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        if fd < 0 { throw problem(errno) }
        defer { close(fd) }
        var opened = stat()
        guard fstat(fd, &opened) == 0, opened.st_mode & S_IFMT == S_IFREG else {
            throw Problem.notRegular(kind: kind(opened.st_mode))
        }
        var data = Data(count: Int(opened.st_size))
        var total = 0
        while true {
            if total == data.count { data.count += 65_536 }
            let n = data.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return systemRead(fd, base + total, raw.count - total)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw problem(errno)
            }
            if n == 0 { break }
            total += n
        }
        data.count = total
        return data
    }

    /// read(2), on Linux and Darwin alike.
    static func systemRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, buffer, count)
        #else
        return Darwin.read(fd, buffer, count)
        #endif
    }

    static func problem(_ code: Int32) -> Problem {
        switch code {
        case ENOENT, ENOTDIR: return .missing
        case EACCES, EPERM: return .noPermission
        case EISDIR: return .folder
        default: return .other(String(cString: strerror(code)))
        }
    }
}
