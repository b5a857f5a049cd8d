import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Taking steps at the terminal (issue 11, phase 2): each key runs a store command; the store's
/// refusal comes back to the form with every reason, the input kept.
final class ApplicationStepsUITests: XCTestCase, ApplicationsListSteps {
    func state(_ h: Harness, _ name: String) throws -> ApplicationState? {
        try h.db.applications().first { $0.proposedName == name }?.state
    }

    func testTheApproverRecordsTheLeadingGroupsDecisionWithItsReference() throws {
        let h = try RoundFixture.harness(roles: [.clerk, .approver])
        _ = try RoundFixture.seedNotice(h)
        open(h)
        let name = "北方虚构交通大学柳州文旅人才工作站"
        try select(h, name)
        h.press(.char("t"))
        XCTAssertEqual((h.app.top as? StepMenuScreen)?.selectedStep, .groupApprove)
        h.press(.enter)
        XCTAssertTrue(h.app.top is StepFormScreen)
        // Without the reference the form names the field.
        h.press(.function(2))
        XCTAssertTrue(h.messageText?.contains("文号或会议：必填") ?? false, h.messageText ?? "")
        XCTAssertEqual((h.app.top as? StepFormScreen)?.form.fields[(h.app.top as? StepFormScreen)?.form.active ?? 0].id, "reference",
                       "the form goes to the field to fix")
        h.type("市委人才工作领导小组2026年第2次会议")
        Golden.check(h.screen(), "step-form-80x24")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is ApplicationsScreen, "back where t was pressed")
        XCTAssertEqual(h.messageText, "已办理：市委人才工作领导小组审定（现为“领导小组已审定”）")
        XCTAssertEqual(try state(h, name), .groupApproved)
        let event = try XCTUnwrap(h.db.applicationEvents(application: try list(h).selectedApplication!.id!).last)
        XCTAssertEqual(event.reference, "市委人才工作领导小组2026年第2次会议")
        XCTAssertEqual(event.by, Harness.user)
        // u undoes the step as one command.
        h.press(.char("u"))
        XCTAssertEqual(try state(h, name), .bureauApproved)
        XCTAssertTrue(h.messageText?.contains("领导小组审定") ?? false, h.messageText ?? "")
    }

    func testARefusedStepKeepsTheFormWithEveryReason() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        open(h)
        try select(h, "华东虚构理工大学柳州智能制造人才工作站")
        h.press(.char("t"), .enter)   // 登记异议
        XCTAssertEqual((h.app.top as? StepFormScreen)?.step, .lodgeObjection)
        h.press(.ctrl("u")); h.type("2026-02-20")   // before the notice was published
        h.press(.tab); h.type("张某（实名来信）")
        h.press(.tab); h.type("办公场所与申报不符")
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? StepFormScreen)
        XCTAssertEqual(form.refusal, ["异议日期2026-02-20不在公示期2026-02-26至2026-03-03内"])
        XCTAssertTrue(h.screen().text.contains("✗ 异议日期2026-02-20不在公示期2026-02-26至2026-03-03内"), h.screen().text)
        // Corrected, it goes through.
        h.press(.backTab, .backTab, .ctrl("u")); h.type("2026-03-01")
        h.press(.function(2))
        XCTAssertEqual(try state(h, "华东虚构理工大学柳州智能制造人才工作站"), .objection)
        let objection = try XCTUnwrap(h.db.objections(application: try list(h).selectedApplication!.id!).first)
        XCTAssertEqual(objection.text, "张某（实名来信）：办公场所与申报不符")
    }

    func testIntakeSavesADraftAndTheUnitCanBeAddedOnTheSpot() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        open(h)
        h.press(.char("a"), .enter, .char("a"))   // the unit picker, then a new unit on the spot
        h.type("柳州市虚构数字经济有限公司")
        h.press(.tab); h.type(Harness.code("91450202MA5L09990"))
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? IntakeFormScreen)
        XCTAssertEqual(form.unitId.flatMap { id in try? h.db.unit(id: id)?.name }, "柳州市虚构数字经济有限公司")
        h.press(.tab, .enter, .char("/")); h.type("hdxg"); h.press(.enter, .enter)
        h.press(.tab, .tab); h.type("华东虚构理工大学柳州数字经济人才工作站")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is ApplicationsScreen)
        XCTAssertEqual(h.messageText, "已保存“华东虚构理工大学柳州数字经济人才工作站”")
        XCTAssertEqual(try list(h).selectedApplication?.proposedName, "华东虚构理工大学柳州数字经济人才工作站")
        XCTAssertEqual(try list(h).selectedApplication?.state, .draft)
        XCTAssertEqual(try h.db.journal(limit: 1).first?.command, "application-add")
    }

    func testConfirmingTheShortlistWithATieChosenForAReason() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedReview(h)
        try h.db.write(command: "fixture: last sheet", by: "root") { w in
            for s in try w.records(ScoreSheet.self) where s.submittedOn == nil { try w.delete(s) }
            for a in try w.records(Application.self) where a.proposedName == "华东虚构理工大学柳州物流人才工作站" {
                var x = a; x.state = .withdrawn; try w.update(x)
            }
        }
        h.app.tick()
        open(h)
        h.press(.char("l"), .down, .down, .char(" "))   // the second tied one
        let screen = try XCTUnwrap(h.app.top as? ShortlistScreen)
        XCTAssertEqual(screen.chosen.count, 1)
        h.press(.char("c"))
        h.press(.tab); h.type("实地考察：生物医药方向与产业更契合")
        h.press(.function(2))
        XCTAssertEqual(h.messageText, "已确认初步名单：入围 2 份")
        XCTAssertEqual(try state(h, "慕尼黑虚构应用技术大学柳州生物医药人才工作站"), .shortlisted)
        XCTAssertEqual(try state(h, "西部虚构材料科学研究院柳州新材料人才工作站"), .notSelected)
        XCTAssertEqual(try state(h, "北方虚构交通大学柳州文旅人才工作站"), .notSelected)
        h.press(.char("u"))
        XCTAssertEqual(try state(h, "慕尼黑虚构应用技术大学柳州生物医药人才工作站"), .inReview, "one undo step")
        XCTAssertEqual(try state(h, "华东虚构理工大学柳州智能制造人才工作站"), .inReview)
    }

    func testAssigningATiedReviewerIsRefusedNamingTheTie() throws {
        let h = try RoundFixture.harness()
        let made = try RoundFixture.seedReview(h)
        let app = try XCTUnwrap(made.apps["华东虚构理工大学柳州物流人才工作站"])
        try h.db.write(command: "tie", by: "root") { w in
            try w.insert(ReviewerTie(reviewer: "zhaolei", partnerId: app.partnerIds[0], note: "曾任该校教授"))
        }
        h.app.tick()
        open(h)
        try select(h, app.proposedName)
        h.press(.char("r"))
        XCTAssertTrue(h.screen(120, 30).text.contains("回避：与“华东虚构理工大学”有关联（曾任该校教授）"), h.screen(120, 30).text)
        h.press(.end, .enter)   // zhaolei
        let screen = try XCTUnwrap(h.app.top as? AssignReviewersScreen)
        XCTAssertEqual(screen.refusal, ["回避：zhaolei 与共建方有关联（曾任该校教授）"])
        h.press(.char("d"), .ctrl("u")); h.type("2026-03-20"); h.press(.enter)
        h.press(.home, .enter)   // lijing
        XCTAssertEqual(h.messageText, "已分派：lijing")
        XCTAssertEqual(try h.db.reviewSheets(application: app.id!).first { $0.reviewer == "lijing" }?.deadline, CivilDate("2026-03-20"))
        XCTAssertEqual(try h.db.reviewSheets(application: app.id!).map(\.reviewer).sorted(), ["lijing", "wangping"])
    }

    func testTheApproverOpensARoundBesideThePlanCap() throws {
        let h = try RoundFixture.harness(roles: [.clerk, .approver])
        open(h)
        h.press(.char("o"))
        XCTAssertTrue(h.screen().text.contains("“十五五”（2026–2030）新设不超过 10 家：已设及已审定 0，尚余 10"), h.screen().text)
        h.press(.tab); h.type("3")
        h.press(.function(2))
        XCTAssertEqual(h.messageText, "已开启2026年度评选")
        XCTAssertEqual(try list(h).round?.places, 3)
        // A clerk may not: the key says so and nothing is sent.
        let clerk = try RoundFixture.harness()
        open(clerk)
        clerk.press(.char("o"))
        XCTAssertTrue(clerk.app.top is ApplicationsScreen)
        XCTAssertTrue(clerk.messageText?.contains("审定") ?? false, clerk.messageText ?? "")
    }

    func testPublishingTheNoticeFromTheNoticeScreen() throws {
        let h = try RoundFixture.harness()
        _ = try RoundFixture.seedNotice(h)
        let name = "北方虚构交通大学柳州文旅人才工作站"
        try h.db.write(command: "fixture: group approved", by: "root") { w in
            for a in try w.records(Application.self) where a.proposedName == name { var x = a; x.state = .groupApproved; try w.update(x) }
        }
        h.app.tick()
        open(h)
        h.press(.char("n"), .char("d"), .ctrl("u"))
        h.type("2026-03-02")
        h.press(.enter, .char("p"))
        XCTAssertEqual(h.messageText, "已发布公示：1 份申请，公示期 2026-03-02 至 2026-03-06")
        XCTAssertEqual(try state(h, name), .inNotice)
    }
}

