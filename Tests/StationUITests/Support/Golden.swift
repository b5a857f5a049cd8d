import Foundation
import XCTest
import StationUI

/// Golden screens: expected text files under Tests/StationUITests/Golden/, compared with what
/// a screen renders. `RECORD_GOLDEN=1 swift test` rewrites them (then review the diff).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Golden")

    /// The grid as text plus where the real cursor is, which is part of the contract.
    static func text(of grid: Grid) -> String {
        let cursor = grid.cursor.map { "cursor: row \($0.row), column \($0.col)" } ?? "cursor: none"
        return grid.text + "\n-- \(grid.width)×\(grid.height), " + cursor + "\n"
    }

    static func check(_ grid: Grid, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        let actual = text(of: grid)
        let url = folder.appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            XCTAssertNoThrow(try actual.write(to: url, atomically: true, encoding: .utf8), file: file, line: line)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            XCTFail("golden file \(url.path) missing; record it with RECORD_GOLDEN=1", file: file, line: line)
            return
        }
        if expected != actual {
            let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for i in 0..<max(e.count, a.count) where (i < e.count ? e[i] : "") != (i < a.count ? a[i] : "") {
                diff.append("line \(i + 1):\n  expected: \(i < e.count ? e[i] : "")\n  actual:   \(i < a.count ? a[i] : "")")
            }
            XCTFail("screen differs from \(name).txt:\n" + diff.prefix(8).joined(separator: "\n"), file: file, line: line)
        }
    }
}
