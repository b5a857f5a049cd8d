import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// 申请 (issue 11): the round's list with counts per state, an application's record, the `t`
/// menu of steps with every refused step's reasons, the shortlist with a tie at the line, the
/// notice with its computed days.
final class ApplicationsScreenTests: XCTestCase, ApplicationsListSteps {
    func testListShowsTheRoundItsPlacesAndCountsPerState() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        open(h)
        let l = try list(h)
        XCTAssertEqual(l.applications.count, 5)
        XCTAssertEqual(l.stateCounts.map(\.1), [1, 1, 1, 1, 1])
        let text = h.screen().text
        Golden.check(h.screen(), "applications-list-80x24")
        XCTAssertTrue(text.contains("2026年度评选"), text)
        // 十五五 under the continuation: none of the demo's stations was set up in 2026, and the
        // three approved-not-signed applications of this round hold places of the plan.
        XCTAssertTrue(text.contains("本轮名额 3；“十五五”期间不超过10家，尚余 7"), text)
        // The open-round form counts the same places left (the list said 10 while the form said 7).
        XCTAssertEqual(ApplicationFormScreen.planLines(h.app.ctx), ["“十五五”（2026–2030）新设不超过 10 家：已设及已审定 3，尚余 7"])
        XCTAssertTrue(text.contains("草稿 1") && text.contains("公示中 1") && text.contains("异议中 1"), text)
        XCTAssertTrue(text.contains("共 5 条"), text)
        // Filter by pinyin, sort by state.
        h.press(.char("/"))
        h.type("mnh")
        XCTAssertEqual(try list(h).list.shown.map { try list(h).applications[$0].proposedName }, ["慕尼黑虚构应用技术大学柳州生物医药人才工作站"])
        h.press(.escape, .char("s"), .char("4"))
        XCTAssertEqual(h.messageText, "已按“状态”排列")
    }

    func testEmptyAreaSaysSoAndEnglishHasNoChinese() throws {
        let h = try RoundFixture.harness(language: .en)
        open(h)
        XCTAssertTrue(h.screen().text.contains("No selection round yet."), h.screen().text)
        _ = try RoundFixture.seedReview(h)
        h.app.tick()
        let text = h.screen().text
        XCTAssertTrue(text.contains("2026 round") && text.contains("in review 5"), text)
        XCTAssertTrue(text.contains("the 15th Five-Year Plan: cap 10, 10 left"), text)
    }

    func testRecordShowsChecklistsMaterialsReviewAndStepsAndFlagsTheUnitsStation() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        open(h)
        try select(h, "粤港澳大湾区虚构人才服务中心柳州第二工作站")
        h.press(.enter)
        let record = try XCTUnwrap(h.app.top as? ApplicationRecordScreen)
        XCTAssertTrue(record.unitFlagged, "the unit already has a station: flagged at intake")
        Golden.check(h.screen(), "application-record-80x24")
        let text = h.screen(100, 60).text
        XCTAssertTrue(text.contains("⚠ 该单位已有工作站：粤港澳大湾区虚构人才服务中心柳州工作站"), text)
        XCTAssertTrue(text.contains("6 第四条") == false)
        XCTAssertTrue(text.contains("6 学科契合产业，产学研合作基础（高校院所类）：不适用"), text)
        XCTAssertTrue(text.contains("1 [未核] 依法在柳经营"), text)
        XCTAssertTrue(text.contains("设立申请表：未收到"), text)

        h.press(.escape)
        try select(h, "西部虚构材料科学研究院柳州新材料人才工作站")
        h.press(.enter)
        XCTAssertEqual((h.app.top as? ApplicationRecordScreen)?.unitFlagged, false)
        let objection = h.screen(120, 70).text
        XCTAssertTrue(objection.contains("1 [符合] 依法在柳经营，符合科技创新政策"), objection)
        XCTAssertTrue(objection.contains("营业执照"), objection)
        XCTAssertTrue(objection.contains("4 [由评审判断] 人才与项目资源"), objection)
        XCTAssertTrue(objection.contains("设立申请表：2026-01-20 收到"), objection)
        XCTAssertTrue(objection.contains("2026-02-26 发布，公示期 2026-02-26 至 2026-03-03"), objection)
        XCTAssertTrue(objection.contains("2026-02-28 异议：实名来信：办公场所与申报不符（未处理）"), objection)
        XCTAssertTrue(objection.contains("2026-02-16  初步入围 → 科技局已审定  root  文号/会议：柳科发〔2026〕8号"), objection)
        h.press(.char("h"))
        let history = h.screen().text
        XCTAssertTrue(history.contains("西部虚构材料科学研究院柳州新材料人才工作站 的办理经过"), history)
        XCTAssertTrue(history.contains("2026-02-28  公示中 → 异议处理中  alice  理由：实名来信"), history)
    }

    /// `t` lists the steps allowed now and every refused step with each of its reasons; the
    /// roles are the store's, and the objection's dates are judged against the notice.
    func testStepMenuShowsAllowedStepsAndEveryReasonForTheOthers() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        open(h)
        try select(h, "华东虚构理工大学柳州智能制造人才工作站")
        h.press(.char("t"))
        let menu = try XCTUnwrap(h.app.top as? StepMenuScreen)
        // In its notice (to 2026-03-03) on 2026-03-02: an objection may be recorded; the
        // agreement must wait for the notice's end; rejection is the approver's.
        XCTAssertEqual(menu.steps?.allowed.map(\.step), [.lodgeObjection, .withdraw])
        XCTAssertEqual(menu.steps?.refused.map(\.step), [.signAgreement, .reject])
        XCTAssertEqual(menu.steps?.refused.first?.decision.reasons, [.noticeNotOver(lastDay: CivilDate("2026-03-03")!)])
        Golden.check(h.screen(), "application-steps-80x24")
        let text = h.screen().text
        XCTAssertTrue(text.contains("第五条第3项：公示至2026-03-03止，尚未期满"), text)
        XCTAssertTrue(text.contains("须由“审定”办理"), text)

        // The draft whose unit has a station: every missing item is a reason of its own.
        h.press(.escape)
        try select(h, "粤港澳大湾区虚构人才服务中心柳州第二工作站")
        h.press(.char("t"))
        let draft = try XCTUnwrap((h.app.top as? StepMenuScreen)?.steps?.refused.first)
        XCTAssertEqual(draft.step, .submit)
        XCTAssertEqual(draft.decision.reasons.count, 6 + 5 + 1, "\(draft.decision.reasons)")   // materials, lines 1–5, the unit's station
        XCTAssertTrue(draft.decision.reasons.contains(.unitAlreadyHasStation(station: "粤港澳大湾区虚构人才服务中心柳州工作站")))
    }

    /// With the Measures expired and nothing continued, every decision is refused saying what
    /// to do; withdrawal stays possible.
    func testNoPolicyInForceRefusesTheDecisionWithWhatToDo() throws {
        let h = try RoundFixture.harness(continued: false, roles: [.clerk, .approver])
        _ = try RoundFixture.seedNotice(h)
        open(h)
        XCTAssertTrue(h.screen().text.contains("今天没有有效政策"), h.screen().text)
        try select(h, "北方虚构交通大学柳州文旅人才工作站")
        h.press(.char("t"))
        let menu = try XCTUnwrap(h.app.top as? StepMenuScreen)
        XCTAssertEqual(menu.steps?.allowed.map(\.step), [.withdraw])
        let text = h.screen().text
        // The reason is whole, wrapped: what to do is at its end.
        XCTAssertTrue(text.contains("第十四条：2026-03-02 没有有效政策，不能作出决定。请管理员载入新政策，"), text)
        XCTAssertTrue(text.contains("或记录“原政策继续执行”（stationdesk policy continue）"), text)
    }

    func testShortlistDrawsTheLineAndShowsTheTie() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        open(h)
        h.press(.char("l"))
        let screen = try XCTUnwrap(h.app.top as? ShortlistScreen)
        XCTAssertEqual(screen.standing?.capacity, 2)
        XCTAssertEqual(screen.order.map(\.proposedName), [
            "华东虚构理工大学柳州智能制造人才工作站", "西部虚构材料科学研究院柳州新材料人才工作站",
            "慕尼黑虚构应用技术大学柳州生物医药人才工作站", "北方虚构交通大学柳州文旅人才工作站", "华东虚构理工大学柳州物流人才工作站",
        ])
        Golden.check(h.screen(), "shortlist-tie-80x24")
        let text = h.screen().text
        XCTAssertTrue(text.contains("⚠ 2 份申请在名额线上并列，争 1 个名额"), text)
        XCTAssertTrue(text.contains("──── 名额线：2（本轮名额 2，规划可供本轮 10，取小者）────"), text)
        XCTAssertTrue(text.contains("2=") && text.contains("81.5") && text.contains("线上并列"), text)
        XCTAssertTrue(text.contains("尚无已提交评分表："), text)
        // The tie also shows in the application's steps: shortlisting needs a reason.
        h.press(.down, .char("t"))
        let steps = try XCTUnwrap((h.app.top as? StepMenuScreen)?.steps)
        XCTAssertEqual(steps.allowed.first { $0.step == .shortlist }?.tied, true)
        XCTAssertTrue(h.screen().text.contains("在名额线上并列：须写明取舍理由"), h.screen().text)
    }

    func testNoticeComputesTheDaysAndPrintsTheReportsText() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        open(h)
        h.press(.char("n"))
        let screen = try XCTUnwrap(h.app.top as? NoticeScreen)
        XCTAssertEqual(screen.days?.first, CivilDate("2026-02-26"))
        XCTAssertEqual(screen.days?.last, CivilDate("2026-03-03"))
        Golden.check(h.screen(), "notice-80x24")
        let text = h.screen(100, 40).text
        XCTAssertTrue(text.contains("公示期：2026-02-26 至 2026-03-03（5个工作日，含首日）"), text)
        XCTAssertTrue(text.contains("# 关于2026年度柳州市人才工作站拟设站名单的公示"), text)
        // A preview for another date: Friday 2026-03-06 runs to Thursday 03-12.
        h.press(.char("d"), .ctrl("u"))
        h.type("2026-03-06")
        h.press(.enter)
        XCTAssertEqual(try XCTUnwrap(h.app.top as? NoticeScreen).days?.last, CivilDate("2026-03-12"))
        XCTAssertTrue(h.screen().text.contains("2026-03-06  （预览"), h.screen().text)
    }
}