extension ApplicationStepsUITests {
    func testASiteVisitAndAQuotaExceptionAreRecordedFromTheRecord() throws {
        let h = try RoundFixture.harness(roles: [.clerk, .approver])
        let made = try RoundFixture.seedReview(h)
        let name = "北方虚构交通大学柳州文旅人才工作站"
        open(h)
        try select(h, name)
        h.press(.enter, .char("v"))
        XCTAssertTrue(h.app.top is ApplicationFormScreen)
        h.press(.tab); h.type("王平、李静")
        h.press(.tab); h.type("场地与人员属实，已查看合作协议原件")
        h.press(.function(2))
        XCTAssertEqual(h.messageText, "已记录实地考察：\(name)")
        let visit = try XCTUnwrap(h.db.fetch(Application.self, id: made.apps[name]!.id!)?.siteVisit)
        XCTAssertEqual(visit.people, "王平、李静")
        XCTAssertEqual(visit.date, Harness.today)
        XCTAssertTrue(h.screen(100, 60).text.contains("人员：王平、李静  情况：场地与人员属实"), h.screen(100, 60).text)
        // A future date is refused with the reason, the input kept.
        h.press(.char("v"), .ctrl("u")); h.type("2026-03-09")
        h.press(.function(2))
        XCTAssertEqual((h.app.top as? ApplicationFormScreen)?.refusal, ["日期 2026-03-09 晚于今天"])
        h.press(.escape, .char("y"))
        // The approver's quota exception, with its reason.
        h.press(.char("X"), .right)
        h.press(.tab); h.type("人才特别集聚：文旅产业人才需求旺盛")
        h.press(.function(2))
        XCTAssertEqual(h.messageText, "已记录名额例外：超出规划期名额（人才特别集聚）")
        XCTAssertEqual(try h.db.quotaExceptions().map(\.kind), [.beyondPlanCap])
        XCTAssertEqual(try h.db.quotaExceptions().first?.by, Harness.user)
    }
}
