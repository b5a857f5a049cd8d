import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read, in the system's words (`strerror`).
struct FileReadError: LocalizedError {
    let path: String
    let reason: String
    var errorDescription: String? { "\(path): \(reason)" }
}

extension Data {
    /// The whole file at `path`, read with open/fstat/read: no `URL` is built (its parsing cost a
    /// tenth of a one-row import, issue 15) and the file is read in one or a few large reads.
    init(readingFile path: String) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw FileReadError(path: path, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileReadError(path: path, reason: String(cString: strerror(errno))) }
        guard (info.st_mode & S_IFMT) != S_IFDIR else { throw FileReadError(path: path, reason: String(cString: strerror(EISDIR))) }
        var bytes = [UInt8](repeating: 0, count: Swift.max(Int(info.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: Swift.max(bytes.count, 65_536))) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileReadError(path: path, reason: String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeSubrange(count...)
        self.init(bytes)
    }
}
