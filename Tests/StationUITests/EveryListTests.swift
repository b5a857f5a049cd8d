import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Issue 9: every list of the program has the same list keys — Space marks (the count on
/// screen), `/` filters with the first match selected and n / N between matches, `:N` selects
/// row N, `s` lists every column at 80×24, PgUp/PgDn/Home/End stop at the ends — opened on the
/// demo the way a user opens it.
final class EveryListTests: XCTestCase {
    func top(_ h: Harness) -> (any ListScreen)? { h.app.top as? any ListScreen }

    /// Checks the list keys on the list screen on top of `h`.
    func checkListKeys(_ h: Harness, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let screen = try XCTUnwrap(top(h), "\(name): \(type(of: h.app.top)) is not a list", file: file, line: line)
        let n = screen.list.shown.count
        guard n > 2 else { return XCTFail("\(name): the demo gives it \(n) rows", file: file, line: line) }
        func pos() -> Int? { top(h)?.list.selectedPosition }

        // s: every column can be chosen at 80×24 (one line, or a menu when they do not fit).
        h.press(.char("s"))
        let sortText = h.screen().text
        XCTAssertTrue(top(h)?.list.choosingSort ?? false, "\(name): s opens the sort choice", file: file, line: line)
        for (i, column) in screen.list.table.columns.enumerated() {
            XCTAssertTrue(sortText.contains("\(i + 1) \(column.title)") || sortText.contains("\(i + 1)  \(column.title)"),
                          "\(name): the sort choice lists \(i + 1) \(column.title)\n\(sortText)", file: file, line: line)
        }
        h.press(.escape)
        XCTAssertFalse(top(h)?.list.choosingSort ?? true, file: file, line: line)

        // Home End PgUp PgDn stop at the ends.
        h.press(.end)
        XCTAssertEqual(pos(), n - 1, "\(name): End", file: file, line: line)
        h.press(.pageDown, .down)
        XCTAssertEqual(pos(), n - 1, "\(name): PgDn stops at the end", file: file, line: line)
        h.press(.home)
        XCTAssertEqual(pos(), 0, "\(name): Home", file: file, line: line)
        h.press(.pageUp, .up)
        XCTAssertEqual(pos(), 0, "\(name): PgUp stops at the top", file: file, line: line)

        // Space marks and moves on; the count is on screen; Space again unmarks.
        h.press(.char(" "))
        XCTAssertEqual(top(h)?.list.markedCount, 1, "\(name): Space marks", file: file, line: line)
        XCTAssertEqual(pos(), 1, file: file, line: line)
        XCTAssertTrue(h.screen().text.contains("已标记 1"), "\(name): the mark count is shown\n\(h.screen().text)", file: file, line: line)
        h.press(.up, .char(" "))
        XCTAssertEqual(top(h)?.list.markedCount, 0, "\(name): Space unmarks", file: file, line: line)

        // :N selects row N of the list shown.
        h.press(.char(":")); h.type("\(n)"); h.press(.enter)
        XCTAssertEqual(pos(), n - 1, "\(name): :\(n) — \(h.messageText ?? "")", file: file, line: line)
        h.press(.char(":")); h.type("2"); h.press(.enter)
        XCTAssertEqual(pos(), 1, "\(name): :2", file: file, line: line)

        // / filters as you type; the first match is selected; n / N move between matches.
        let list = try XCTUnwrap(top(h)).list
        let query = list.rows[list.shown[n - 1]][0]
        h.press(.char("/")); h.type(query)
        XCTAssertEqual(top(h)?.list.filter.text, query, file: file, line: line)
        let found = try XCTUnwrap(top(h)).list
        XCTAssertGreaterThanOrEqual(found.shown.count, 1, "\(name): /\(query)", file: file, line: line)
        XCTAssertEqual(found.selectedPosition, 0, "\(name): the first match is selected", file: file, line: line)
        XCTAssertTrue(found.rows[found.shown[0]].contains { $0.contains(query) }, "\(name): /\(query)", file: file, line: line)
        h.press(.enter, .char("n"))
        XCTAssertEqual(pos(), found.shown.count > 1 ? 1 : 0, "\(name): n", file: file, line: line)
        h.press(.char("N"))
        XCTAssertEqual(pos(), 0, "\(name): N", file: file, line: line)
        h.press(.escape)
        XCTAssertEqual(top(h)?.list.shown.count, n, "\(name): Esc clears the filter", file: file, line: line)
    }

    func area(_ h: Harness, _ a: DeskArea) { h.press(.char(a.shortcut)) }

    func testTheAreaListsOfAClerk() throws {
        let h = try DemoFixture.harness(reviews: true, roles: [.clerk, .approver, .admin])
        for a in [DeskArea.stations, .evaluations, .subsidies, .talents, .unitsPartners, .myScores, .journal] {
            area(h, a)
            try checkListKeys(h, "\(a)")
            h.press(.escape)
            XCTAssertTrue(h.app.top is HomeScreen, "\(a): Esc comes home")
        }
        // The partners list of 单位与共建方, the settings lists.
        area(h, .unitsPartners)
        h.press(.tab)
        try checkListKeys(h, "partners")
        h.press(.escape)
        try h.db.write(command: "fixture ties", by: "root") { w in
            for (reviewer, unit) in zip(["chenjing", "lina"], try w.records(Unit.self).prefix(2)) {
                try w.insert(ReviewerTie(reviewer: reviewer, unitId: unit.id, note: "曾任顾问"))
            }
        }
        h.app.tick()
        area(h, .settings)
        for section in [SettingsScreen.Section.users, .ties] {
            h.app.apply(SettingsScreen.open(section, h.app.ctx))
            try checkListKeys(h, "\(section)")
            h.press(.escape)
        }
    }

    /// 申请 and its reviewer list; Space-marked reviewers are assigned as one command.
    func testTheApplicationsLists() throws {
        let h = try RoundFixture.harness()
        let made = try RoundFixture.seedReview(h)
        area(h, .applications)
        try checkListKeys(h, "applications")
        let app = try XCTUnwrap(made.apps["华东虚构理工大学柳州物流人才工作站"])
        h.press(.char("/")); h.type(app.proposedName); h.press(.enter)
        XCTAssertEqual((h.app.top as? ApplicationsScreen)?.selectedApplication?.id, app.id)
        h.press(.char("r"))
        try checkListKeys(h, "assign reviewers")
        let before = Set(try h.db.reviewSheets(application: app.id!).map(\.reviewer))
        let screen = try XCTUnwrap(h.app.top as? AssignReviewersScreen)
        let free = screen.logins.filter { !before.contains($0) }
        XCTAssertGreaterThanOrEqual(free.count, 2, "\(screen.logins) \(before)")
        for login in free.prefix(2) {
            h.press(.char("/")); h.type(login); h.press(.enter, .char(" "), .escape)
        }
        XCTAssertEqual((h.app.top as? AssignReviewersScreen)?.marked, Set(free.prefix(2)))
        h.press(.enter)
        XCTAssertEqual(Set(try h.db.reviewSheets(application: app.id!).map(\.reviewer)), before.union(free.prefix(2)), h.messageText ?? "")
    }

    /// A station record's talents tab is a list too; `d` with marks deletes every marked talent
    /// as one command and one undo brings them back; `e` takes one at a time and says so.
    func testAStationRecordsTalentsTab() throws {
        let h = try DemoFixture.harness()
        area(h, .stations)
        h.press(.enter)
        for _ in 0..<StationRecordScreen.Tab.talents.rawValue { h.press(.tab) }
        let record = try XCTUnwrap(h.app.top as? StationRecordScreen)
        XCTAssertEqual(record.tab, .talents)
        try checkListKeys(h, "station talents")
        h.press(.home, .char(" "), .char(" "))
        XCTAssertTrue(h.screen().text.contains("已标记 2"), h.screen().text)
        h.press(.char("e"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.oneAtATime(.char("e"), marked: 2))
        let before = try h.db.talents().count
        let entries = try h.db.journal(limit: 1000, beforeSequence: nil).count
        h.press(.char("d"))
        XCTAssertTrue(h.screen().text.contains("删除已标记的 2 条记录"), h.screen().text)
        h.press(.char("y"))
        XCTAssertEqual(try h.db.talents().count, before - 2)
        XCTAssertEqual(try h.db.journal(limit: 1000, beforeSequence: nil).count, entries + 1, "one journal entry")
        h.press(.char("u"))
        XCTAssertEqual(try h.db.talents().count, before, "one undo step")
        // On the details tab, :3 opens area 3 as on any screen without a list.
        h.press(.tab, .tab, .tab, .tab)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.tab, .details)
        h.press(.char(":")); h.type("3"); h.press(.enter)
        XCTAssertTrue(h.app.top is StationsScreen, "\(type(of: h.app.top)) \(h.messageText ?? "")")
    }

    /// The talents list: `d` with marks deletes them all as one command.
    func testMarkedTalentsDeletedAsOneCommand() throws {
        let h = try DemoFixture.harness()
        area(h, .talents)
        h.press(.char(" "), .char(" "), .char(" "))
        let before = try h.db.talents().count
        h.press(.char("e"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.oneAtATime(.char("e"), marked: 3))
        h.press(.char("d"))
        XCTAssertTrue(h.screen().text.contains("删除已标记的 3 条记录"), h.screen().text)
        h.press(.char("y"))
        XCTAssertEqual(try h.db.talents().count, before - 3, h.messageText ?? "")
        h.press(.char("u"))
        XCTAssertEqual(try h.db.talents().count, before)
    }

    /// Every record view pages with PgUp/PgDn/Home/End and stops at its ends: past the end the
    /// screen stays as it is (no blank page), and so before the top.
    func testRecordViewsStopAtTheirEnds() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        for a in [DeskArea.applications, .stations, .evaluations, .subsidies, .talents, .unitsPartners, .journal] {
            area(h, a)
            let list = "\(type(of: h.app.top))"
            h.press(.enter)
            XCTAssertNotEqual("\(type(of: h.app.top))", list, "\(a): Enter opens a record")
            let name = "\(a) › \(type(of: h.app.top))"
            let first = h.screen().text
            h.press(.end)
            let end = h.screen().text
            h.press(.pageDown); XCTAssertEqual(h.screen().text, end, "\(name): PgDn past the end")
            h.press(.down); XCTAssertEqual(h.screen().text, end, "\(name): ↓ past the end")
            XCTAssertTrue(end.split(separator: "\n").count > 4, "\(name): the last page is not blank\n\(end)")
            h.press(.home); XCTAssertEqual(h.screen().text, first, "\(name): Home")
            h.press(.pageUp); XCTAssertEqual(h.screen().text, first, "\(name): PgUp before the top")
            // Keys typed ahead of the next draw: End then PgDn ↓ ↑ (this overflowed and crashed).
            h.press(.end, .pageDown, .down, .up, .pageUp, .end)
            XCTAssertEqual(h.screen().text, end, "\(name): End after keys typed ahead")
            while !(h.app.top is HomeScreen) { h.press(.escape) }
        }
    }

    /// 待办 pages through its items with PgUp/PgDn and stops at the first and last.
    func testTodoPagesAndStops() throws {
        let h = try DemoFixture.harness()
        area(h, .todo)
        let todo = { h.app.top as? TodoScreen }
        _ = h.screen()
        let first = todo()?.selectedText
        h.press(.end)
        let last = todo()?.selectedText
        XCTAssertNotEqual(first, last, "the demo has several items")
        h.press(.home, .pageDown)
        _ = h.screen()
        XCTAssertNotEqual(todo()?.selectedText, first, "PgDn moves")
        for _ in 0..<20 { h.press(.pageDown) }
        XCTAssertEqual(todo()?.selectedText, last, "PgDn stops at the last item")
        for _ in 0..<20 { h.press(.pageUp) }
        XCTAssertEqual(todo()?.selectedText, first, "PgUp stops at the first item")
    }

    func testTheListsOfAReviewer() throws {
        let h = try DemoFixture.harness(as: "zhangwei", reviews: true)
        area(h, .myScores)
        XCTAssertTrue(h.app.top is MyScoresScreen)
        try checkListKeys(h, "my sheets")
    }
}
