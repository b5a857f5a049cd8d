import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Issue 9 on the demo: golden screens at 80×24 and 200×60, marking with a one-command action,
/// the command line, keys that say why, Ctrl-C, paging of a journal entry.
final class ClerkListsTests: XCTestCase {
    func area(_ h: Harness, _ a: DeskArea) { h.press(.char(a.shortcut)) }

    // MARK: golden screens

    func testTalentsListAt200x60GivesTheRoomToCutColumns() throws {
        let h = try DemoFixture.harness()
        area(h, .talents)
        let grid = h.screen(200, 60)
        Golden.check(grid, "talents-list-200x60")
        // Every value of every column fits at 200 columns: nothing is cut.
        XCTAssertFalse(grid.text.split(separator: "\n").dropFirst(2).prefix(50).contains { $0.contains("…") }, grid.text)
    }

    /// A station whose name and unit are longer than the screen: the record wraps them under
    /// their labels, whole; so does a unit's record.
    func testStationRecordWithALongNameWrapsIt() throws {
        let h = try DemoFixture.harness(seed: false)
        let unitName = "广西壮族自治区柳州市虚构智能网联新能源汽车关键零部件与先进材料产业技术研究院有限责任公司"
        XCTAssertEqual(unitName.count, 44, "a name longer than 80 cells")
        let unit = try h.addUnit(unitName, code: Harness.code("91450200MA5L00001"))
        let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        let stationName = "虚构大学·广西壮族自治区柳州市虚构智能网联新能源汽车关键零部件与先进材料联合人才工作站"
        try h.db.write(command: "add stations", by: Harness.user) { j in
            _ = try j.insert(Station(name: stationName, type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                     head: "欧阳思远", staff: ["李四", "王五"], agreementDate: CivilDate("2025-05-01")!))
        }
        h.app.tick()
        area(h, .stations)
        h.press(.enter)
        let record = try XCTUnwrap(h.app.top as? StationRecordScreen)
        XCTAssertEqual(record.station.name, stationName)
        let small = h.screen()
        Golden.check(small, "station-record-long-name-80x24")
        Golden.check(h.screen(200, 60), "station-record-long-name-200x60")
        // The name's whole text is on screen at 80 columns, over two lines.
        let joined = small.text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(joined.contains(stationName), small.text)
        XCTAssertTrue(joined.contains(unitName), small.text)
        XCTAssertFalse(small.text.split(separator: "\n").dropFirst().contains { $0.contains("…") }, small.text)
        // The unit's own record: the name wraps under its label too.
        h.press(.escape, .escape)
        area(h, .unitsPartners)
        h.press(.enter)
        let unitScreen = h.screen()
        let unitJoined = unitScreen.text.split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(unitJoined.contains(unitName), unitScreen.text)
    }

    /// The records opened from 年度评估 and 补助 name their station in full at 80×24 (the title bar
    /// cuts it): the line wraps, nothing in the body is cut.
    func testEvaluationAndSubsidyRecordsShowTheWholeName() throws {
        let h = try DemoFixture.harness()
        for a in [DeskArea.evaluations, .subsidies] {
            area(h, a)
            let list = try XCTUnwrap((h.app.top as? any ListScreen)?.list)
            XCTAssertGreaterThan(list.shown.count, 0, "\(a)")
            for position in 0..<list.shown.count {
                let name = list.rows[list.shown[position]][0]
                h.press(.home)
                for _ in 0..<position { h.press(.down) }
                h.press(.enter)
                let grid = h.screen()
                let body = grid.text.split(separator: "\n").dropFirst().dropLast(3)
                XCTAssertTrue(body.map { $0.trimmingCharacters(in: .whitespaces) }.joined().contains(name), "\(a) \(name)\n\(grid.text)")
                XCTAssertFalse(body.contains { $0.contains("…") }, "\(a) \(name)\n\(grid.text)")
                h.press(.escape)
            }
            h.press(.escape)
        }
    }

