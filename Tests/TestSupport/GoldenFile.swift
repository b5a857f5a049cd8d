import Foundation
import XCTest

/// Compares a text with a committed golden file; with `RECORD_GOLDEN=1` in the environment it
/// writes the file instead (then review the diff). Shared by every test target (issue 8): each
/// keeps only where its `Golden/` folder is and how it turns what it checks into text.
public enum GoldenFile {
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" }

    /// The `Golden` folder of the test target whose source file is `path` (its `#filePath`):
    /// `Tests/<Target>/…/File.swift` → `Tests/<Target>/Golden`.
    public static func folder(of path: String) -> URL {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.pathComponents.count > 2, url.deletingLastPathComponent().lastPathComponent != "Tests" {
            url = url.deletingLastPathComponent()
        }
        return url.appendingPathComponent("Golden")
    }

    /// Fails with the first differing lines (up to 8) when `actual` differs from `url`'s text.
    public static func check(_ actual: String, against url: URL, file: StaticString = #filePath, line: UInt = #line) {
        if recording {
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            XCTAssertNoThrow(try Data(actual.utf8).write(to: url), file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("golden file \(url.path) missing; record it with RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        guard expected != actual else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
            diff.append("line \(i + 1):\n  expected: \(i < e.count ? e[i] : "<end>")\n  actual:   \(i < a.count ? a[i] : "<end>")")
        }
        XCTFail("\(url.lastPathComponent) differs from the golden file (RECORD_GOLDEN=1 re-records):\n"
                + diff.prefix(8).joined(separator: "\n"), file: file, line: line)
    }
}
