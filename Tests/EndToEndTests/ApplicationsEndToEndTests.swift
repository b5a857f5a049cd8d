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

    /// The live demo, on 申请's list of the year's round (7 applications).
    func demo() throws -> TmuxTerminal {
        let t = try TmuxTerminal.stationdesk(["--data", dataFolder, "--demo"])
        try t.type("2")
        try t.waitFor(text: "年度评选")
        return t
    }

    /// A renewal of a demo station: the leading group's decision, the notice, then the agreement
    /// (a refused step first: the agreement before the notice has run); the station continues
    /// with its next two-year period, no new station is set up.
    func testARenewalExtendsADemoStation() throws {
        let t = try demo()
        try t.pick("yuegangao", of: 7)   // 粤港澳
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
        // The whole list drawn, its last row and the hint bar included (a frame half drawn over the
        // menu shows the header and the count before the rows).
        let stations = try t.waitFor("the stations list") {
            $0.contains("管理期至") && $0.contains("共 7 条") && $0.contains("粤港澳") && !$0.contains("主菜单") && !$0.contains("1-0 直达")
        }
        let row = stations.split(separator: "\n").first { $0.contains("粤港澳") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains(next.description) && row.contains(end.description) && row.contains("运行中"), stations)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// An objection lodged during the notice, upheld by the approver: the application is
    /// rejected, and its record and history say so.
    func testAnObjectionUpheldRejectsTheApplication() throws {
        let t = try demo()
        try t.pick("zhihuiwuliu", of: 7)   // 智慧物流
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

extension ApplicationsEndToEndTests {
    /// A new application from intake to a signed agreement at the terminal, the person playing
    /// clerk, reviewer and approver as the demo lets them: a submission refused with its reason
    /// (a material missing), then accepted; reviewed and scored in 我的评分; the shortlist
    /// confirmed; the Bureau's and the leading group's decisions; the notice; the agreement — after
    /// which the station is in 工作站 with its two-year period.
    func testANewApplicationFromIntakeToTheAgreement() throws {
        let t = try demo()
        let name = "华东虚构理工大学柳州工程机械人才工作站"
        try t.type("a")
        try t.waitFor(text: "第四条 设站条件")
        // Unit and partner picked by pinyin; the type follows the partner.
        try t.press("Enter"); try t.type("/"); try t.type("gcjx"); try t.press("Enter", "Enter")
        try t.waitFor(text: "柳州市虚构工程机械集团有限公司")
        try t.press("Tab", "Enter"); try t.type("/"); try t.type("huadong"); try t.press("Enter", "Enter")
        try t.waitFor(text: "工作站类型：高校院所类")
        try t.press("Tab", "Tab"); try t.type(name)
        try t.press("Tab"); try t.type("覃建国")
        try t.press("Tab"); try t.type("韦一、莫二")
        // Art. 4: 1–3 met (1 with its evidence), 4–6 for the reviewers.
        try t.press("Tab", "Space", "Tab"); try t.type("营业执照")
        try t.press("Tab", "Tab", "Space", "Tab", "Tab", "Tab", "Space", "Tab", "Tab")
        for _ in 4...6 { try t.press("Tab", "Left", "Tab", "Tab") }
        // Art. 6: five materials received today, the plan not yet.
        for _ in 1...5 { try t.press("Tab", "Space") }
        try t.press("F2")
        try t.waitFor(text: "已保存“\(name)”")

        // 受理 refused, with its reason.
        try t.type("t")
        let refused = try t.waitFor(text: "✗ 受理")
        XCTAssertTrue(refused.contains("第六条：材料“单位情况介绍及设站规划”未收到"), refused)
        try t.press("Escape")
        try t.type("e")
        try t.waitFor(text: "第六条 提交材料")
        try t.press("BTab", "Space", "F2")   // Shift-Tab from the first field: the last material
        try t.waitFor(text: "已保存“\(name)”")
        try step(t, "受理（材料齐全，提交第三方机构）", [])
        try step(t, "送专家评审", [])

        // The person (a reviewer too in the demo) is assigned and scores in 我的评分.
        try t.type("r")
        try t.waitFor(text: "分派评审专家")
        let me = try XCTUnwrap(try t.capture().split(separator: "\n").first.map(String.init)?
            .components(separatedBy: " (").first?.components(separatedBy: "   ").last?.trimmingCharacters(in: .whitespaces))
        try t.type("/"); try t.type(me); try t.press("Enter", "Enter")
        try t.waitFor(text: "已分派：\(me)")
        try t.press("Escape")
        try t.type("8")
        // Its one sheet, the only one this login has: selected.
        try t.waitFor("the one sheet") { $0.contains("共 1 份") && $0.contains(String(name.prefix(8))) }
        try t.press("Enter")
        try t.waitFor(text: "设站申请评审表")
        for score in ["15", "15", "10", "20", "20", "15", "5"] { try t.type(score); try t.press("Enter") }
        try t.press("F2")
        try t.waitFor(text: "总分 100 / 100")
        try t.type("y")
        try t.waitFor(text: "已提交评分表")
        try t.press("Escape", "Escape")
        try t.type("2")
        try t.waitFor(text: "年度评选")

        // The shortlist confirmed as one command.
        try t.type("l")
        try t.waitFor(text: "名额线")
        try t.type("c")
        try t.waitFor("the confirmation form") { $0.contains("确认\(self.today.year)") && $0.contains("日期 *") }
        try t.press("F2")
        try t.waitFor(text: "已确认初步名单")
        try t.press("Escape")
        try t.waitFor(text: "共 8 条")
        try t.pick("gcjx", of: 8)
        let today = self.today
        try step(t, "科技局审定", [today.adding(days: -13).description, "柳科发〔\(today.year)〕20号"])
        try step(t, "市委人才工作领导小组审定", [today.adding(days: -12).description, "市委人才工作领导小组会议"])
        try t.press("Escape")
        try t.waitFor(text: "共 8 条")
        try t.type("n")
        try t.waitFor(text: "发布日期")
        try t.type("d"); try t.press("C-u"); try t.type(today.adding(days: -10).description); try t.press("Enter")
        try t.type("p")
        try t.waitFor(text: "已发布公示：1 份申请")
        try t.press("Escape")
        try t.pick("gcjx", of: 8)
        try step(t, "签订合作协议，设立工作站", [])

        let end = ManagementPeriod(agreementDate: today, years: 2).end
        try t.press("Escape")
        try t.waitFor(text: "共 8 条")
        try t.press("Escape")
        try t.waitFor(text: "主菜单")
        try t.type("3")
        try t.waitFor("the stations list") { $0.contains("管理期至") && $0.contains("共 8 条") }
        // Its head is the one nobody else has: filtered by it, the new station's row alone.
        let stations = try t.filter("覃建国", shown: 1, of: 8)
        let row = stations.split(separator: "\n").first { $0.hasPrefix(">") }.map(String.init) ?? ""
        XCTAssertTrue(row.contains("华东虚构理工") && row.contains("高校") && row.contains(today.description)
                      && row.contains(end.description) && row.contains("运行中"), stations)
        try t.press("Enter")   // the filter kept, typing done: Q now quits
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// `t`, the allowed step named, its form filled field by field (the date first), F2.
    func step(_ t: TmuxTerminal, _ stepName: String, _ fields: [String]) throws {
        try t.type("t")
        let menu = try t.waitFor(text: "可办理的步骤")
        let line = menu.split(separator: "\n").first { $0.contains(stepName) && !$0.contains("✗") }.map(String.init) ?? ""
        guard let n = line.split(separator: " ").first(where: { Int($0) != nil }).flatMap({ Int($0) }) else {
            return XCTFail("\(stepName) not offered:\n\(menu)")
        }
        for _ in 1..<n { try t.press("Down") }
        try t.press("Enter")
        try t.waitFor(text: "F2 办理")
        for (i, value) in fields.enumerated() {
            if i > 0 { try t.press("Tab") }
            try t.press("C-u")
            try t.type(value)
        }
        try t.press("F2")
        try t.waitFor(text: "已办理：\(stepName)")
    }
}