/// The intake form at 80×24: pickers, the type following the partners, the unit's station
/// flagged at once, the Art. 4 lines with their answers, evidence and notes, the Art. 6 dates.
final class IntakeFormTests: XCTestCase {
    func form(_ h: Harness) throws -> IntakeFormScreen { try XCTUnwrap(h.app.top as? IntakeFormScreen) }

    func testIntakeFormWithItsChecklistsAt80x24() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        h.press(.char(DeskArea.applications.shortcut), .char("a"))
        XCTAssertEqual(try form(h).focus, .unit)
        // The unit: picked by pinyin initials; it has a station, flagged at once.
        h.press(.enter, .char("/"))
        h.type("lsfsp")
        h.press(.enter, .enter)
        XCTAssertEqual(try form(h).unitStations.map(\.name), ["粤港澳大湾区虚构人才服务中心柳州工作站"])
        // Partners: two of different kinds make no one type: named as the store will refuse it.
        h.press(.tab, .enter, .char("/"))
        h.type("hdxg")
        h.press(.enter, .char(" "), .char("/"), .ctrl("u"))
        h.type("csj")
        h.press(.enter, .char(" "), .enter)
        XCTAssertEqual(try form(h).partners.map(\.name), ["华东虚构理工大学", "长三角虚构科技人才服务协会"])
        XCTAssertNil(try form(h).derivedType)
        XCTAssertEqual(try form(h).typeProblems, [.partnerTypeMismatch(partner: "长三角虚构科技人才服务协会", kind: .talentService, type: .university)])
        // Keep the university only: unmark the association.
        h.press(.enter, .char("/"))
        h.type("csj")
        h.press(.enter, .char(" "), .enter)
        XCTAssertEqual(try form(h).partners.map(\.name), ["华东虚构理工大学"])
        XCTAssertEqual(try form(h).type, .university)
        h.press(.tab, .tab)   // renewal: stays new
        h.type("华东虚构理工大学柳州食品科技人才工作站")
        h.press(.tab); h.type("韦海燕")
        h.press(.tab); h.type("黄工")
        // Art. 4: line 1 met with its evidence, line 2 met, 3 not met with a note, 4–6 for the reviewers.
        h.press(.tab, .char(" "), .tab); h.type("营业执照 91450203")
        h.press(.tab, .tab, .char(" "), .tab, .tab)
        h.press(.tab, .char(" "), .char(" "), .tab, .tab); h.type("只有框架协议")
        for _ in 4...6 { h.press(.tab, .left, .tab, .tab) }
        // Art. 6: the first material received today (Space), the second typed.
        h.press(.tab, .char(" "), .tab); h.type("2026-02-27")
        let f = try form(h)
        XCTAssertEqual(f.conditions[1], .met)
        XCTAssertEqual(f.conditions[3], .notMet)
        XCTAssertEqual(f.conditions[6], .forReviewers)
        Golden.check(h.screen(), "intake-form-80x24")
        let text = h.screen().text
        XCTAssertTrue(text.contains("⚠ 该单位已有工作站：粤港澳大湾区虚构人才服务中心柳州工作站"), text)
        XCTAssertTrue(text.contains("营业执照 91450203"), text)
        XCTAssertTrue(text.contains("只有框架协议"), text)
        XCTAssertTrue(text.contains("2026-03-02") && text.contains("2026-02-27"), text)
        var copy = try form(h)
        let a = try XCTUnwrap(copy.application(h.app.ctx))
        XCTAssertEqual(a.staff, ["黄工"])
        XCTAssertEqual(a.proposedHead, "韦海燕")
        XCTAssertEqual(a.conditions[0].evidence, "营业执照 91450203")
        XCTAssertEqual(a.materials[0].receivedOn, CivilDate("2026-03-02"))
        XCTAssertEqual(a.materials[1].receivedOn, CivilDate("2026-02-27"))
        XCTAssertNil(a.materials[2].receivedOn)
        // Esc asks before throwing the input away.
        h.press(.escape)
        XCTAssertTrue(h.app.top is ConfirmScreen)
    }

    func testRequiredFieldsAndDatesAreNamedBeforeTheStoreIsAsked() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        h.press(.char(DeskArea.applications.shortcut), .char("a"))
        for _ in 0..<(6 + 6 * 3) { h.press(.tab) }   // no partner yet: the form starts as the university type
        XCTAssertEqual(try form(h).focus, .material(.applicationForm))
        h.type("2026-13-01")
        h.press(.function(2))
        let problems = try form(h).problems
        XCTAssertEqual(problems.count, 4, "\(problems)")
        XCTAssertTrue(h.messageText?.contains("设立申请表：日期格式为 YYYY-MM-DD") ?? false, h.messageText ?? "")
        XCTAssertTrue(h.messageText?.contains("设站单位：必填") ?? false, h.messageText ?? "")
    }
}

/// With --lang en the applications screens speak English only (the records' own names aside).
final class ApplicationsEnglishTests: XCTestCase {
    func testStepsAndIntakeInEnglish() throws {
        let h = try RoundFixture.harness(language: .en)
        _ = try RoundFixture.seedNotice(h)
        h.press(.char(DeskArea.applications.shortcut), .char("t"))
        let menu = h.screen(100, 30).text
        XCTAssertTrue(menu.contains("Steps allowed on 2026-03-02"), menu)
        XCTAssertTrue(menu.contains("withdraw (needs a reason)  [clerk]"), menu)
        XCTAssertFalse(menu.contains("（") || menu.contains("须"), menu)
        h.press(.escape, .char("a"))
        let form = h.screen().text
        XCTAssertTrue(form.contains("Art. 4 conditions") && form.contains("Evidence seen") && form.contains("Art. 6 materials"), form)
        XCTAssertTrue(form.contains("Station type: from partners") && form.contains(" Head "), form)
        // Only the title bar's and data's Chinese may remain: none in the form's own words.
        for word in ["设站", "条件", "材料", "选择"] { XCTAssertFalse(form.contains(word), "\(word) in\n\(form)") }
    }
}
