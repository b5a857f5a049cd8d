import Foundation
import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

final class ImportScreenTests: XCTestCase {
    /// Units with five bad rows (six problems) of different kinds and one good row.
    static func badUnits() -> String {
        let good = Harness.code("91450200MA5L00001")
        var badCheck = Array(Harness.code("91450200MA5L00002"))
        badCheck[17] = badCheck[17] == "0" ? "1" : "0"
        return "name,uscc,kind,address,contact\n"
            + "好的单位,\(good),enterprise,柳州市,张三\n"
            + "校验码错的单位,\(String(badCheck)),enterprise,,\n"
            + ",\(Harness.code("91450200MA5L00003")),enterprise,,\n"
            + "类型错的单位,\(Harness.code("91450200MA5L00004")),company,,\n"
            + "好的单位,\(good),enterprise,,\n"
            + "少一列的单位,\(Harness.code("91450200MA5L00005")),enterprise\n"
    }

    static let partners = "name,kind,city,contact\n华东理工大学,university,上海,王老师\n西部材料研究院,institute,成都,\"张研究员, 028-1\"\n"

    /// Opens the import screen with a fixed working directory, so the screen is the same everywhere.
    func openImport(_ h: Harness, kind: ImportKind, cwd: String) {
        h.press(.char(DeskArea.unitsPartners.shortcut))
        h.app.apply([.push(ImportScreen(kind: kind, h.app.ctx, cwd: cwd))])
    }

