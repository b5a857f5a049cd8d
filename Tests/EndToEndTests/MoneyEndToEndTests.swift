import Foundation
import XCTest
import StationDomain

/// Issue 14 at the terminal, as the Bureau's staff would do it, in tmux at 80×24 on a store set
/// up through the command line (the test's login is the first admin: admin, clerk and approver):
/// (1) a station through two unqualified evaluation years to its revocation, with the letter;
/// (2) an A year to a subsidy paid in two payments, then undo of the second payment;
/// (3) a decision late in 2026 whose due date lies past the working-day table, marked provisional.
final class MoneyEndToEndTests: XCTestCase {
    var data = ""
    var files = ""

    override func setUpWithError() throws {
        data = NSTemporaryDirectory() + "money-e2e-\(UUID().uuidString.prefix(8))"
        files = data + "-csv"
        try FileManager.default.createDirectory(atPath: files, withIntermediateDirectories: true)
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: data)
        try? FileManager.default.removeItem(atPath: files)
    }

    @discardableResult
    func cli(_ args: [String], store: Bool = true) throws -> DomainCommandsTests.Run {
        let run = try DomainCommandsTests.run(args + (store ? ["--data", data] : []), binary: try Binary.stationdesk())
        XCTAssertEqual(run.status, 0, "\(args): \(run.err)")
        return run
    }

    /// Three stations signed 2023-03-15 (甲, 乙) and 2024-06-01 (丙), each with a head and a staff
    /// member; 甲 brings 2 enterprise talents a year, 乙 30 in its first year, 丙 12 in its second.
    func prepare() throws {
        try cli(["init"])
        let code1 = CreditCode.completing("91450200MA5L00001")!, code2 = CreditCode.completing("91450200MA5L00002")!
        let code3 = CreditCode.completing("91450200MA5L00003")!
        var talents = ["name,category,employer,employer_kind,introduced_on,station,note"]
        for i in 1...2 { talents.append("甲人才\(i),G,柳州甲企业有限公司,enterprise,2023-06-0\(i),甲端到端工作站,") }
        for i in 1...2 { talents.append("甲次年人才\(i),G,柳州甲企业有限公司,enterprise,2024-06-0\(i),甲端到端工作站,") }
        for i in 1...30 { talents.append("乙人才\(i),G,柳州乙企业有限公司,enterprise,2023-07-\(String(format: "%02d", i)),乙端到端工作站,") }
        talents.append("乙医院人才,A,柳州市某医院,institution,2023-07-01,乙端到端工作站,")
        for i in 1...12 { talents.append("丙人才\(i),G,柳州丙企业有限公司,enterprise,2025-07-\(String(format: "%02d", i)),丙端到端工作站,") }
        let csv: [(String, [String])] = [
            ("units", ["name,uscc,kind,address,contact",
                       "柳州甲端到端有限公司,\(code1),enterprise,柳州市,张工", "柳州乙端到端有限公司,\(code2),enterprise,柳州市,李工",
                       "柳州丙端到端有限公司,\(code3),enterprise,柳州市,王工"]),
            ("partners", ["name,kind,city,contact", "华东端到端大学,university,上海,王老师"]),
            ("stations", ["name,type,unit_uscc,partners,head,staff,agreement_date,status,ended_on",
                          "甲端到端工作站,university,\(code1),华东端到端大学,周一,李二,2023-03-15,active,",
                          "乙端到端工作站,university,\(code2),华东端到端大学,赵四,钱五,2023-03-15,active,",
                          "丙端到端工作站,university,\(code3),华东端到端大学,孙六,吴七,2024-06-01,active,"]),
            ("talents", talents),
        ]
        for (kind, lines) in csv {
            let path = files + "/\(kind).csv"
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: path))
            try cli(["import", kind, path])
        }
    }

    func start() throws -> TmuxTerminal { try TmuxTerminal.stationdesk(["--data", data]) }

    /// Esc until the main menu shows (a list with a filter takes two).
    func home(_ t: TmuxTerminal) throws {
        for _ in 0..<5 {
            if try t.capture().contains("主菜单") { return }
            try t.press("Escape")
            _ = try? t.waitFor("menu", timeout: 1) { $0.contains("主菜单") }
        }
        try t.waitFor(text: "主菜单")
    }

    /// The year a year view shows: the `◀ 2025年度 ▶` of its header (the second or third line).
    static func shownYear(_ screen: String) -> Int? {
        for line in screen.split(separator: "\n").prefix(3) {
            let chars = Array(line)
            for i in chars.indices where i >= 4 && chars[i] == "年" && i + 1 < chars.count && chars[i + 1] == "度" {
                if let y = Int(String(chars[(i - 4)..<i])) { return y }
            }
        }
        return nil
    }

    /// ← or → on a year view until its header names `year`.
    func goToYear(_ t: TmuxTerminal, _ year: Int) throws {
        for _ in 0..<8 {
            guard let shown = Self.shownYear(try t.capture()) else { _ = try? t.waitFor("header", timeout: 1) { Self.shownYear($0) != nil }; continue }
            if shown == year { return }
            try t.press(shown > year ? "Left" : "Right")
            _ = try? t.waitFor("year", timeout: 2) { Self.shownYear($0) != shown }
        }
        XCTAssertEqual(Self.shownYear(try t.capture()), year)
    }

    /// On the 年度评估 list of `year`: opens the year (confirmed), then the record of `station`.
    func openYear(_ t: TmuxTerminal, _ year: Int, station: String) throws {
        try goToYear(t, year)
        try t.type("o")
        try t.waitFor(text: "开启在\(year)年结束的评估年度的评估记录？")
        try t.type("y")
        try t.waitFor(text: "已开启\(year)年度评估")
        try t.pick(station)   // a filter kept from before is replaced
        try t.press("Enter")
        try t.waitFor(text: "状态：已开启，待评定")
    }

    /// `d` on an evaluation record: the Bureau's decision dated `date`.
    func decide(_ t: TmuxTerminal, date: String, reference: String) throws {
        try t.type("d")
        try t.waitFor(text: "决定日期")
        for _ in 0..<6 { try t.press("Tab") }
        try t.press("C-u")
        try t.type(date)
        try t.press("Tab")
        try t.type(reference)
        try t.press("F2")
        try t.waitFor(text: "已保存：评定等级")
    }

    func testTwoUnqualifiedYearsToRevocationWithTheLetter() throws {
        try prepare()
        let t = try start()
        try t.type("4")
        try t.waitFor(text: "年度评估")
        try openYear(t, 2024, station: "甲")
        var screen = try t.waitFor("year 1's record") { $0.contains("评估年度：2023-03-15 至 2024-03-14") && $0.contains("人数：计算 2 名") }
        try decide(t, date: "2024-04-01", reference: "柳科评〔2024〕1号")
        try t.waitFor(text: "已评定 不合格")
        try t.press("Escape")
        try openYear(t, 2025, station: "甲")
        try decide(t, date: "2025-04-01", reference: "柳科评〔2025〕1号")
        screen = try t.waitFor("the proposal and its key") { $0.contains("建议撤销：连续两年不合格（2024、2025）") && $0.contains("r 撤销设站资格") }
        try t.type("r")
        try t.waitFor(text: "决定日期")
        try t.press("C-u")
        try t.type("2025-04-30")
        try t.press("Tab")
        try t.type("柳科发〔2025〕12号")
        try t.press("F2")
        try t.waitFor(text: "已保存：撤销设站资格")
        try t.waitFor(text: "已撤销：2025-04-30，柳科发〔2025〕12号")
        try t.type("l")
        // Wait for the whole letter, not its first line: a frame half drawn shows the title over the record.
        screen = try t.waitFor("the letter") { $0.contains("关于撤销“甲端到端工作站”设站资格的函") && $0.contains("柳州甲端到端有限公司与华东端到端大学共建") }
        try t.press("End")
        screen = try t.waitFor("the announcement's end") { $0.contains("特此公告。") && $0.contains("柳州市科学技术局") && $0.contains("2025年4月30日") }
        XCTAssertFalse(screen.contains("计入的人才"), screen)
        // The station's name is marked from now on.
        try home(t)
        try t.type("3")
        try t.waitFor(text: "〔已撤销〕甲")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        XCTAssertTrue(try cli(["log", "--limit", "1"]).out.contains("station-revoke"))
    }

    func testAYearToASubsidyPaidTwiceThenTheSecondPaymentUndone() throws {
        try prepare()
        let t = try start()
        try t.type("4")
        try t.waitFor(text: "年度评估")
        try openYear(t, 2024, station: "乙")
        try t.waitFor("the count beside the talent not counted") { $0.contains("人数：计算 30 名") && $0.contains("事业单位及其他用人单位 1 名，不计入") }
        try decide(t, date: "2024-04-01", reference: "柳科评〔2024〕2号")
        try t.waitFor(text: "已评定 A")
        try home(t)
        try t.type("5")
        try t.waitFor(text: "2024年度 ▶")   // the latest year with a subsidy line
        try t.press("Enter")
        try t.waitFor(text: "核定金额 待核定")
        try t.type("m")
        try t.waitFor(text: "100000.00")
        try t.press("F2")
        try t.waitFor(text: "核定金额 ¥100,000.00")
        try t.type("p")
        try t.waitFor(text: "凭证号")
        try t.press("Tab")
        try t.press("C-u")
        try t.type("60000")
        try t.press("Tab")
        try t.type("拨付单001")
        try t.press("F2")
        try t.waitFor(text: "已拨付 ¥60,000.00")
        try t.type("p")
        try t.waitFor(text: "40000.00")   // what is still owed
        try t.press("F2")
        var screen = try t.waitFor("paid in full") { $0.contains("状态：已拨付") && $0.contains("已拨付 ¥100,000.00") }
        try t.type("u")
        // The whole final frame: the undo's message, the ledger and the state (partly paid and past its due date).
        screen = try t.waitFor("the second payment undone") {
            $0.contains("已撤销（Ctrl-R 重做）：拨付补助") && $0.contains("已拨付 ¥60,000.00") && $0.contains("状态：逾期") && $0.contains("拨付单001")
        }
        XCTAssertTrue(screen.contains("已拨付 ¥60,000.00　"), screen)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    func testADueDatePastTheWorkingDayTableIsProvisional() throws {
        try prepare()
        // A decision in 2026 needs the Measures continued (they expired 2025-12-31).
        try cli(["policy", "continue", "--from", "2026-01-01", "--reason", "新办法出台前原政策继续执行（端到端测试）"])
        let t = try start()
        try t.type("4")
        try t.waitFor(text: "年度评估")
        try openYear(t, 2026, station: "丙")
        try t.waitFor(text: "评估年度：2025-06-01 至 2026-05-31")
        try decide(t, date: "2026-11-30", reference: "柳科评〔2026〕1号")
        try t.waitFor(text: "已评定 C")
        try home(t)
        try t.type("5")
        try goToYear(t, 2026)
        // 60 working days after Monday 2026-11-30: 23 left in December, then 37 weekdays of 2027.
        try t.waitFor("the provisional mark and its legend") { $0.contains("2027-02-22*") && $0.contains("* 暂定") }
        try t.press("Enter")
        try t.waitFor("the line's provisional due date") {
            $0.contains("应付日期 2027-02-22（暂定）") && $0.contains("暂定：工作日表尚无2027年的节假日安排，只按周末计算")
        }
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        XCTAssertTrue(try cli(["workdays", "add", "2026-11-30", "60"], store: false).out.hasPrefix("2027-02-22 暂定"))
    }
}