    /// Seven columns do not fit one line at 80 columns: `s` opens a small menu listing all.
    func testSortMenuListsEveryColumn() throws {
        let h = try DemoFixture.harness()
        area(h, .stations)
        h.press(.char("s"))
        let grid = h.screen()
        Golden.check(grid, "sort-menu-80x24")
        for title in ["工作站", "类型", "设站单位", "站长", "协议日期", "管理期至", "状态"] {
            XCTAssertTrue(grid.text.contains(title), title)
        }
        h.press(.down, .down, .down, .down, .down, .enter)   // 管理期至
        XCTAssertEqual(h.messageText, "已按“管理期至”排列")
        let s = try XCTUnwrap(h.app.top as? StationsScreen)
        let ends = s.list.shown.map { s.list.rows[$0][5] }
        XCTAssertEqual(ends, ends.sorted())
        h.press(.char("s"), .char("7"))
        XCTAssertEqual(h.messageText, "已按“状态”排列")
        h.screen(200, 60)
        h.press(.char("s"))   // wide enough: one line
        let wide = h.screen(200, 60)
        Golden.check(wide, "sort-menu-200x60")
        XCTAssertTrue(wide.text.contains("1 工作站  2 类型  3 设站单位  4 站长  5 协议日期  6 管理期至  7 状态"), wide.text)
        h.press(.escape)
    }

    /// Space marks rows (a `*` of their own, the count in the status line); `d` deletes every
    /// marked row as one command, and one `u` brings them all back.
    func testMarkedSelectionIsOneCommand() throws {
        let h = try DemoFixture.harness(seed: false)
        for (i, name) in ["甲公司", "乙公司", "丙公司", "丁公司"].enumerated() {
            try h.addUnit(name, code: Harness.code("91450200MA5L0000\(i)"))
        }
        h.app.tick()
        area(h, .unitsPartners)
        h.press(.char(" "), .char(" "))   // Space marks and moves on: 丙, 丁 (pinyin order)
        let grid = h.screen()
        Golden.check(grid, "marked-selection-80x24")
        Golden.check(h.screen(200, 60), "marked-selection-200x60")
        XCTAssertTrue(grid.text.contains("共 4 条 · 已标记 2"))
        XCTAssertTrue(grid.rowText(3).hasPrefix(" *"), grid.rowText(3))
        let before = try h.db.journal(limit: 100, beforeSequence: nil).count
        h.press(.char("d"))
        XCTAssertTrue(h.screen().text.contains("删除已标记的 2 条记录"), h.screen().text)
        h.press(.char("y"))
        XCTAssertEqual(Set(try h.db.units().map(\.name)), ["甲公司", "乙公司"])
        XCTAssertEqual(try h.db.journal(limit: 100, beforeSequence: nil).count, before + 1, "one journal entry")
        XCTAssertTrue(h.screen().text.contains("共 2 条"), "marks of deleted rows are gone")
        h.press(.char("u"))
        XCTAssertEqual(try h.db.units().count, 4, "one undo step brings both back")
    }

    /// Esc on a list with marks asks before clearing them.
    func testEscWithMarksAsks() throws {
        let h = try DemoFixture.harness()
        area(h, .talents)
        h.press(.char(" "), .char(" "), .escape)
        XCTAssertTrue(h.app.top is TalentsScreen)
        XCTAssertTrue(h.screen().text.contains("取消全部 2 条标记？"))
        h.press(.char("n"))
        XCTAssertEqual((h.app.top as? TalentsScreen)?.list.markedCount, 2)
        h.press(.escape, .char("y"))
        XCTAssertEqual((h.app.top as? TalentsScreen)?.list.markedCount, 0)
        h.press(.escape)
        XCTAssertTrue(h.app.top is HomeScreen)
    }

    // MARK: command line

