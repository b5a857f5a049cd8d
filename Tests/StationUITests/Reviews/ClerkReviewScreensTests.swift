import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// The aggregate as a clerk sees it, reopening a sheet with a reason the reviewer then sees,
/// and what each role is offered (every area, every settings section).
final class ClerkReviewScreensTests: XCTestCase {
    func aggregate(_ h: Harness) throws -> AggregateScreen {
        h.press(.char("8"))
        let subjects = try XCTUnwrap(h.app.top as? ReviewSubjectsScreen, h.messageText ?? "")
        let i = try XCTUnwrap(subjects.subjects.firstIndex { $0.submitted == 5 })
        // The list shows the subjects in its sort order (subject name, pinyin).
        let row = try XCTUnwrap(subjects.list.shown.firstIndex(of: i))
        for _ in 0..<row { h.press(.down) }
        Golden.check(h.screen(), "aggregates-list")
        h.press(.enter)
        return try XCTUnwrap(h.app.top as? AggregateScreen)
    }

    func testAggregateOfFiveSheetsWithAnOutlier() throws {
        let h = try DemoFixture.harness(reviews: true)
        let a = try aggregate(h)
        let agg = try XCTUnwrap(a.aggregation)
        XCTAssertEqual(agg.sheets.map(\.total), [Points(88), Points(84), Points(81), Points(79), Points(46)])
        XCTAssertTrue(agg.trimmed)
        XCTAssertEqual(agg.aggregate, Points(244, over: 3), "84, 81, 79 without the highest and the lowest")
        XCTAssertEqual(agg.sheets.filter(\.outlier).map(\.sheet.reviewer), ["chenjing"])
        let grid = h.screen()
        Golden.check(grid, "aggregate-five-outlier")
        XCTAssertTrue(grid.text.contains("离群"))
        XCTAssertTrue(grid.text.contains("去掉一个最高分和一个最低分后平均 81.33"), grid.text)
    }

    /// Someone holding every role (the demo's own login) with no sheet assigned comes to 8 for
    /// the aggregate: it opens there, the home menu says both; a reviewer with sheets who is also
    /// a clerk opens on their sheets.
    func testEveryRoleWithoutSheetsOpensOnTheAggregate() throws {
        let h = try DemoFixture.harness(reviews: true, roles: [.clerk, .reviewer, .approver, .admin])
        XCTAssertTrue(h.screen().text.contains("8  我的评分        分配给我的评分表，以及各评审的评分汇总"), h.screen().text)
        h.press(.char("8"))
        let mine = try XCTUnwrap(h.app.top as? MyScoresScreen)
        XCTAssertEqual(mine.tab, .aggregates)
        XCTAssertTrue(mine.sheets.isEmpty)
        let grid = h.screen().text
        XCTAssertTrue(grid.contains("[评分汇总]") && grid.contains("81.33"), grid)
        h.press(.tab)
        XCTAssertEqual((h.app.top as? MyScoresScreen)?.tab, .sheets, "Tab goes round to their own (empty) list")

        let r = try DemoFixture.harness(as: "zhangwei", reviews: true)
        let zhangwei = try XCTUnwrap(r.db.user("zhangwei"))
        var clerkToo = zhangwei
        clerkToo.roles = [.clerk, .reviewer]
        try r.db.save(clerkToo, replacing: zhangwei, by: "root")
        let both = App(context: r.app.ctx)   // the roles are read when the program starts
        both.handle(.char("8"))
        let his = try XCTUnwrap(both.top as? MyScoresScreen)
        XCTAssertEqual(his.tab, .sheets)
        XCTAssertFalse(his.sheets.isEmpty)
    }

    func testClerkReopensWithAReasonAndTheReviewerSeesWhy() throws {
        let h = try DemoFixture.harness(reviews: true)
        _ = try aggregate(h)
        h.press(.char("r"))
        XCTAssertTrue(h.app.top is PromptScreen)
        h.press(.enter)
        XCTAssertTrue(h.messageText!.contains("请填写"), "a reason is required")
        h.type("第2项评分与佐证不符，请复核")
        h.press(.enter)
        let a = try XCTUnwrap(h.app.top as? AggregateScreen)
        XCTAssertEqual(a.aggregation?.sheets.count, 4, "the reopened sheet leaves the aggregate")
        XCTAssertEqual(a.sheets.count, 5, "and stays in the history")
        XCTAssertTrue(h.messageText!.contains("已退回"), h.messageText!)
        let reopened = try XCTUnwrap(a.sheets.first { $0.submittedOn == nil })
        XCTAssertEqual(reopened.reopenReason, "第2项评分与佐证不符，请复核")
        if let deadline = reopened.deadline {   // never left overdue by the reopening; the message says until when
            XCTAssertGreaterThanOrEqual(deadline, Harness.today)
            XCTAssertTrue(h.messageText!.contains("截止 \(deadline)"), h.messageText!)
        }
        // The reviewer, in their own session, sees it reopened and why.
        let ctx = Context(catalog: Catalog(.zh), store: h.store, user: reopened.reviewer, today: Harness.today, rules: try DemoFixture.rules())
        let reviewer = App(context: ctx)
        reviewer.handle(.char("8"))
        let list = try XCTUnwrap(reviewer.top as? MyScoresScreen)
        let i = try XCTUnwrap(list.sheets.firstIndex { $0.sheet.id == reopened.id })
        for _ in 0..<i { reviewer.handle(.down) }
        XCTAssertTrue(reviewer.render(width: 80, height: 24).text.contains("经办人退回，理由：第2项评分与佐证不符，请复核"))
        reviewer.handle(.enter)
        let sheet = try XCTUnwrap(reviewer.top as? ScoreSheetScreen)
        XCTAssertFalse(sheet.readOnly)
        XCTAssertEqual(sheet.scores, reopened.scores, "it starts from the values submitted")
    }

