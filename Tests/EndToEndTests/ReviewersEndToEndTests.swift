import Foundation
import XCTest
import StationDomain
import StationExchange
import StationStore

/// Reviewers at a real terminal (tmux, 80×24), on a store seeded with the demo's records and
/// reviewers: (1) a reviewer — here the admin's `--as` — fills a sheet in Chinese, types a score
/// out of range and is refused, leaves with the draft saved, comes back and submits; (2) a
/// reviewer tries the units area and another reviewer's draft and is refused; (3) a clerk
/// reopens a submitted sheet with a reason and the reviewer sees why.
final class ReviewersEndToEndTests: XCTestCase {
    var data = ""
    var me = ""

    override func setUpWithError() throws {
        data = NSTemporaryDirectory() + "stationdesk-e2e-reviews-\(UUID().uuidString.prefix(8))"
        // The test's login is the store's first admin (and clerk), as the program's first run makes it.
        let db = try AppDatabase.open(folder: data)
        me = LoginIdentity.current()
        try db.ensureFirstAdmin(me)
        let share = ShareDirectory(path: Binary.packageRoot.appendingPathComponent("data").path)
        try DemoData.seed(into: db, sampleFolder: share.path + "/sample", by: me)
        try DemoReviews.seed(into: db, share: share, by: me, today: ReviewersEndToEndTests.today())
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: data) }

    static func today() -> CivilDate {
        CivilDate(dayNumber: Int((Date().timeIntervalSince1970 + 8 * 3600) / 86_400))
    }

    /// The program in a terminal of 80×24 (wider for a command line whose message must not wrap).
    func start(_ extra: [String]) throws -> TmuxTerminal {
        try TmuxTerminal.stationdesk(extra + ["--data", data], ready: nil)
    }

    /// Runs a command-line subcommand (not in a terminal) and collects its output.
    func cli(_ args: [String]) throws -> DomainCommandsTests.Run {
        try DomainCommandsTests.run(args + ["--data", data], binary: try Binary.stationdesk(), env: ["HOME": NSTemporaryDirectory()])
    }

    /// The row of the screen holding `text`.
    func line(_ screen: String, _ text: String) -> String {
        screen.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
    }

    func testReviewerFillsRefusedSavesQuitsReturnsAndSubmits() throws {
        var t = try start(["--as", "zhangwei"])
        try t.waitFor(text: "zhangwei〔\(me)代〕")
        try t.type("8")
        var screen = try t.waitFor("the university sheet, new") { self.line($0, "华东虚构理工大学").contains("待评") }
        XCTAssertTrue(screen.contains("待完成 3 / 共 4 份"), screen)
        try t.press("Down", "Down", "Enter")
        try t.waitFor(text: "年度评价表（高校院所类）")
        try t.type("c")
        try t.type("成果转化三项，合同齐全")
        try t.press("Enter")
        try t.type("24")
        try t.press("Enter")
        try t.type("22")
        try t.press("Enter")
        try t.type("30")
        try t.waitFor(text: "超出范围，应为 0–20")
        try t.press("Enter")
        try t.waitFor(text: "“毕业生推荐”未记下")
        try t.press("BSpace", "BSpace")
        try t.type("18")
        try t.press("Enter")
        try t.waitFor(text: "已评 3/5 项")
        try t.press("Escape")
        try t.waitFor(text: "草稿已保存")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")

        t = try start(["--as", "zhangwei"])
        try t.waitFor(text: "主菜单")
        try t.type("8")
        screen = try t.waitFor("the university sheet, a draft now") { self.line($0, "华东虚构理工大学").contains("草稿") }
        try t.press("Down", "Down", "Enter")
        screen = try t.waitFor(text: "已评 3/5 项")
        XCTAssertTrue(screen.contains("成果转化三项，合同齐全"), screen)
        try t.type("17")
        try t.press("Enter")
        try t.type("9")
        try t.press("Enter")
        try t.type("总体良好")
        try t.press("F2")
        try t.waitFor(text: "总分 90 / 100")
        try t.type("y")
        try t.waitFor(text: "已提交评分表：总分 90 / 100")
        try t.waitFor("the university sheet, submitted") { self.line($0, "华东虚构理工大学").contains("已提交") }
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")

        let db = try AppDatabase.open(folder: data)
        let entries = try db.journal(limit: 50)
        XCTAssertEqual(entries.filter { $0.command == "act-as" }.count, 2, "each --as session is journalled")
        XCTAssertTrue(entries.contains { $0.command == "act-as" && $0.user == me && $0.summary == "\(me) → zhangwei" })
        let submit = try XCTUnwrap(entries.first { $0.command == "sheet-submit" })
        XCTAssertEqual(submit.user, "zhangwei")
        let sheet = try XCTUnwrap(db.mySheets("zhangwei").first { $0.subject.name.hasPrefix("华东虚构理工大学") })
        XCTAssertEqual(sheet.sheet.comment, "总体良好")
        XCTAssertEqual(sheet.sheet.notes["results_transferred"], "成果转化三项，合同齐全")
    }

    /// Opens zhangwei's university sheet (the third row of his list) and waits for `scored` lines.
    func openUniversitySheet(_ t: TmuxTerminal, scored: Int) throws -> String {
        try t.waitFor(text: "主菜单")
        try t.type("8")
        try t.waitFor("his list") { self.line($0, "华东虚构理工大学").contains("待评") || self.line($0, "华东虚构理工大学").contains("草稿") }
        try t.press("Down", "Down", "Enter")
        return try t.waitFor(text: "已评 \(scored)/5 项")
    }

    /// A crash (kill -9) or a dropped ssh link (SIGHUP) in the middle of a sheet loses at most
    /// the line being typed: every line entered is in the draft when the reviewer comes back.
    func testACrashOrADroppedLinkLosesOnlyTheLineBeingTyped() throws {
        var t = try start(["--as", "zhangwei"])
        _ = try openUniversitySheet(t, scored: 0)
        try t.type("24")
        try t.press("Enter")
        try t.type("22")
        try t.press("Enter")
        try t.waitFor(text: "已评 2/5 项")
        try t.type("19")                                  // typed, not entered
        try t.waitFor("19 on its line") { self.line($0, "毕业生推荐").contains("19") }
        XCTAssertEqual(kill(try t.programPid(), SIGKILL), 0)
        XCTAssertEqual(try t.waitForExit(), "137")

        t = try start(["--as", "zhangwei"])
        var screen = try openUniversitySheet(t, scored: 2)
        XCTAssertTrue(line(screen, "成果转化").contains("24") && line(screen, "人才项目").contains("22"), screen)
        XCTAssertFalse(line(screen, "毕业生推荐").contains("19"), "the line being typed is the one lost")
        try t.type("18")
        try t.press("Enter")
        try t.waitFor(text: "已评 3/5 项")
        try t.type("7")
        XCTAssertEqual(kill(try t.programPid(), SIGHUP), 0)
        _ = try t.waitForExit()

        t = try start(["--as", "zhangwei"])
        screen = try openUniversitySheet(t, scored: 3)
        XCTAssertTrue(line(screen, "毕业生推荐").contains("18"), screen)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        let db = try AppDatabase.open(folder: data)
        let mine = try XCTUnwrap(db.mySheets("zhangwei").first { $0.subject.name.hasPrefix("华东虚构理工大学") })
        XCTAssertEqual(try db.sheet(mine.sheet.id!, viewer: "zhangwei").draft?.scores.count, 3)
    }

    func testReviewerIsRefusedTheUnitsAreaAndAnotherReviewersDraft() throws {
        // lina has a draft on a sheet of her own.
        let db = try AppDatabase.open(folder: data)
        let evaluation = try XCTUnwrap(db.reviewSubjects(viewer: me).first { $0.assigned == 1 }?.subject)
        let form = try XCTUnwrap(ShareDirectory(path: Binary.packageRoot.appendingPathComponent("data").path).policyBook().policies.last?
            .form(for: .evaluation, type: evaluation.stationType))
        let draft = try db.perform(AssignSheet(.evaluation, evaluation.id, to: "lina", form: form, deadline: nil), by: me)
        try db.perform(SaveDraft(SheetDraft(sheetId: draft.id!, scores: [form.criteria[0].key: 3])), by: "lina")

        let t = try start(["--as", "zhangwei"])
        try t.waitFor(text: "主菜单")
        try t.type("7")
        try t.waitFor(text: "“单位与共建方”不对评审专家开放")
        try t.type("6")
        try t.waitFor(text: "“人才”不对评审专家开放")
        let screen = try t.capture()
        XCTAssertFalse(screen.contains("[设站单位]"), screen)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")

        // Another reviewer's draft, asked for by number: refused for the reviewer, and for a clerk too.
        for extra in [["--as", "zhangwei"], []] {
            let run = try cli(["sheet", "show", "\(draft.id!)"] + extra)
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.err.contains("无权查看评分表 #\(draft.id!)"), run.err)
            XCTAssertEqual(run.out, "")
        }
        let own = try cli(["sheet", "list", "--as", "lina"])
        XCTAssertTrue(own.out.contains("#\(draft.id!)\tdraft"), own.out)
        XCTAssertEqual(try db.sheet(draft.id!, viewer: "lina").draft?.scores.count, 1, "her draft is untouched")
    }

    func testClerkReopensASubmittedSheetWithAReasonTheReviewerSees() throws {
        var t = try start([])
        try t.waitFor(text: "主菜单")
        try t.type("8")
        var screen = try t.waitFor(text: "81.33")   // the five-sheet subject's row is drawn
        let rows = screen.split(separator: "\n").filter { $0.contains("年评估") }
        let i = try XCTUnwrap(rows.firstIndex { $0.contains("81.33") })
        for _ in 0..<i { try t.press("Down") }
        try t.press("Enter")
        screen = try t.waitFor(text: "去掉一个最高分和一个最低分后平均 81.33")
        XCTAssertTrue(line(screen, "陈静").contains("离群"), screen)
        try t.type("r")
        try t.waitFor(text: "退回 王芳 的评分表，理由：")
        try t.type("第4项与佐证材料不符，请复核")
        try t.press("Enter")
        screen = try t.waitFor(text: "已退回 王芳 的评分表")
        XCTAssertTrue(line(screen, "王芳").contains("不计入：已退回"), screen)
        XCTAssertTrue(screen.contains("计入 4 / 共 5 份"), screen)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")

        t = try start(["--as", "wangfang"])
        try t.waitFor(text: "主菜单")
        try t.type("8")
        screen = try t.waitFor(text: "经办人退回，理由：第4项与佐证材料不符，请复核")
        XCTAssertTrue(screen.contains("已退回"), screen)
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        let entries = try AppDatabase.open(folder: data).journal(limit: 5)
        XCTAssertTrue(entries.contains { $0.command == "sheet-reopen" && $0.user == me && $0.summary.contains("第4项与佐证材料不符") })
    }

    /// Reads of the whole programme on the command line — everyone's journal, export, report,
    /// verify, anchor, backup — as every role: a clerk, approver or admin reads; a reviewer, or a
    /// login holding no role, is refused in plain words with nothing printed, and `log` shows
    /// them their own changes only (never another reviewer's submitted scores).
    func testCommandLineReadsOfTheWholeProgrammeAreForStaffOnly() throws {
        let db = try AppDatabase.open(folder: data)
        try db.save(User(login: "keeper", roles: [.admin]), replacing: nil, by: me)
        let outside = NSTemporaryDirectory() + "stationdesk-e2e-reads-\(UUID().uuidString.prefix(8))"
        XCTAssertEqual(mkdir(outside, 0o700), 0)
        defer { try? FileManager.default.removeItem(atPath: outside) }
        let roleSets: [(String, Set<Role>)] = [("clerk", [.clerk]), ("approver", [.approver]), ("admin", [.admin]),
                                               ("reviewer", [.reviewer]), ("none", [])]
        for (name, roles) in roleSets {
            let mine = try XCTUnwrap(db.user(me))
            var changed = mine
            changed.roles = roles
            try db.save(changed, replacing: mine, by: "keeper")
            let staff = !roles.isDisjoint(with: [.clerk, .approver, .admin])
            let reads = [["export", "units"], ["report", "roster"], ["verify"],
                         ["anchor", outside + "/anchor-\(name)"], ["backup", outside + "/backup-\(name).sqlite"]]
            for command in reads {
                let run = try cli(command)
                if staff {
                    XCTAssertEqual(run.status, 0, "\(name) \(command): \(run.err)")
                    XCTAssertFalse(run.out.isEmpty, "\(name) \(command)")
                } else {
                    XCTAssertEqual(run.status, 1, "\(name) \(command)")
                    XCTAssertTrue(run.err.contains("\(me) 不是经办人、审定或管理员：评审专家只能查看分配给自己的评分表和自己的修改"),
                                  "\(name) \(command): \(run.err)")
                    XCTAssertEqual(run.out, "", "\(name) \(command): nothing printed")
                }
            }
            XCTAssertEqual(FileManager.default.fileExists(atPath: outside + "/backup-\(name).sqlite"), staff, name)
            let log = try cli(["log", "--limit", "1000", "--changes"])
            XCTAssertEqual(log.status, 0, "\(name): \(log.err)")
            let users = log.out.split(separator: "\n").filter { $0.hasPrefix("#") }.map { $0.components(separatedBy: "  ")[2] }
            XCTAssertTrue(users.contains(me), "\(name): their own entries are there")
            if staff {
                XCTAssertTrue(users.contains("zhangwei") && users.contains("keeper"), "\(name): everyone's entries")
            } else {
                XCTAssertEqual(Set(users), [me], "\(name): their own entries only")
                XCTAssertFalse(log.out.contains("sheet-submit"), "\(name): no reviewer's submitted scores")
            }
        }
    }

    func testAsIsRefusedForAnyoneButAnAdmin() throws {
        let db = try AppDatabase.open(folder: data)
        // The test's login stops being an admin: --as is then refused, nothing opens.
        try db.save(User(login: "keeper", roles: [.admin]), replacing: nil, by: me)
        let mine = try XCTUnwrap(db.user(me))
        var demoted = mine
        demoted.roles = [.clerk]
        try db.save(demoted, replacing: mine, by: me)
        // In a terminal (the check comes after the terminal check), its message kept in a file.
        let errors = data + ".stderr"
        defer { unlink(errors) }
        let t = try TmuxTerminal(["/bin/sh", "-c", "exec \"$0\" --as zhangwei --data \"$1\" 2>\"$2\"", try Binary.stationdesk(), data, errors],
                                 environment: TmuxTerminal.environment())
        XCTAssertEqual(try t.waitForExit(), "1")
        let said = try String(contentsOfFile: errors, encoding: .utf8)
        XCTAssertTrue(said.contains("仅管理员可以这样做"), said)
        XCTAssertFalse(try db.journal(limit: 5).contains { $0.command == "act-as" })
    }
}
