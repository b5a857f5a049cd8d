#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

/// The journal's newest entry: its sequence number and hash. Every entry's hash covers the one
/// before it, so this one line stands for the whole history up to it.
public struct ChainHead: Equatable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var hash: String

    public init(sequence: Int64, hash: String) { self.sequence = sequence; self.hash = hash }

    /// `#12 3f…e0`
    public var description: String { "#\(sequence) \(hash)" }
}

/// An anchor: a chain head written down outside the store (an admin's file in another account or
/// on another machine, or paper). Anyone who can write the store can rewrite its whole journal
/// and re-hash the chain so that it verifies; they cannot reach the anchor, so
/// `verify --anchor FILE` finds the history rewritten or cut short.
public struct Anchor: Equatable, Sendable {
    public var head: ChainHead
    /// The anchor file and the line the anchor is on (for messages).
    public var file: String
    public var line: Int

    public init(head: ChainHead, file: String = "", line: Int = 0) { self.head = head; self.file = file; self.line = line }
}

/// Anchor files: plain text, one anchor per line — `SEQUENCE HASH` and, after them, when it was
/// taken and of which store — so that a line can be copied onto paper and typed back. Lines that
/// are blank or start with `#` are ignored.
public enum AnchorFile {
    /// The line `anchor` appends: `12 3f…e0 2026-12-01T10:00:00+08:00 /srv/stationdesk/stationdesk.sqlite`.
    public static func line(_ head: ChainHead, takenAt time: String, store: String) -> String {
        "\(head.sequence) \(head.hash) \(time) \(store)\n"
    }

    /// Every anchor in `text`; a line that is neither an anchor, a comment nor blank is refused.
    public static func parse(_ text: String, file: String) throws -> [Anchor] {
        var anchors: [Anchor] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard words.count >= 2, let seq = Int64(words[0]), seq > 0,
                  words[1].count == 64, words[1].allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
                throw StoreAccessError.anchorFile(file: file, reason: "第\(n + 1)行不是锚点（应为“序号 哈希”）", en: "line \(n + 1) is not an anchor (SEQUENCE HASH)")
            }
            anchors.append(Anchor(head: ChainHead(sequence: seq, hash: String(words[1])), file: file, line: n + 1))
        }
        return anchors
    }

    /// Reads and parses an anchor file; a missing, unreadable or anchor-less file is refused.
    public static func read(_ file: String) throws -> [Anchor] {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw StoreAccessError.anchorFile(file: file, reason: StoreFiles.plainReason(of: error), en: StoreFiles.plainReason(of: error))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw StoreAccessError.anchorFile(file: file, reason: "不是 UTF-8 文本", en: "not UTF-8 text")
        }
        let anchors = try parse(text, file: file)
        if anchors.isEmpty { throw StoreAccessError.anchorFile(file: file, reason: "没有锚点", en: "holds no anchors") }
        return anchors
    }

    /// Appends `line` to `file` (created when absent), fsynced. The file must lie outside the
    /// data folder `dataFolder` — an anchor the store's writers can reach protects nothing — and
    /// be a regular file, not a link. A new anchor file is private (0600).
    public static func append(_ line: String, to file: String, dataFolder: String) throws {
        let folder = (file as NSString).deletingLastPathComponent
        let parent = folder.isEmpty ? "." : folder
        if let realData = realPath(dataFolder), let realParent = realPath(parent),
           realParent == realData || realParent.hasPrefix(realData + "/") {
            throw StoreAccessError.anchorFile(file: file, reason: "在数据目录 \(dataFolder) 里；锚点必须放在数据目录以外", en: "it is inside the data folder \(dataFolder); keep anchors outside it")
        }
        var st = stat()
        if lstat(file, &st) == 0, st.st_mode & S_IFMT != S_IFREG {
            throw StoreAccessError.anchorFile(file: file, reason: "不是普通文件", en: "not a regular file")
        }
        let fd = open(file, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0 { throw StoreAccessError.anchorFile(file: file, reason: String(cString: strerror(errno)), en: String(cString: strerror(errno))) }
        defer { close(fd) }
        let bytes = Array(line.utf8)
        let written = bytes.withUnsafeBytes { raw -> Int in
            guard let base = raw.baseAddress else { return 0 }
            return write(fd, base, raw.count)
        }
        if written != bytes.count || fsync(fd) != 0 {
            let reason = written >= 0 && written < bytes.count ? String(cString: strerror(ENOSPC)) : String(cString: strerror(errno))
            throw StoreAccessError.anchorFile(file: file, reason: reason, en: reason)
        }
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension AppDatabase {
    /// The chain's head, nil when the journal is empty. Cost: one index lookup.
    public func chainHead() throws -> ChainHead? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT sequence, hash FROM journal_entry ORDER BY sequence DESC LIMIT 1").map {
                ChainHead(sequence: $0["sequence"], hash: $0["hash"])
            }
        }
    }
}