    func testClerkExportsOneColumnPerCriterion() throws {
        let h = try DemoFixture.harness(reviews: true)
        _ = try aggregate(h)
        let folder = try AppDatabase.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        h.press(.char("x"))
        let prompt = try XCTUnwrap(h.app.top as? PromptScreen)
        XCTAssertTrue(prompt.field.text.hasPrefix("./scores-evaluation-"))
        h.press(.ctrl("u"))
        h.type(folder + "/scores.csv")
        h.press(.enter)
        XCTAssertTrue(h.messageText!.contains("已导出 5 份评分表"), h.messageText!)
        let text = try String(contentsOfFile: folder + "/scores.csv", encoding: .utf8)
        let header = try XCTUnwrap(text.split(whereSeparator: \.isNewline).first)
        XCTAssertTrue(header.contains("building_funds,policy_promotion,statistics_demand,talent_projects,recruitment,total"), String(header))
        XCTAssertEqual(text.split(whereSeparator: \.isNewline).count, 6)
    }

    /// Every role against every area and every settings section: what is not theirs is refused
    /// in plain words and nothing opens.
    func testEveryRoleIsOfferedOnlyWhatIsTheirs() throws {
        let everything = Set(DeskArea.allCases)
        let cases: [(Set<Role>, Set<DeskArea>, Set<SettingsScreen.Section>)] = [
            ([.reviewer], [.myScores, .journal, .settings], [.preferences]),
            ([], [.journal, .settings], [.preferences]),
            ([.clerk], everything, [.preferences, .ties, .policy, .calendar]),
            ([.approver], everything, [.preferences, .ties, .policy, .calendar]),
            ([.admin], everything, Set(SettingsScreen.Section.allCases)),
        ]
        for (roles, areas, sections) in cases {
            let h = try DemoFixture.harness(seed: false, as: "someone")
            try h.db.save(User(login: "someone", roles: roles), replacing: nil, by: "root")
            h.app.tick()
            XCTAssertEqual(h.app.ctx.roles, roles)
            for area in DeskArea.allCases {
                h.press(.char(area.shortcut))
                if areas.contains(area) {
                    XCTAssertEqual(h.app.stack.count, 2, "\(roles) opens \(area): \(h.messageText ?? "")")
                    if area == .settings {
                        for s in SettingsScreen.Section.allCases {
                            h.press(.char(Character("\(s.rawValue + 1)")))
                            if sections.contains(s) {
                                XCTAssertEqual(h.app.stack.count, 3, "\(roles) opens \(s)")
                                h.app.apply([.pop])
                            } else {
                                XCTAssertEqual(h.app.stack.count, 2, "\(roles) must not open \(s)")
                                XCTAssertTrue(h.messageText!.contains(h.app.ctx.catalog.settingsName(s)), h.messageText!)
                            }
                        }
                    }
                    h.app.apply([.pop])
                } else {
                    XCTAssertEqual(h.app.stack.count, 1, "\(roles) must not open \(area)")
                    XCTAssertEqual(h.app.message?.isError, true)
                    XCTAssertTrue(h.messageText!.contains(h.app.ctx.catalog.areaName(area)), h.messageText!)
                }
            }
        }
    }
}

extension ClerkReviewScreensTests {
    func testExportOverAnExistingFileWritesOnlyAfterYes() throws {
        let h = try DemoFixture.harness(reviews: true)
        _ = try aggregate(h)
        let folder = try AppDatabase.makeTemporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let file = folder + "/scores.csv"
        try "old".write(toFile: file, atomically: true, encoding: .utf8)
        h.press(.char("x"), .ctrl("u"))
        h.type(file)
        h.press(.enter)
        XCTAssertTrue(h.app.top is ConfirmScreen)
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "old", "nothing written before the answer")
        h.press(.char("n"))
        XCTAssertEqual(try String(contentsOfFile: file, encoding: .utf8), "old")
        h.press(.char("x"), .ctrl("u"))
        h.type(file)
        h.press(.enter, .char("y"))
        XCTAssertTrue(try String(contentsOfFile: file, encoding: .utf8).contains("building_funds"))
    }
}
