import Foundation
import XCTest

/// Issue 12 in the real binary, in a real terminal (tmux, 80×24): a head-change filing then its
/// undo; three talents marked and re-credited as one command, then one undo restoring all three;
/// a talent dated after its station's revocation, refused with the dates. Screens are awaited by
/// content, never by sleeps; a key after Esc waits for Esc's screen (a key right behind an Esc
/// can be read as Alt-key).
final class StationsEndToEndTests: XCTestCase {
    var folder = ""
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    var share: String { Self.root.appendingPathComponent("data").path }

    override func setUpWithError() throws {
        folder = NSTemporaryDirectory() + "stationdesk-e2e-stations-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: folder)
    }

    func demo() throws -> TmuxTerminal { try TmuxTerminal.stationdesk(["--data", folder + "/store", "--share", share, "--demo"]) }

    func testAHeadChangeFilingThenUndo() throws {
        let t = try demo()
        try t.type("3")
        try t.waitFor(text: "共 7 条")
        // 北方虚构交通大学柳州轨道交通人才工作站 (head 诸葛明远) first; the joint station with
        // 北方虚构交通大学 in its name matches too.
        try t.filter("beifang", shown: 2, of: 7)
        try t.press("Enter", "Enter")
        try t.waitFor(text: "[详情]")
        try t.press("Tab")
        try t.waitFor(text: "站长：诸葛明远")
        try t.type("a")
        try t.waitFor(text: "备案日期 *")
        try t.press("Down", "Down", "Down")
        try t.type("王新")
        try t.press("Down")
        try t.type("工作调动")
        try t.press("F2")
        let filed = try t.waitFor(text: "已备案")
        XCTAssertTrue(filed.contains("站长：王新"), filed)
        XCTAssertTrue(filed.contains("诸葛明远 → 王新"), filed)
        try t.type("u")
        let undone = try t.waitFor(text: "已撤销")
        XCTAssertTrue(undone.contains("站长：诸葛明远"), undone)
        XCTAssertFalse(undone.contains("→ 王新"), undone)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// Three of 长三角's talents marked with Space and re-credited to 粤港澳 as one command; one u
    /// brings all three back. (On the live demo 长三角 signed a year and 20 days ago and 粤港澳's
    /// period runs from two years ago less 60 days to 59 days on: every talent of 长三角 falls
    /// inside 粤港澳's life.)
    func testThreeMarkedTalentsRecreditedThenOneUndo() throws {
        let t = try demo()
        try t.type("6")
        let all = try t.waitFor("the talents") { $0.contains("人才") && (TmuxTerminal.rows($0)?.total ?? 0) > 0 }
        let total = try XCTUnwrap(TmuxTerminal.rows(all)).total
        let filtered = try t.filter("changsanjiao", shown: nil, of: total)
        try t.press("Enter")
        let count = try XCTUnwrap(TmuxTerminal.rows(filtered)).shown
        XCTAssertGreaterThan(count, 3, filtered)
        try t.type("s")
        try t.type("5")   // 引进日期
        try t.waitFor(text: "已按“引进日期”排列")
        try t.press("Home")
        try t.type(" ")
        try t.type(" ")
        try t.type(" ")
        try t.type("r")
        try t.waitFor(text: "把 3 名人才改记到")
        try t.type("/")
        try t.type("yuegangao")
        try t.press("Enter")
        try t.press("Enter")
        let moved = try t.waitFor(text: "已把 3 名人才改记到")
        XCTAssertTrue(moved.contains("粤港澳大湾区虚构人才服务中心柳州工作站"), moved)
        let after = try t.waitFor("three fewer") { TmuxTerminal.rows($0)?.shown == count - 3 }
        XCTAssertTrue(after.contains("/ \(total)"), after)
        try t.type("u")
        try t.waitFor(text: "已撤销")
        try t.waitFor("all three back") { TmuxTerminal.rows($0)?.shown == count }
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// A station imported as revoked on 2025-04-30 (agreement 2024-03-01): a talent dated
    /// 2025-06-01 credited to it is refused, naming the span, the input kept.
    func testATalentDatedAfterItsStationsRevocationIsRefusedWithTheDates() throws {
        let store = folder + "/store"
        let (made, said) = try Spawn.run([try Binary.stationdesk(), "init", "--data", store], outputPath: folder + "/out-init")
        XCTAssertEqual(made, 0, said)
        for kind in ["units", "partners"] {
            let (status, text) = try Spawn.run([try Binary.stationdesk(), "import", kind, share + "/sample/\(kind).csv", "--data", store],
                                               outputPath: folder + "/out-\(kind)")
            XCTAssertEqual(status, 0, text)
        }
        let stations = folder + "/stations.csv"
        try ("name,type,unit_uscc,partners,head,staff,agreement_date,status,ended_on\n"
             + "端到端撤销工作站,university,91450202MA5KX0A01R,华东虚构理工大学,甲某,乙某,2024-03-01,revoked,2025-04-30\n")
            .write(toFile: stations, atomically: true, encoding: .utf8)
        let (status, text) = try Spawn.run([try Binary.stationdesk(), "import", "stations", stations, "--data", store],
                                           outputPath: folder + "/out-stations")
        XCTAssertEqual(status, 0, text)

        let t = try TmuxTerminal.stationdesk(["--data", store, "--share", share])
        try t.type("6")
        try t.waitFor(text: "人才")
        try t.type("a")
        try t.waitFor(text: "姓名 *")
        try t.type("迟到者")
        try t.press("Down", "Down")
        try t.type("柳州某厂")
        try t.press("Down", "Down")
        try t.press("C-u")
        try t.type("2025-06-01")
        try t.press("Down")
        try t.type("端到端")
        try t.press("F2")
        // The field says the dates as they are typed already: wait for F2's own answer (未保存) too.
        let refused = try t.waitFor("F2 refused with the dates") { $0.contains("应在2024-03-01至2025-04-30之间（已撤销）") && $0.contains("未保存") }
        XCTAssertTrue(refused.contains("迟到者"), "the input is kept:\n\(refused)")
        try t.press("C-q")
        try t.waitFor(text: "仍要退出")
        try t.type("y")
        XCTAssertEqual(try t.waitForExit(), "0")
    }
}
