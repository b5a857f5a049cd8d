import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class TodoScreenTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.todo.shortcut)) }

    /// Today is 2026-03-02 (the harness). The calendar in data/ ends with 2026.
    func seeded() throws -> Harness {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        try h.db.write(command: "add", by: Harness.user) { j in
            func station(_ name: String, _ date: String) throws -> Station {
                try j.insert(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                     head: "张三", agreementDate: CivilDate(date)!))
            }
            _ = try station("甲工作站", "2024-05-01")          // period ends 2026-04-30: in 59 days
            let b = try station("乙工作站", "2024-09-01")      // ends 2026-08-31: not yet
            let c = try station("丙工作站", "2023-01-10")
            for year in [2024, 2025] {   // its evaluation years end 2024-01-09 and 2025-01-09
                _ = try j.insert(Evaluation(stationId: c.id!, year: year, computedCount: 0, grade: .unqualified,
                                            decidedOn: CivilDate(year: year + 1, month: 3, day: 20)!))
            }
            // Due dates kept without a decision date are taken as they are.
            func subsidy(_ s: Station, _ year: Int, due: String, approved: Int64? = 50_000) throws -> Subsidy {
                try j.insert(Subsidy(stationId: s.id!, year: year, grade: .c, cap: .yuan(50_000), approved: approved.map { .yuan($0) },
                                     dueOn: CivilDate(due)!))
            }
            _ = try subsidy(b, 2024, due: "2026-02-10")                 // overdue
            _ = try subsidy(b, 2025, due: "2026-03-10", approved: nil)  // due within 10 working days, amount 待核定
            _ = try subsidy(c, 2024, due: "2026-06-30")                 // pending: not listed
            let paid = try subsidy(c, 2023, due: "2026-02-01")          // paid: not listed
            _ = try j.insert(Payment(subsidyId: paid.id!, paidOn: CivilDate("2026-01-15")!, amount: .yuan(50_000)))
            _ = try subsidy(b, 2026, due: "2027-01-20")                 // past the calendar: pending, not listed
            // Decided 2026-02-23, amount 待核定: due 60 working days later, in May; pending on 2026-03-02.
            _ = try j.insert(Subsidy(stationId: c.id!, year: 2025, grade: .c, cap: .yuan(50_000), decidedOn: CivilDate("2026-02-23")!))
        }
        h.app.tick()
        return h
    }

    func testDashboardListsWhatIsDueByTheRules() throws {
        let h = try seeded()
        open(h)
        let todo = try XCTUnwrap(h.app.top as? TodoScreen)
        let items = try XCTUnwrap(todo.items)
        XCTAssertEqual(items.periodsEnding.map(\.station.name), ["甲工作站"])
        XCTAssertEqual(items.periodsEnding.first?.end, CivilDate("2026-04-30"))
        let calendar = try XCTUnwrap(try DemoFixture.rules().calendar)
        let late = try calendar.workdays(after: CivilDate("2026-02-10")!, through: CivilDate("2026-03-02")!)
        let left = try calendar.workdays(after: CivilDate("2026-03-02")!, through: CivilDate("2026-03-10")!)
        XCTAssertEqual(items.subsidies.map(\.state), [
            .overdue(due: CivilDate("2026-02-10")!, workingDaysLate: late, provisional: false),
            .dueSoon(due: CivilDate("2026-03-10")!, workingDaysLeft: left, provisional: false),
        ])
        // 丙 (signed 2023-01-10) ended 2025-01-09 with no renewal: PeriodOutcome says terminated.
        XCTAssertEqual(items.periodsOver.map(\.station.name), ["丙工作站"])
        XCTAssertEqual(items.periodsOver.first?.outcome, .terminated(on: CivilDate("2025-01-09")!))
        XCTAssertEqual(items.revocations.map(\.station.name), ["丙工作站"])
        XCTAssertEqual(items.revocations.first?.years, [2024, 2025])
        let grid = h.screen()
        Golden.check(grid, "todo-80x24")
        XCTAssertTrue(grid.text.contains("已逾期 \(late) 个工作日"))
        XCTAssertTrue(grid.text.contains("还剩 \(left) 个工作日  金额待核定"), "a line with no amount yet is due like any other")
    }

    /// Gap 1 and 2 of session 3 (NOTES-money.md): subsidies earliest due first whatever order
    /// they were stored in; a station recorded as ended still owes the decision of its last year.
    func testSubsidiesEarliestDueFirstAndAnEndedStationsYearIsStillDue() throws {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        let partner = try h.db.save(Partner(name: "虚构大学", kind: .university, city: "上海"), replacing: nil, by: Harness.user)
        try h.db.write(command: "add", by: Harness.user) { j in
            func station(_ name: String, _ date: String, ended: String? = nil) throws -> Station {
                try j.insert(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "张三",
                                     staff: ["李四"], agreementDate: CivilDate(date)!, status: ended == nil ? .active : .ended,
                                     endedOn: ended.flatMap { CivilDate($0) }))
            }
            let a = try station("甲工作站", "2025-06-01")   // in its first year
            // Signed 2023-06-01, ended at its period's end 2025-05-31: year 2024 decided, 2025 not.
            let e = try station("丁工作站", "2023-06-01", ended: "2025-05-31")
            _ = try j.insert(Evaluation(stationId: e.id!, year: 2024, computedCount: 12, grade: .c, decidedOn: CivilDate("2024-07-01")!))
            for (year, due) in [(2021, "2026-02-20"), (2022, "2026-01-05"), (2023, "2026-03-06"), (2024, "2026-02-02")] {
                _ = try j.insert(Subsidy(stationId: a.id!, year: year, grade: .c, cap: .yuan(50_000), dueOn: CivilDate(due)!))
            }
        }
        h.app.tick()
        open(h)
        let items = try XCTUnwrap((h.app.top as? TodoScreen)?.items)
        XCTAssertEqual(items.subsidies.map(\.subsidy.year), [2022, 2024, 2021, 2023], "earliest due first")
        XCTAssertEqual(items.evaluationsDue.map { "\($0.station.name) \($0.year.year)" }, ["丁工作站 2025"])
        let texts = try XCTUnwrap(h.app.top as? TodoScreen).texts
        XCTAssertTrue(texts.contains { $0.contains("2025年度（2024-06-01–2025-05-31）") && $0.contains("丁工作站") }, texts.joined(separator: "\n"))
    }

    func testPeriodsOverAreListedOldestFirst() throws {
        let h = try DemoFixture.harness()
        open(h)
        let items = try XCTUnwrap((h.app.top as? TodoScreen)?.items)
        let ends = items.periodsOver.map { h.app.ctx.rules.period(of: $0.station)!.end }
        XCTAssertGreaterThan(ends.count, 1, "the demo has several stations whose period is over on 2026-03-02")
        XCTAssertEqual(ends, ends.sorted())
    }

    /// Moves to the first line (from the top) whose text contains `part`.
    func select(_ h: Harness, _ part: String, file: StaticString = #filePath, line: UInt = #line) {
        h.press(.home)
        for _ in 0..<60 {
            if (h.app.top as? TodoScreen)?.selectedText?.contains(part) == true { return }
            h.press(.down)
        }
        XCTFail("no line contains \(part)", file: file, line: line)
    }

    func testEnterOpensTheStation() throws {
        let h = try seeded()
        open(h)
        select(h, "2026-04-30 届满  还剩 59 天")
        h.press(.enter)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.station.name, "甲工作站")
        h.press(.escape)
        select(h, "未续约，自动终止")
        h.press(.enter)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.station.name, "丙工作站", "the period that is over")
        h.press(.escape)
        select(h, "年不合格")
        h.press(.enter)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.station.name, "丙工作站", "the revocation proposed")
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.tab, .evaluations, "opened on the tab the line is about")
    }

    func testEmptyStoreSaysNone() throws {
        let h = try DemoFixture.harness(seed: false)
        open(h)
        let todo = try XCTUnwrap(h.app.top as? TodoScreen)
        XCTAssertEqual(todo.texts.filter { $0 == "  无" }.count, 11, "every kind of line says none")
    }

    func testWithoutRulesItSaysSoInsteadOfGuessing() throws {
        let h = try Harness()
        open(h)
        XCTAssertTrue(h.screen().text.contains("未载入政策或工作日历"))
    }
}

