import Foundation
import XCTest
import StationUI
import TestSupport

/// Golden screens: expected text files under Tests/StationUITests/Golden/, compared with what
/// a screen renders (`GoldenFile`, shared). `RECORD_GOLDEN=1 swift test` rewrites them.
enum Golden {
    static let folder = GoldenFile.folder(of: #filePath)

    /// The grid as text plus where the real cursor is, which is part of the contract.
    static func text(of grid: Grid) -> String {
        let cursor = grid.cursor.map { "cursor: row \($0.row), column \($0.col)" } ?? "cursor: none"
        return grid.text + "\n-- \(grid.width)×\(grid.height), " + cursor + "\n"
    }

    static func check(_ grid: Grid, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        GoldenFile.check(text(of: grid), against: folder.appendingPathComponent(name + ".txt"), file: file, line: line)
    }
}
