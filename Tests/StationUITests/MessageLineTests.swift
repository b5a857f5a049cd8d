import TestSupport
import XCTest
import StationDomain
@testable import StationUI

/// The message line (row 22 at 80×24): one line, cut with … when longer, never through a
/// wide character.
final class MessageLineTests: XCTestCase {
    func testLongMessageIsCutWithAMarkAtEveryWidthSetting() throws {
        for wide in [false, true] {
            let h = try Harness(ambiguousWide: wide)
            h.app.apply([.error(String(repeating: "柳州市虚构智能装备", count: 10) + "END")])
            let grid = h.screen()
            let row = grid.rowText(22).trimmingCharacters(in: " ")
            XCTAssertTrue(row.hasPrefix("✗ 柳州市"), row)
            XCTAssertTrue(row.hasSuffix("…"), "ambiguousWide \(wide): \(row)")
            XCTAssertFalse(row.contains("END"))
            XCTAssertLessThanOrEqual(grid.measure(row), 78, "stays inside the line, one cell from each edge")
        }
    }

    /// A refused undo says which later changes stop it, one per line; on the message line the
    /// lines stay apart instead of running into each other.
    func testMessageOfSeveralLinesKeepsItsLinesApart() throws {
        let h = try Harness()
        h.app.apply([.error("无法撤销第5条：记录已被之后的操作修改\n  #7 bob 修改单位")])
        let row = h.screen().rowText(22)
        XCTAssertTrue(row.contains("✗ 无法撤销第5条：记录已被之后的操作修改 · #7 bob 修改单位"), row)
    }
}