    func testReachableFromUnitsPartnersAndTalentsAndStations() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("i"))
        XCTAssertEqual((h.app.top as? ImportScreen)?.kind, .units)
        h.press(.escape, .tab, .char("i"))
        XCTAssertEqual((h.app.top as? ImportScreen)?.kind, .partners, "the partners tab opens a partners import")
        h.press(.escape, .escape, .escape)
        XCTAssertTrue(h.app.top is HomeScreen)
        h.press(.char(DeskArea.talents.shortcut), .char("i"))
        XCTAssertEqual((h.app.top as? ImportScreen)?.kind, .talents)
        h.press(.escape, .escape, .char(DeskArea.stations.shortcut), .char("i"))
        XCTAssertEqual((h.app.top as? ImportScreen)?.kind, .stations)
        XCTAssertTrue(h.screen().text.contains("F2 Enter 检查文件"), "the hint bar says how to check")
    }

    func testFormAt80x24() throws {
        let h = try Harness()
        openImport(h, kind: .units, cwd: "/srv/desk")
        h.type("单位.csv")
        Golden.check(h.screen(), "import-form-80x24")
        // ← → on the kind field changes the kind and the columns shown.
        h.press(.up, .right)
        XCTAssertEqual((h.app.top as? ImportScreen)?.kind, .partners)
        XCTAssertTrue(h.screen().text.contains("列：name,kind,city,contact"))
    }

    func testCleanFileIsCheckedThenImportedAsOneUndoStep() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("partners.csv", Self.partners)
        openImport(h, kind: .partners, cwd: files.folder)
        h.type("partners.csv")                       // relative to the working directory
        h.press(.enter)
        let screen = try XCTUnwrap(h.app.top as? ImportScreen)
        guard case .ready(let report) = screen.stage else { return XCTFail("not ready: \(screen.stage)") }
        XCTAssertEqual(report.count, 2)
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual(try h.db.partners().count, 0, "the check writes nothing")
        Golden.check(h.screen(), "import-ready-80x24")
        let before = try h.db.journal(limit: 100).count
        h.press(.char("y"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, "back to the list")
        XCTAssertEqual(try h.db.partners().map(\.name).sorted(), ["华东理工大学", "西部材料研究院"])
        XCTAssertEqual(try h.db.partners().first { $0.name == "西部材料研究院" }?.contact, "张研究员, 028-1")
        XCTAssertEqual(h.messageText, "已导入 2 条共建方记录（partners.csv），作为一次操作保存；按 u 可撤销")
        XCTAssertEqual(try h.db.journal(limit: 100).count, before + 1, "one journal entry")
        let list = try XCTUnwrap(h.app.top as? UnitsPartnersScreen)
        XCTAssertEqual(list.tableName, "unit")
        h.press(.tab)
        XCTAssertEqual((h.app.top as? UnitsPartnersScreen)?.shownNames.count, 2, "the list shows them")
        h.press(.char("u"))
        XCTAssertEqual(try h.db.partners().count, 0, "one undo removes the whole import")
        XCTAssertTrue(h.messageText?.hasPrefix("已撤销（Ctrl-R 重做）：导入共建方“partners.csv”（2条）") == true, h.messageText ?? "")
    }

    func testBadRowsAreListedAsFileLineColumnAndNothingIsWritten() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("bad-units.csv", Self.badUnits())
        openImport(h, kind: .units, cwd: files.folder)
        h.type("bad-units.csv")
        h.press(.function(2))
        let screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.stage, .problems)
        XCTAssertEqual(screen.problems.map { String($0.prefix(while: { $0 != " " })) },
                       ["bad-units.csv:3:", "bad-units.csv:4:", "bad-units.csv:5:", "bad-units.csv:6:", "bad-units.csv:6:",
                        "bad-units.csv:7:"])
        XCTAssertTrue(screen.problems[0].hasPrefix("bad-units.csv:3: uscc: 校验码应为"), screen.problems[0])
        XCTAssertTrue(screen.problems[1].hasPrefix("bad-units.csv:4: name: "), screen.problems[1])
        XCTAssertTrue(screen.problems[2].hasPrefix("bad-units.csv:5: kind: “company”"), screen.problems[2])
        XCTAssertEqual(screen.problems[3], "bad-units.csv:6: name: 与第2行重复")
        XCTAssertEqual(h.messageText, "6 处问题，未导入任何记录")
        XCTAssertEqual(h.app.message?.isError, true)
        Golden.check(h.screen(), "import-problems-80x24")
        XCTAssertEqual(try h.db.units().count, 0, "nothing written")
        // Esc goes back to the form with the input kept, to check again after fixing the file.
        h.press(.escape)
        let form = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(form.stage, .asking)
        XCTAssertEqual(form.form.value("file"), "bad-units.csv")
        try files.write("bad-units.csv", "name,uscc,kind\n好的单位,\(Harness.code("91450200MA5L00001")),enterprise\n")
        h.press(.enter, .char("y"))
        XCTAssertEqual(try h.db.units().map(\.name), ["好的单位"])
    }

    func testManyProblemsScrollAndLongOnesWrap() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        var text = "name,kind,city,contact\n"
        for i in 1...40 { text += "柳州第\(i)共建方,university,柳州市,\n" }   // every one in Liuzhou (Art. 2)
        try files.write("p.csv", text)
        openImport(h, kind: .partners, cwd: files.folder)
        h.type("p.csv")
        h.press(.enter)
        let screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.problems.count, 40)
        XCTAssertTrue(h.screen().text.contains("p.csv:2: city: "))
        XCTAssertFalse(h.screen().text.contains("p.csv:41: "), "the last problem is below the fold")
        h.press(.end)
        let end = h.screen().text
        XCTAssertTrue(end.contains("p.csv:41: city: "), "End scrolls to the last problem")
        XCTAssertFalse(end.contains("p.csv:2: "))
        // Long problems are wrapped, not cut: every piece of the last one is on screen.
        let pieces = WrappedLines.wrap(screen.problems[39], width: 76)
        for piece in pieces { XCTAssertTrue(end.contains(piece.trimmingCharacters(in: .whitespaces)), piece) }
    }

    func testGB18030FileImportsWithoutMojibake() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        let text = "name,kind,city,contact\r\n华东虚构理工大学,university,上海,王老师\r\n岭南虚构研究院,institute,广州,“李”研究员\r\n"
        try files.write("gbk.csv", text, encoding: ExchangeFiles.gb18030)
        XCTAssertNil(String(data: try files.read(files.folder + "/gbk.csv"), encoding: .utf8), "really not UTF-8")
        openImport(h, kind: .partners, cwd: files.folder)
        h.type("gbk.csv")
        h.press(.enter)
        XCTAssertTrue(h.screen().text.contains("编码 GB18030"), h.screen().text)
        h.press(.char("y"))
        XCTAssertEqual(try h.db.partners().map(\.name).sorted(), ["华东虚构理工大学", "岭南虚构研究院"].sorted())
        XCTAssertEqual(try h.db.partners().first { $0.city == "广州" }?.contact, "“李”研究员")
    }

    func testUnreadableOrForeignEncodingKeepsTheFormAndSaysWhy() throws {
        let h = try Harness()
        let big5 = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("StationExchangeTests/Fixtures/partners-big5.csv").path
        openImport(h, kind: .partners, cwd: "/")
        h.type(big5)
        h.press(.enter)
        var screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.stage, .asking)
        XCTAssertEqual(screen.form.value("file"), big5, "input kept")
        let why = try XCTUnwrap(h.messageText)
        XCTAssertTrue(why.contains("GB18030") || why.contains("Big5") || why.contains("编码"), why)
        XCTAssertEqual(try h.db.partners().count, 0)
        h.press(.ctrl("u"))
        h.type("/nonexistent/p.csv")
        h.press(.enter)
        screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.stage, .asking)
        XCTAssertTrue(h.messageText?.contains("/nonexistent/p.csv: 无法读取文件") == true, h.messageText ?? "")
        XCTAssertTrue(h.screen().text.contains("✗ /nonexistent/p.csv"), "the reason is under the file field too")
    }

    func testHeaderProblemsAreListed() throws {
        let h = try Harness()
        let files = try ExchangeFiles()
        try files.write("h.csv", "name,kind,town\n某大学,university,上海\n")
        openImport(h, kind: .partners, cwd: files.folder)
        h.type("h.csv")
        h.press(.enter)
        let screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.stage, .problems)
        XCTAssertFalse(screen.problems.isEmpty)
        XCTAssertTrue(screen.problems.allSatisfy { $0.hasPrefix("h.csv:1: ") }, "\(screen.problems)")
        XCTAssertTrue(screen.problems.joined().contains("town"), "the unknown column is named")
    }

    func testEmptyFileNameIsRefusedOnTheField() throws {
        let h = try Harness()
        openImport(h, kind: .units, cwd: "/srv/desk")
        h.press(.enter)
        let screen = try XCTUnwrap(h.app.top as? ImportScreen)
        XCTAssertEqual(screen.form.errors["file"], "请输入文件路径")
        XCTAssertEqual(h.messageText, "文件：请输入文件路径")
    }

    func testOnlyAClerkMayImportButAnyoneMayCheck() throws {
        let h = try Harness()
        let alice = try XCTUnwrap(try h.db.user(Harness.user))
        var reviewer = alice
        reviewer.roles = [.reviewer]
        _ = try h.db.save(reviewer, replacing: alice, by: "root")
        let files = try ExchangeFiles()
        try files.write("partners.csv", Self.partners)
        openImport(h, kind: .partners, cwd: files.folder)
        h.type("partners.csv")
        h.press(.enter)
        guard case .ready = (h.app.top as? ImportScreen)?.stage else { return XCTFail("the check is open to anyone") }
        h.press(.char("y"))
        // The screen still believed alice a clerk (roles are re-read on the next change); the
        // store checked inside its transaction and refused.
        XCTAssertEqual(h.messageText, "须由“经办人”办理")
        h.app.tick()
        XCTAssertFalse(h.app.ctx.may(.imports), "after the next change the screens know too")
        XCTAssertEqual(try h.db.partners().count, 0)
    }

    func testWrappingKeepsLatinWordsWholeAndBreaksChineseAnywhere() {
        XCTAssertEqual(WrappedLines.wrap("check character should be 9, found 0", width: 20, indent: ""),
                       ["check character", "should be 9, found 0"])
        XCTAssertEqual(WrappedLines.wrap("abc defgh ijk", width: 9, indent: "  "), ["abc defgh", "  ijk"])
        XCTAssertEqual(WrappedLines.wrap("一二三四五", width: 8, indent: ""), ["一二三四", "五"])
        XCTAssertEqual(WrappedLines.wrap("a:1: 一二三四五六", width: 10, indent: "  "), ["a:1: 一二", "  三四五六"])
    }

    func testRelativePathsStartAtTheWorkingDirectory() {
        XCTAssertEqual(ExchangePath.resolve("a.csv", cwd: "/srv/desk", home: "/home/x"), "/srv/desk/a.csv")
        XCTAssertEqual(ExchangePath.resolve("../b/a.csv", cwd: "/srv/desk/", home: "/home/x"), "/srv/desk/../b/a.csv")
        XCTAssertEqual(ExchangePath.resolve("/tmp/a.csv", cwd: "/srv/desk", home: "/home/x"), "/tmp/a.csv")
        XCTAssertEqual(ExchangePath.resolve("~/a.csv", cwd: "/srv/desk", home: "/home/x"), "/home/x/a.csv")
        XCTAssertEqual(ExchangePath.defaultExport(.units, on: CivilDate("2026-11-27")!), "./units-2026-11-27.csv")
    }
}