    func testCommandLineJumpsOpensAreasAndCompletes() throws {
        let h = try DemoFixture.harness()
        area(h, .talents)
        h.press(.char(":"))
        XCTAssertTrue(h.app.commandLineOpen)
        h.type("123")
        h.press(.enter)
        XCTAssertEqual((h.app.top as? TalentsScreen)?.list.selectedPosition, 122)
        h.press(.char(":")); h.type("99999"); h.press(.enter)
        XCTAssertTrue(h.messageText?.contains("没有第 99999 行") == true, h.messageText ?? "")
        // An area by name, by pinyin, by number (from a screen without a list).
        h.press(.char(":")); h.type("工作站"); h.press(.enter)
        XCTAssertTrue(h.app.top is StationsScreen)
        h.press(.char(":")); h.type("rz"); h.press(.enter)
        XCTAssertEqual(h.messageText, "“rz”可指：人才、日志，请多输入几个字", "才 is also read zai")
        h.press(.char(":")); h.type("rizhi"); h.press(.enter)
        XCTAssertTrue(h.app.top is JournalScreen)
        h.press(.escape, .escape, .escape)
        XCTAssertTrue(h.app.top is HomeScreen)
        h.press(.char(":")); h.type("7"); h.press(.enter)
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        // Tab completes a word; several candidates show on the hint bar.
        h.press(.char(":")); h.type("rep"); h.press(.tab)
        XCTAssertTrue(h.screen().rowText(22).contains(":report"), h.screen().rowText(22))
        h.type("a"); h.press(.tab)
        XCTAssertTrue(h.screen().rowText(22).contains(":report annual"), h.screen().rowText(22))
        h.press(.escape)
        XCTAssertFalse(h.app.commandLineOpen)
        // Unknown input says what is accepted.
        h.press(.char(":")); h.type("frobnicate"); h.press(.enter)
        let m = try XCTUnwrap(h.messageText)
        XCTAssertTrue(m.contains("不认识") && m.contains(":export") && m.contains(":report annual"), m)
    }

