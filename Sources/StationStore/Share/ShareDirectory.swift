import Foundation
import StationDomain

/// The top-level `data/` folder (policy, working-day calendar, pinyin table, samples), found at
/// run time because SwiftPM resources cannot see a folder outside a target (NOTES).
///
/// Looked for, in order: `--share DIR`; `$STATIONDESK_SHARE`; `data/` next to the executable or in
/// any folder above it (a checkout's `.build/debug/stationdesk` finds the checkout's `data/`);
/// `share/stationdesk/` beside the executable's `bin/`; `./data`. A folder counts when it holds
/// `calendar/cn-workday-exceptions.tsv`. An explicit override that is not such a folder is an
/// error at once (never silently replaced by another). Cost: a few `stat` calls.
public struct ShareDirectory: Sendable {
    /// Absolute or as-given path of the folder.
    public let path: String

    public init(path: String) { self.path = path }

    static let marker = "calendar/cn-workday-exceptions.tsv"

    /// Locates the folder from explicit inputs (testable); see the type's comment for the order.
    public static func locate(override: String?, environment: [String: String],
                              executablePath: String?, currentDirectory: String) throws -> ShareDirectory {
        var looked: [String] = []
        func accept(_ dir: String) -> ShareDirectory? {
            let clean = (dir as NSString).standardizingPath
            if looked.contains(clean) { return nil }
            looked.append(clean)
            return FileManager.default.fileExists(atPath: clean + "/" + marker) ? ShareDirectory(path: clean) : nil
        }
        if let dir = override {
            if let found = accept(absolute(dir, in: currentDirectory)) { return found }
            throw ShareDirectoryError.notFound(looked: looked, hint: "--share")
        }
        if let dir = environment["STATIONDESK_SHARE"], !dir.isEmpty {
            if let found = accept(absolute(dir, in: currentDirectory)) { return found }
            throw ShareDirectoryError.notFound(looked: looked, hint: "$STATIONDESK_SHARE")
        }
        if let exe = executablePath {
            var dir = (absolute(exe, in: currentDirectory) as NSString).deletingLastPathComponent
            if let found = accept(dir + "/data") { return found }
            if let found = accept((dir as NSString).deletingLastPathComponent + "/share/stationdesk") { return found }
            while dir != "/" && !dir.isEmpty {
                dir = (dir as NSString).deletingLastPathComponent
                if let found = accept(dir + "/data") { return found }
            }
        }
        if let found = accept(currentDirectory + "/data") { return found }
        throw ShareDirectoryError.notFound(looked: looked, hint: nil)
    }

    /// Locates the folder for this process: its environment, its executable (/proc/self/exe on
    /// Linux, else argv[0]) and its working directory.
    public static func locate(override: String?) throws -> ShareDirectory {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments.first
        // Only the one variable, read with getenv: `ProcessInfo.processInfo.environment` builds a
        // dictionary of all of them (~0.8 M instructions, issue 15).
        let share = getenv("STATIONDESK_SHARE").map { String(cString: $0) }
        return try locate(override: override, environment: share.map { ["STATIONDESK_SHARE": $0] } ?? [:],
                          executablePath: exe, currentDirectory: FileManager.default.currentDirectoryPath)
    }

    static func absolute(_ p: String, in cwd: String) -> String { p.hasPrefix("/") ? p : cwd + "/" + p }

    /// Reads a file of the folder as UTF-8 text.
    public func text(_ relative: String) throws -> String {
        let full = path + "/" + relative
        guard let data = FileManager.default.contents(atPath: full) else { throw ShareDirectoryError.unreadable(full) }
        guard let s = String(data: data, encoding: .utf8) else { throw ShareDirectoryError.notUTF8(full) }
        return s
    }

    public var calendarPath: String { path + "/calendar/cn-workday-exceptions.tsv" }
    public var pinyinPath: String { path + "/pinyin/hanzi-pinyin.tsv" }
    public var policyFolder: String { path + "/policy" }
}

/// Why the data folder or one of its files cannot be used.
public enum ShareDirectoryError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(looked: [String], hint: String?)
    case unreadable(String)
    case notUTF8(String)
    /// A data file's own error, with the file's path in front.
    case inFile(path: String, message: String)

    public var description: String {
        switch self {
        case let .notFound(looked, hint):
            let given = hint.map { "（由 \($0) 指定）" } ?? ""
            return "找不到数据目录\(given) (cannot find the data folder; it must contain \(ShareDirectory.marker)). 查找过 (looked in):\n"
                + looked.map { "  " + $0 }.joined(separator: "\n")
                + "\n用 --share DIR 或 STATIONDESK_SHARE=DIR 指定 (point to it with --share DIR or STATIONDESK_SHARE=DIR)"
        case let .unreadable(p): return "\(p): 无法读取 (cannot read the file)"
        case let .notUTF8(p): return "\(p): 不是 UTF-8 文本 (not UTF-8 text)"
        case let .inFile(p, m): return "\(p): \(m)"
        }
    }
}
