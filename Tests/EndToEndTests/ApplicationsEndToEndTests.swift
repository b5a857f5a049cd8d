import Foundation
import XCTest
import StationDomain

/// The applications round in the real binary, in a real terminal (tmux, 80×24), on the live
/// demo of today (issue 11): a renewal of a demo station signed and the station's next period
/// shown in 工作站; an objection upheld. Screens are awaited by content, never by sleeps.
final class ApplicationsEndToEndTests: XCTestCase {
    var dataFolder = ""

    override func setUpWithError() throws {
        dataFolder = NSTemporaryDirectory() + "stationdesk-e2e-apps-\(UUID().uuidString.prefix(8))"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dataFolder)
    }

    /// Today in China, as the program computes it.
    var today: CivilDate { CivilDate(dayNumber: Int((time(nil) + 8 * 3600) / 86_400)) }

    func demo() throws -> TmuxTerminal {
        let env = ["TERM": "tmux-256color", "HOME": NSTemporaryDirectory(), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
        let t = try TmuxTerminal([try Binary.stationdesk(), "--data", dataFolder, "--demo"], environment: env)
        try t.waitFor(text: "主菜单")
        try t.type("2")
        try t.waitFor(text: "年度评选")
        return t
    }

    /// Filters the applications list and waits until exactly the one row is left.
    func pick(_ t: TmuxTerminal, _ query: String, _ name: String) throws {
        try t.type("/")
        try t.type(query)
        try t.waitFor("only \(name)") { $0.contains("共 7 条") == false && $0.contains("1 / 7") }
        try t.press("Enter")
    }

    /// A renewal of a demo station: the leading group's decision, the notice, then the agreement
    /// (a refused step first: the agreement before the notice has run); the station continues
    /// with its next two-year period, no new station is set up.
    func testARenewalExtendsADemoStation() throws {
        let t = try demo()
        try pick(t, "yuegangao", "粤港澳")
        try t.type("t")
        try t.waitFor(text: "市委人才工作领导小组审定（须填文号或会议）")
        try t.press("Enter")
        try t.waitFor(text: "文号或会议 *")
        let approved = today.adding(days: -14)
        try t.press("C-u")
        try t.type(approved.description)
        try t.press("Tab")
        try t.type("市委人才工作领导小组第3次会议")
        try t.press("F2")
        try t.waitFor(text: "已办理：市委人才工作领导小组审定")

        // Published ten days ago: five working days have run by today. (Esc clears the filter
        // first: with a filter, n is the next match.)
        try t.press("Escape")
        try t.waitFor(text: "共 7 条")
        try t.type("n")
        try t.waitFor(text: "发布日期")
        try t.type("d")
        try t.press("C-u")
        try t.type(today.adding(days: -10).description)
        try t.press("Enter")
        try t.type("p")
        try t.waitFor(text: "已发布公示：1 份申请")
        try t.press("Escape")

        try t.type("t")
        let menu = try t.waitFor(text: "> 1 签订合作协议，设立工作站")
        // The notice is over: an objection can no longer be lodged, and the menu says why.
        XCTAssertTrue(menu.contains("✗ 登记异议") && menu.contains("不在公示期"), menu)
        try t.press("Enter")
        try t.waitFor(text: "聘书日期")
        // Dated before the notice ended: the store refuses it, naming the day.
        try t.press("C-u")
        try t.type(today.adding(days: -9).description)
        try t.press("F2")
        try t.waitFor(text: "尚未期满")
        try t.press("C-u")
        try t.type(today.description)
        try t.press("F2")
        try t.waitFor(text: "已办理：签订合作协议，设立工作站")

        // 工作站: still seven stations; the renewed one runs its next period.
        let old = today.adding(years: -2).adding(days: 60)
        let next = ManagementPeriod(agreementDate: old, years: 2).end.adding(days: 1)
        let end = ManagementPeriod(agreementDate: next, years: 2).end
        try t.press("Escape")
        try t.waitFor(text: "主菜单")
        try t.type("3")
        let stations = try t.waitFor("the stations list") { $0.contains("管理期至") && $0.contains("共 7 条") }
        let row = stations.split(separator: "\n").first { $0.contains("粤港澳") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains(next.description) && row.contains(end.description) && row.contains("运行中"), stations)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// An objection lodged during the notice, upheld by the approver: the application is
    /// rejected, and its record and history say so.
    func testAnObjectionUpheldRejectsTheApplication() throws {
        let t = try demo()
        try pick(t, "zhihuiwuliu", "智慧物流")
        try t.type("t")
        try t.waitFor(text: "异议成立，不予设立")
        try t.press("Down")
        try t.press("Enter")
        try t.waitFor(text: "理由 *")
        try t.press("Tab")
        try t.type("经核实，办公场所与申报材料不符，异议成立")
        try t.press("F2")
        try t.waitFor(text: "已办理：异议成立，不予设立（现为“不予设立”）")
        try t.press("Enter")
        try t.waitFor(text: "状态         不予设立")
        try t.press("End")
        let record = try t.waitFor(text: "成立，不予设立）")
        XCTAssertTrue(record.contains("异议：市民张某（实名来信）：办公场所与申报材料不符（\(today)"), record)
        try t.type("h")
        try t.waitFor(text: "\(today)  异议处理中 → 不予设立")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }
}