    func testCommandLineExportsTheListAndWritesAReport() throws {
        let h = try DemoFixture.harness()
        let folder = try TemporaryStores.folder(prefix: "widgets-cmd")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        area(h, .unitsPartners)
        h.press(.char("/")); h.type("liuzhou"); h.press(.enter)
        let shown = try XCTUnwrap(h.app.top as? UnitsPartnersScreen).shownNames.count
        h.press(.char(":")); h.type("export \(folder)/units.csv"); h.press(.enter)
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, "written at once: no dialog left open")
        let csv = try String(contentsOfFile: folder + "/units.csv", encoding: .utf8)
        XCTAssertEqual(csv.split(separator: "\r\n").count, shown + 1)
        h.press(.char(":")); h.type("report annual 2024 \(folder)/annual-2024.md"); h.press(.enter)
        XCTAssertEqual(h.messageText, "报表已写入 \(folder)/annual-2024.md")
        let report = try String(contentsOfFile: folder + "/annual-2024.md", encoding: .utf8)
        XCTAssertTrue(report.contains("2024"), report)
        h.press(.char(":")); h.type("report annual"); h.press(.enter)
        XCTAssertTrue(h.messageText?.contains("需要年份") == true, h.messageText ?? "")
    }

    // MARK: keys

    /// Every key the hint bar shows on an area's first screen does something there: it changes
    /// the screen or says something on the message line.
    func testNoKeyInAHintBarIsDead() throws {
        let h = try DemoFixture.harness(reviews: true, roles: [.clerk, .approver, .admin])
        for a in DeskArea.allCases {
            try checkHintKeys(h, "\(a)") { self.area(h, a) }
        }
        for section in SettingsScreen.Section.allCases where section.allows(h.app.ctx.roles) {
            try checkHintKeys(h, "\(section)") {
                self.area(h, .settings)
                h.app.apply(SettingsScreen.open(section, h.app.ctx))
            }
        }
        // 申请 with a round under review; 我的评分 as a reviewer.
        let round = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(round)
        try checkHintKeys(round, "applications in review") { self.area(round, .applications) }
        let reviewer = try DemoFixture.harness(as: "zhangwei", reviews: true)
        try checkHintKeys(reviewer, "my sheets") { self.area(reviewer, .myScores) }
        try checkHintKeys(reviewer, "my ties") { self.area(reviewer, .myScores); reviewer.press(.tab) }
    }

    /// Presses every key of the hint bar of the screen `open` shows (from home): each changes the
    /// screen or says something on the message line.
    func checkHintKeys(_ h: Harness, _ name: String, open: () -> Void) throws {
        open()
        let keys = h.app.top.hints(h.app.ctx).flatMap { hint -> [Key] in
            hint.key.split(separator: " ").compactMap { word -> Key? in
                switch word {
                case "Enter": return .enter
                case "Tab": return .tab
                case "Space": return .char(" ")
                case "←": return .left
                case "→": return .right
                case "q", "Q": return nil   // back and quit: tested elsewhere
                default:
                    // Single letters and signs (a e d t h / : ? l n o m p …); movement, Esc, F2: elsewhere.
                    guard word.count == 1, let ch = word.first, !ch.isNumber else { return nil }
                    return .char(ch)
                }
            }
        }
        XCTAssertFalse(keys.isEmpty, name)
        for key in keys {
            // The text and the cursor (a form's Tab moves only the cursor and the highlight).
            func look() -> String { let g = h.screen(); return g.text + "\(g.cursor)" }
            let before = look()
            h.press(key)
            let after = look()
            XCTAssertTrue(before != after || h.messageText != nil, "\(name): \(key.label) did nothing\n\(after)")
            // Back home, then to the screen again.
            for _ in 0..<8 where !(h.app.top is HomeScreen) {
                if h.app.commandLineOpen || h.app.top.isOverlay || h.app.top.capturesText { h.press(.escape) }
                if let l = h.app.top as? any ListScreen, l.list.isAsking || l.list.markedCount > 0 { h.press(.escape, .char("y")) }
                if h.app.top is ConfirmScreen { h.press(.char("n")) }
                h.press(.escape)
                if h.app.top is ConfirmScreen { h.press(.char("y")) }
            }
            if !(h.app.top is HomeScreen) { XCTFail("\(name): \(key.label) left \(type(of: h.app.top))"); return }
            open()
        }
        while !(h.app.top is HomeScreen) { h.press(.escape) }
    }

    /// Keys that do not apply say why on the message line.
    func testKeysThatDoNotApplySayWhy() throws {
        let h = try DemoFixture.harness()
        area(h, .talents)
        h.press(.char("a"))   // a clerk adds a talent (issue 12)
        XCTAssertTrue(h.app.top is CommandFormScreen<SaveTalent>)
        h.press(.escape)
        h.press(.char("t"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.noWorkflowHere)
        h.press(.char("n"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.keyNotHere(.char("n")))
        h.press(.char("h"))
        XCTAssertTrue(h.app.top is JournalScreen, "h on a talent: its history")
        h.press(.escape, .escape)
        area(h, .stations)
        h.press(.char("e"))
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.stationsEditWhy)
        h.press(.escape)
        h.press(.char("/"))   // on the home screen
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.keyNotHere(.char("/")))
    }

    /// Ctrl-C with typed input asks as Q does (a second Ctrl-C then quits); with none it quits.
    func testCtrlCAsksWhenAFormHoldsInput() throws {
        let h = try DemoFixture.harness(seed: false)
        area(h, .unitsPartners)
        h.press(.char("a"))
        h.type("柳州某某公司")
        h.press(.ctrl("c"))
        XCTAssertFalse(h.app.quitting)
        XCTAssertTrue(h.app.top is ConfirmScreen)
        h.press(.char("n"))
        XCTAssertEqual((h.app.top as? RecordFormScreen<UnitRecords>)?.form.value("name"), "柳州某某公司", "the input is kept")
        h.press(.ctrl("c"), .ctrl("c"))
        XCTAssertTrue(h.app.quitting)
        let plain = try DemoFixture.harness(seed: false)
        plain.press(.ctrl("c"))
        XCTAssertTrue(plain.app.quitting)
    }

    /// The title bar names the user's roles on every screen, shortened when space is short.
    func testRolesOnEveryScreen() throws {
        let h = try DemoFixture.harness(reviews: true)
        for a in DeskArea.allCases {
            area(h, a)
            XCTAssertTrue(h.screen().rowText(0).contains("管理员"), "\(a): " + h.screen().rowText(0))
            h.press(.enter)
            XCTAssertTrue(h.screen().rowText(0).contains("管理员"), "\(a) › Enter: " + h.screen().rowText(0))
            XCTAssertTrue(h.screen(200, 60).rowText(0).contains("(管理员,经办人)"), "\(a) › Enter: " + h.screen(200, 60).rowText(0))
            while !(h.app.top is HomeScreen) { h.press(.escape); if h.app.top is ConfirmScreen { h.press(.char("y")) } }
        }
    }

    // MARK: paging

    /// A journal entry longer than the screen: PgDn pages to its last line and stops there; End
    /// too; ↓ never scrolls onto a blank screen.
    func testJournalEntryPagesToItsLastLine() throws {
        let h = try DemoFixture.harness(seed: false)
        try h.db.write(command: "bench.seed", by: Harness.user) { w in
            for i in 0..<40 {
                _ = try w.insert(Unit(name: "柳州市第\(i)号公司", creditCode: Harness.code(String(format: "91450200MA5L%05d", i)),
                                      kind: .enterprise, address: "柳州市", contact: "联系人\(i)"))
            }
        }
        h.app.tick()
        area(h, .journal)
        h.press(.enter)
        XCTAssertEqual((h.app.top as? JournalEntryScreen)?.entry.command, "bench.seed")
        _ = h.screen()
        func pane() throws -> TextPane { try XCTUnwrap((h.app.top as? JournalEntryScreen)?.pane) }
        let count = try pane().displayLines.count
        XCTAssertGreaterThan(count, 100)
        var pages = 0
        while try pane().bottom < count - 1 && pages < 50 { h.press(.pageDown); _ = h.screen(); pages += 1 }
        XCTAssertEqual(try pane().bottom, count - 1)
        XCTAssertEqual(pages, Int((Double(count - 20) / 20).rounded(.up)), "a page at a time")
        let atEnd = h.screen().text
        // The last page is full: the row above the message line holds the entry's last line.
        let last = try pane().displayLines[count - 1]
        let rows = atEnd.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(rows[21].trimmingCharacters(in: .whitespaces), last.trimmingCharacters(in: .whitespaces), atEnd)
        h.press(.pageDown, .down, .down)
        XCTAssertEqual(h.screen().text, atEnd, "stops at the end")
        h.press(.home)
        _ = h.screen()
        XCTAssertEqual(try pane().top, 0)
        h.press(.char("G"))
        _ = h.screen()
        XCTAssertEqual(try pane().bottom, count - 1)
        h.press(.pageUp)
        _ = h.screen()
        XCTAssertEqual(try pane().bottom, count - 21)
        h.press(.end)
        XCTAssertEqual(h.screen().text, atEnd)
    }
}

