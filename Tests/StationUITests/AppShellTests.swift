import Foundation
import TestSupport
import XCTest
import StationDomain
@testable import StationUI

final class AppShellTests: XCTestCase {
    func testHomeMenuListsEveryArea() throws {
        let h = try Harness()
        let grid = h.screen()
        Golden.check(grid, "home-80x24")
        for area in DeskArea.allCases { XCTAssertTrue(grid.text.contains(h.app.ctx.catalog.menuName(.area(area), roles: h.app.ctx.roles))) }
        XCTAssertTrue(grid.rowText(0).contains("政策已过期 2025-12-31"))
        XCTAssertTrue(grid.rowText(0).contains("2026-03-02"))
        XCTAssertTrue(grid.rowText(0).contains("alice (管理员,…)"), grid.rowText(0))
        XCTAssertTrue(h.screen(120, 30).rowText(0).contains("alice (管理员,经办人)"), "roles shown in full when there is room")
    }

    func testEnglishCatalog() throws {
        let h = try Harness(language: .en)
        let grid = h.screen()
        Golden.check(grid, "home-80x24-en")
        XCTAssertTrue(grid.text.contains("Units & partners"))
        XCTAssertFalse(grid.text.contains("单位与共建方"))
    }

    func testTooSmallNoticeAndRecovery() throws {
        let h = try Harness()
        let small = h.screen(79, 24)
        Golden.check(small, "too-small-79x24")
        XCTAssertTrue(small.text.contains("终端太小（需要 80×24）"))
        XCTAssertTrue(h.screen(80, 23).text.contains("终端太小"))
        XCTAssertFalse(h.screen(80, 24).text.contains("终端太小"))
    }

    /// Every area of the home menu opens a screen of its own for an admin and clerk, and Esc
    /// comes back home.
    func testEveryAreaOpensItsScreen() throws {
        let h = try Harness()
        for area in DeskArea.allCases where DeskAccess.allows(area, h.app.ctx.roles) {
            h.press(.char(area.shortcut))
            XCTAssertFalse(h.app.top is HomeScreen, "\(area) did not open")
            if area != .myScores {   // for a non-reviewer 我的评分 opens the submitted sheets by subject
                XCTAssertTrue(h.screen().text.contains(h.app.ctx.catalog.areaName(area)), "\(area)")
            }
            h.press(.escape)
            XCTAssertTrue(h.app.top is HomeScreen, "\(area): Esc did not come home")
        }
    }

    func testHelpShowsTheKeysOfTheScreen() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("?"))
        let text = h.screen().text
        XCTAssertTrue(text.contains("“单位与共建方”的按键"))
        XCTAssertTrue(text.contains("选择排序列；再选同一列则反向"))
        h.press(.end)   // the keys scroll when they do not fit
        let end = h.screen().text
        XCTAssertTrue(end.contains("Ctrl-R"), end)
        // "Q Ctrl-Q 退出" once, Ctrl-C "立即退出", and the hint bar: Q and Ctrl-Q are not repeated.
        XCTAssertEqual(end.components(separatedBy: "退出").count - 1, 3, end)
        h.press(.char("?"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
    }

    func testKeyHintBarIsAlwaysThereAndCursorOnSelection() throws {
        let h = try Harness()
        try h.addUnit("柳州甲公司", code: Harness.code("91450200MA5L00001"))
        h.press(.char(DeskArea.unitsPartners.shortcut))
        let grid = h.screen()
        XCTAssertTrue(grid.rowText(23).contains("Enter 打开"))
        let cursor = try XCTUnwrap(grid.cursor)
        XCTAssertTrue(grid.rowText(cursor.row).contains("柳州甲公司"))
    }

    func testAmbiguousWideKeepsRowsInsideTheScreen() throws {
        let h = try Harness(ambiguousWide: true)
        let grid = h.screen()
        XCTAssertTrue(grid.rowText(0).contains("stationdesk"))
        for r in 0..<grid.height { XCTAssertLessThanOrEqual(DisplayWidth.of(grid.rowText(r), ambiguousWide: true), 80) }
    }

    func testADayChangeWhileOpenMovesTheTitleBarOn() throws {
        var now = Harness.today
        let h = try Harness(clock: { now }, policyOn: { $0 > CivilDate("2026-03-02")! ? .continued(until: CivilDate("2025-12-31")!) : .expired(until: CivilDate("2025-12-31")!) })
        XCTAssertTrue(h.screen(120, 30).rowText(0).contains("2026-03-02"))
        now = CivilDate("2026-03-03")!
        h.app.tick()
        let title = h.screen(120, 30).rowText(0)
        XCTAssertTrue(title.contains("2026-03-03"), title)
        XCTAssertTrue(title.contains("已过期 2025-12-31，临时继续执行"), title)
    }

    func testErrorsCarryAMarkNotOnlyAColour() throws {
        let h = try Harness()
        h.press(.char("u"))
        XCTAssertTrue(h.screen().rowText(22).hasPrefix(" ✗ "), h.screen().rowText(22))
    }
}