/// The 待办 lines of issue 12 and the home menu's counts.
final class TodoStationLinesTests: XCTestCase {
    func testEveryNewKindOfLineAndTheHomeCounts() throws {
        let h = try DemoFixture.harness(seed: false)
        let unit = try h.addUnit("柳州市某某科技有限公司", code: Harness.code("91450200MA5L00001"))
        let calendar = try XCTUnwrap(try DemoFixture.rules().calendar)
        // A notice whose last day is the 2nd working day after today (2026-03-02).
        let last = try calendar.date(addingWorkdays: 2, to: Harness.today)
        let (a, b, c) = try h.db.write(command: "set-up", by: "root") { w -> (Station, Station, Station) in
            let p = try w.insert(Partner(name: "虚构大学", kind: .university, city: "上海"))
            // 甲: signed 2025-06-01; year 1 (2025-06-01–2026-05-31) at its 275th day with one counted talent: at risk.
            let a = try w.insert(Station(name: "甲工作站", type: .university, unitId: unit.id!, partnerIds: [p.id!], head: "张三",
                                         staff: ["李四"], agreementDate: CivilDate("2025-06-01")!))
            try w.insert(Talent(name: "一号", category: .a, employer: "某厂", employerKind: .enterprise, introducedOn: CivilDate("2025-07-01")!,
                                stationId: a.id!))
            try w.insert(Talent(name: "二号", category: .g, employer: "某店", introducedOn: CivilDate("2025-08-01")!, stationId: a.id!))
            // 乙: no staff besides its head — in name only; its year 1 (2024-03-01–2025-02-28) is over and not decided.
            let b = try w.insert(Station(name: "乙工作站", type: .university, unitId: unit.id!, partnerIds: [p.id!], head: "王五",
                                         agreementDate: CivilDate("2024-03-01")!))
            // 丙: two head changes filed in its period.
            let c = try w.insert(Station(name: "丙工作站", type: .university, unitId: unit.id!, partnerIds: [p.id!], head: "丙三",
                                         staff: ["丙四"], agreementDate: CivilDate("2025-01-10")!))
            try w.insert(StaffFiling(stationId: c.id!, filedOn: CivilDate("2025-03-01")!, role: .head, oldPerson: "丙一", newPerson: "丙二", reason: "调动"))
            try w.insert(StaffFiling(stationId: c.id!, filedOn: CivilDate("2025-09-01")!, role: .head, oldPerson: "丙二", newPerson: "丙三", reason: "调动"))
            let round = try w.insert(Round(year: 2026, places: 2, openedOn: CivilDate("2026-01-05")!))
            let app = try w.insert(Application(roundId: round.id!, unitId: unit.id!, partnerIds: [p.id!], type: .university,
                                               proposedName: "丁工作站", proposedHead: "丁一", state: .inNotice, createdOn: CivilDate("2026-01-10")!))
            try w.insert(ApplicationEvent(applicationId: app.id!, from: .groupApproved, to: .inNotice, by: "alice",
                                          on: CivilDate("2026-02-26")!))
            try w.insert(Notice(roundId: round.id!, applicationIds: [app.id!], publishedOn: CivilDate("2026-02-26")!,
                                firstDay: CivilDate("2026-02-26")!, lastDay: last))
            return (a, b, c)
        }
        h.app.tick()
        // Home: the counts of what is due.
        let home = h.screen().text
        XCTAssertTrue(home.contains("公示 1"), home)
        h.press(.char(DeskArea.todo.shortcut))
        let items = try XCTUnwrap((h.app.top as? TodoScreen)?.items)
        XCTAssertEqual(items.atRisk.map(\.station.name), ["丙工作站", "甲工作站"], "丙 has no talent this year")
        XCTAssertEqual(items.atRisk.first { $0.station.id == a.id }?.pace.countSoFar, 1, "the unclassified talent does not count")
        XCTAssertEqual(items.noticesEnding.map(\.workingDaysLeft), [2])
        XCTAssertEqual(items.noticesEnding.first?.names, ["丁工作站"])
        XCTAssertTrue(items.evaluationsDue.contains { $0.station.id == b.id && $0.year.year == 2025 })
        XCTAssertEqual(items.waiting.map(\.application.proposedName), ["丁工作站"])
        XCTAssertEqual(items.waiting.first?.days, 4)
        XCTAssertEqual(items.headChanges.map(\.station.id), [c.id])
        XCTAssertEqual(items.inNameOnly.map(\.id), [b.id])
        XCTAssertEqual(items.unclassifiedTalents, 1)
        XCTAssertFalse(items.inNameOnly.contains { $0.id == a.id })
        let text = h.screen(80, 80).text
        for line in ["至今 1 名  推算 1 名（不足 10 名）  至 2026-05-31  甲工作站", "\(last) 期满  还剩 2 个工作日  丁工作站",
                     "2026-02-26 起  已等 4 天", "变更 2 次  丙工作站", "站长 王五，工作人员 0 名  乙工作站",
                     "1 名人才的单位性质未分类"] {
            XCTAssertTrue(text.contains(line), "\(line)\n\(text)")
        }
        // Enter opens each on its record: the head changes on the staff tab.
        for _ in 0..<40 where (h.app.top as? TodoScreen)?.selectedText?.contains("变更 2 次") != true { h.press(.down) }
        h.press(.enter)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.tab, .staff)
        XCTAssertEqual((h.app.top as? StationRecordScreen)?.station.id, c.id)
        h.press(.escape, .home)
        for _ in 0..<40 where (h.app.top as? TodoScreen)?.selectedText?.contains("已等 4 天") != true { h.press(.down) }
        XCTAssertTrue((h.app.top as? TodoScreen)?.selectedText?.contains("已等 4 天") == true)
        h.press(.enter)
        XCTAssertTrue(h.app.top is ApplicationRecordScreen, "\(type(of: h.app.top)) \(h.messageText ?? "")")
    }
}