extension ClerkListsTests {
    /// `/` inside a record finds a line (text or pinyin), n / N go on and wrap; Esc clears.
    func testSearchInsideARecord() throws {
        let h = try DemoFixture.harness()
        area(h, .stations)
        h.press(.enter)
        XCTAssertTrue(h.app.top is StationRecordScreen)
        h.press(.char("/"))
        XCTAssertTrue(h.app.top.capturesText)
        h.type("xyrq")   // 协议日期 by its initials
        let pane = try XCTUnwrap((h.app.top as? StationRecordScreen)?.detailPane)
        let first = try XCTUnwrap(pane.match, h.screen().text)
        XCTAssertTrue(pane.displayLines[first].contains("协议日期"), pane.displayLines[first])
        h.press(.enter)
        XCTAssertFalse(h.app.top.capturesText)
        h.press(.char("/"), .ctrl("u"))
        h.type("工作站")   // the heading, the name, 工作站类型
        h.press(.enter)
        let a = try XCTUnwrap((h.app.top as? StationRecordScreen)?.detailPane.match)
        h.press(.char("n"))
        let b = try XCTUnwrap((h.app.top as? StationRecordScreen)?.detailPane.match)
        XCTAssertNotEqual(a, b)
        h.press(.char("N"))
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.detailPane.match, a)
        h.press(.escape)
        XCTAssertNil((h.app.top as? StationRecordScreen)?.detailPane.match)
        XCTAssertTrue(h.app.top is StationRecordScreen, "the first Esc clears the search")
        h.press(.char("/"))
        h.type("qqqqxx")
        XCTAssertEqual(h.messageText, h.app.ctx.catalog.noMatchInText)
    }
}

extension ClerkListsTests {
    /// Dialogs are boxed with line-drawing characters, and with ASCII where East-Asian-ambiguous
    /// characters take two cells (`--ambiguous-wide`), so the frame stays one cell wide.
    func testDialogsAreBoxedAndASCIIWithAmbiguousWide() throws {
        for wide in [false, true] {
            let h = try DemoFixture.harness(seed: false, ambiguousWide: wide)
            try h.addUnit("柳州某某公司", code: Harness.code("91450200MA5L00001"))
            h.app.tick()
            area(h, .unitsPartners)
            h.press(.char("d"))
            XCTAssertTrue(h.app.top is ConfirmScreen)
            let text = h.screen().text
            if wide {
                XCTAssertTrue(text.contains("+----") && text.contains("|"), text)
                XCTAssertFalse(text.contains("┌") || text.contains("│"), text)
            } else {
                XCTAssertTrue(text.contains("┌────") && text.contains("│") && text.contains("┘"), text)
            }
        }
    }
}
