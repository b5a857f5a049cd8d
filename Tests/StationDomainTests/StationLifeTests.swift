import XCTest
@testable import StationDomain

/// Issue 12: a station's active life, head and staff filings (Art. 9), activities per duty (Art. 7),
/// collected demand, the termination letter (Art. 8) and talents' employer kinds (Art. 10.3).
final class StationLifeTests: XCTestCase {
    let policy = Fixture.policy

    func life(_ s: Station) -> StationLife { StationLife(s, period: ManagementPeriod(station: s, policy: policy)) }

    func testActiveLifeRunsFromTheAgreementToThePeriodsEnd() {
        let s = Fixture.station(id: 1, agreement: "2024-03-01")   // period ends 2026-02-28
        let cases: [(String, Bool)] = [("2024-02-29", false), ("2024-03-01", true), ("2026-02-28", true), ("2026-03-01", false)]
        for (date, inside) in cases { XCTAssertEqual(life(s).contains(d(date)), inside, date) }
        XCTAssertEqual(life(s).endKind, .periodEnd)
        // Without a policy the period's end is unknown: only the start limits.
        XCTAssertTrue(StationLife(s, period: nil).contains(d("2030-01-01")))
        XCTAssertFalse(StationLife(s, period: nil).contains(d("2024-02-29")))
        // A renewed station's life starts with its first agreement.
        let periods = [StationPeriod(stationId: 1, agreementDate: d("2022-03-01")), StationPeriod(stationId: 1, agreementDate: d("2024-03-01"), renewal: true)]
        let renewed = StationLife(s, period: ManagementPeriod(station: s, policy: policy), periods: periods)
        XCTAssertEqual(renewed.start, d("2022-03-01"))
        XCTAssertTrue(renewed.contains(d("2023-01-01")))
    }

    func testRevokedOrEndedStationTakesNothingAfterItsEnd() {
        var s = Fixture.station(id: 1, agreement: "2024-03-01", status: .revoked)
        s.endedOn = d("2025-04-30")
        XCTAssertTrue(life(s).contains(d("2025-04-30")))
        XCTAssertFalse(life(s).contains(d("2025-05-01")))
        let refused = life(s).check(d("2025-05-01"), for: .talent)
        XCTAssertEqual(refused.reasons, [.outsideStationLife(record: .talent, date: d("2025-05-01"), station: "站1",
                                                             start: d("2024-03-01"), end: d("2025-04-30"), endKind: .revoked)])
        let words = refused.reasons[0].stationTexts
        for date in ["2025-05-01", "2024-03-01", "2025-04-30"] {
            XCTAssertTrue(words.zh.contains(date), words.zh)
            XCTAssertTrue(words.en.contains(date), words.en)
        }
        XCTAssertTrue(words.zh.contains("撤销"))
        XCTAssertFalse(words.en.contains("撤销"))
        // An ended station without a recorded date ends with its period.
        let ended = Fixture.station(id: 2, agreement: "2023-04-12", status: .ended)
        XCTAssertEqual(life(ended).end, d("2025-04-11"))
        XCTAssertEqual(life(ended).endKind, .ended)
        // A recorded end later than the period's is capped by the period.
        var late = Fixture.station(id: 3, agreement: "2023-04-12", status: .ended)
        late.endedOn = d("2025-12-31")
        XCTAssertEqual(life(late).end, d("2025-04-11"))
        XCTAssertEqual(life(late).endKind, .periodEnd, "the period ran out first")
        XCTAssertTrue(life(late).isOver(on: d("2025-04-12")))
        XCTAssertFalse(life(late).isOver(on: d("2025-04-11")))
    }

    func testTalentRulesNameTheDatesAndTheMissingFields() {
        var s = Fixture.station(id: 1, agreement: "2024-03-01", status: .revoked)
        s.endedOn = d("2025-04-30")
        let ok = Talent(name: "张三", category: .g, employer: "柳州某厂", employerKind: .enterprise, introducedOn: d("2025-04-30"), stationId: 1)
        XCTAssertTrue(TalentRules.check(ok, life: life(s)).isAllowed)
        var late = ok; late.introducedOn = d("2025-05-02")
        XCTAssertEqual(TalentRules.check(late, life: life(s)).reasons.count, 1)
        XCTAssertTrue(TalentRules.check(late, life: nil).isAllowed, "a talent credited to no station has no life to fall in")
        var empty = ok; empty.name = " "; empty.employer = ""
        XCTAssertEqual(TalentRules.check(empty, life: life(s)).reasons, [.fieldRequired(field: "name"), .fieldRequired(field: "employer")])
    }

    func testEmployerKindFollowsAUnitsKind() {
        XCTAssertEqual(EmployerKind(.enterprise), .enterprise)
        XCTAssertEqual(EmployerKind(.institution), .institution)
        XCTAssertEqual(EmployerKind.allCases.map(\.rawValue), ["enterprise", "institution", "other"])
        XCTAssertNil(Talent(name: "a", category: nil, employer: "b", introducedOn: d("2024-01-01"), stationId: nil).employerKind)
    }

    // MARK: Art. 9 filings

    func filing(_ role: StaffRole, _ old: String, _ new: String, on date: String = "2024-06-01", reason: String = "调动",
                ack: String? = nil) -> StaffFiling {
        StaffFiling(stationId: 1, filedOn: d(date), role: role, oldPerson: old, newPerson: new, reason: reason,
                    acknowledgedOn: ack.map { d($0) })
    }

    func testArt9_filingsChangeHeadAndStaff() throws {
        let s = Fixture.station(id: 1, agreement: "2024-01-01")   // head 张三, staff [李四]
        let newHead = try StaffingRule.apply(filing(.head, "张三", "王五"), to: s)
        XCTAssertEqual(newHead.head, "王五")
        XCTAssertEqual(newHead.staff, ["李四"])
        let promoted = try StaffingRule.apply(filing(.head, "张三", "李四"), to: s)
        XCTAssertEqual(promoted.head, "李四")
        XCTAssertEqual(promoted.staff, [], "a staff member who becomes head is counted once")
        XCTAssertEqual(try StaffingRule.apply(filing(.staff, "", "赵六"), to: s).staff, ["李四", "赵六"])
        XCTAssertEqual(try StaffingRule.apply(filing(.staff, "李四", ""), to: s).staff, [])
        XCTAssertEqual(try StaffingRule.apply(filing(.staff, "李四", "赵六"), to: s).staff, ["赵六"])
        XCTAssertEqual(try StaffingRule.apply(filing(.head, "张三", ""), to: s).head, "")
    }

    func testArt9_filingsRefusedWithEveryReason() {
        let s = Fixture.station(id: 1, agreement: "2024-01-01")
        let cases: [(StaffFiling, [Refusal])] = [
            (filing(.head, "王五", "赵六"), [.filingNotCurrentHead(named: "王五", head: "张三")]),
            (filing(.head, "张三", "王五", reason: " "), [.filingReasonRequired]),
            (filing(.staff, "", ""), [.filingNamesNobody]),
            (filing(.staff, "李四", "李四"), [.filingSamePerson("李四")]),
            (filing(.staff, "钱七", ""), [.filingNotOnStaff("钱七")]),
            (filing(.staff, "", "张三"), [.filingAlreadyOnStaff("张三")]),
            (filing(.staff, "", "李四"), [.filingAlreadyOnStaff("李四")]),
            (filing(.head, "张三", "王五", on: "2024-06-01", ack: "2024-05-31"),
             [.acknowledgedBeforeFiling(acknowledgedOn: d("2024-05-31"), filedOn: d("2024-06-01"))]),
        ]
        for (f, expected) in cases {
            XCTAssertThrowsError(try StaffingRule.apply(f, to: s), "\(f)") { error in
                XCTAssertEqual((error as? Refused)?.reasons, expected, "\(f)")
            }
        }
        XCTAssertNoThrow(try StaffingRule.apply(filing(.head, "张三", "王五", ack: "2024-06-01"), to: s))
        for reason in cases.flatMap(\.1) {
            XCTAssertFalse(reason.stationTexts.zh.isEmpty, "\(reason)")
            XCTAssertFalse(reason.stationTexts.en.isEmpty, "\(reason)")
        }
    }

    func testArt9_Art10_4_staffingFlags() throws {
        var s = Fixture.station(id: 1, agreement: "2024-01-01")
        XCTAssertEqual(StaffingRule.flags(s, filings: [], policy: policy),
                       StaffingFlags(headChanges: 0, tooManyHeadChanges: false, inNameOnly: false))
        let first = filing(.head, "张三", "王五", on: "2024-03-01")
        s = try StaffingRule.apply(first, to: s)
        XCTAssertEqual(StaffingRule.flags(s, filings: [first], policy: policy).headChanges, 1)
        XCTAssertFalse(StaffingRule.flags(s, filings: [first], policy: policy).tooManyHeadChanges)
        let second = filing(.head, "王五", "赵六", on: "2025-12-31")
        s = try StaffingRule.apply(second, to: s)
        XCTAssertTrue(StaffingRule.flags(s, filings: [first, second], policy: policy).tooManyHeadChanges)
        // Staff leaving: head alone is fewer than 2 — in name only.
        let left = filing(.staff, "李四", "", on: "2025-06-01")
        s = try StaffingRule.apply(left, to: s)
        XCTAssertTrue(StaffingRule.flags(s, filings: [first, second, left], policy: policy).inNameOnly)
        // No head at all, even with two staff.
        var headless = Fixture.station(id: 2, agreement: "2024-01-01")
        headless.head = ""; headless.staff = ["甲", "乙"]
        XCTAssertTrue(StaffingRule.flags(headless, filings: [], policy: policy).inNameOnly)
    }

    // MARK: Art. 7 activities

    func testArt7_activitiesCountedPerDutyInTheYear() {
        let s = Fixture.station(id: 1, agreement: "2024-03-01")
        var org = s; org.type = .organization
        let year = d("2024-03-01")...d("2025-02-28")
        let activities = [
            Activity(stationId: 1, on: d("2024-03-01"), duty: 1, title: "宣讲"),
            Activity(stationId: 1, on: d("2025-02-28"), duty: 1, title: "招聘"),
            Activity(stationId: 1, on: d("2025-03-01"), duty: 1, title: "下一年"),
            Activity(stationId: 1, on: d("2024-05-01"), duty: 6, title: "交办"),
            Activity(stationId: 2, on: d("2024-05-01"), duty: 2, title: "别的站"),
        ]
        XCTAssertEqual(StationDuties.countPerDuty(activities, station: s, in: year), [2, 0, 0, 0, 0, 1])
        XCTAssertEqual(StationDuties.countPerDuty(activities, station: org, in: year), [2, 0, 0, 0, 0], "duty 6 is not an organisation duty")
        var revoked = s; revoked.status = .revoked; revoked.endedOn = d("2024-12-31")
        let after = Activity(stationId: 1, on: d("2025-01-01"), duty: 1, title: "撤销后")
        XCTAssertEqual(StationDuties.checkNew(after, station: revoked, life: life(revoked)).reasons.count, 1)
        XCTAssertEqual(StationDuties.checkNew(Activity(stationId: 1, on: d("2024-06-01"), duty: 7, title: ""), station: s, life: life(s)).reasons,
                       [.dutyUnknown(duty: 7, type: .university), .fieldRequired(field: "title")])
    }

    // MARK: Demand, termination

    func testDemandRules() {
        let s = Fixture.station(id: 1, agreement: "2024-03-01")
        let ok = TalentDemand(stationId: 1, enterprise: "柳州某厂", need: "电池工程师", headcount: 3, field: "新能源汽车",
                              collectedOn: d("2024-04-01"), published: true, publishedWhere: "某大学就业网")
        XCTAssertTrue(DemandRules.check(ok, life: life(s)).isAllowed)
        var bad = ok; bad.enterprise = ""; bad.headcount = 0; bad.publishedWhere = ""; bad.collectedOn = d("2024-02-01")
        XCTAssertEqual(DemandRules.check(bad, life: life(s)).reasons.count, 4)
        var unpublished = ok; unpublished.published = false; unpublished.publishedWhere = ""
        XCTAssertTrue(DemandRules.check(unpublished, life: life(s)).isAllowed)
    }

    func testArt8_terminationLetter() throws {
        let s = Fixture.station(id: 1, agreement: "2023-05-10")   // period ends 2025-05-09
        let letter = TerminationLetter(on: d("2025-05-20"), reference: "柳科函〔2025〕8号")
        let ended = try TerminationRule.record(letter, on: s, among: [s], policy: policy)
        XCTAssertEqual(ended.status, .ended)
        XCTAssertEqual(ended.endedOn, d("2025-05-09"))
        XCTAssertEqual(ended.terminationLetter, letter)
        XCTAssertNoThrow(try TerminationRule.record(TerminationLetter(on: d("2025-05-09"), reference: "x"), on: s, among: [], policy: policy))
        let renewal = Fixture.station(id: 2, agreement: "2025-05-10", renews: 1)
        var revoked = s; revoked.status = .revoked
        let cases: [(TerminationLetter, Station, [Station], [Refusal])] = [
            (TerminationLetter(on: d("2025-05-08"), reference: "x"), s, [s],
             [.terminationBeforePeriodEnd(letterOn: d("2025-05-08"), periodEnd: d("2025-05-09"))]),
            (TerminationLetter(on: d("2025-05-20"), reference: " "), s, [s], [.terminationReferenceRequired]),
            (letter, s, [s, renewal], [.stationRenewed(by: "站2")]),
            (letter, revoked, [revoked], [.stationNotActive(.revoked)]),
        ]
        for (l, station, all, expected) in cases {
            XCTAssertThrowsError(try TerminationRule.record(l, on: station, among: all, policy: policy)) { error in
                XCTAssertEqual((error as? Refused)?.reasons, expected)
            }
        }
    }
}

/// The 待办 list's pace projection (issue 12).
final class PaceRuleTests: XCTestCase {
    let policy = Fixture.policy
    let year = d("2025-03-01")...d("2026-02-28")   // 365 days

    func testProjectsLinearlyAndFlagsBelowQualifying() throws {
        // Day 73 of 365 (one fifth): 2 so far → 10 projected: exactly the threshold is not at risk (以上 includes).
        let fifth = try XCTUnwrap(PaceRule.pace(countSoFar: 2, year: year, today: d("2025-05-12"), lastGrade: nil, policy: policy))
        XCTAssertEqual(fifth.daysElapsed, 73)
        XCTAssertEqual(fifth.projected, 10)
        XCTAssertEqual(fifth.projectedGrade, .c)
        XCTAssertNil(fifth.risk)
        let one = try XCTUnwrap(PaceRule.pace(countSoFar: 1, year: year, today: d("2025-05-12"), lastGrade: nil, policy: policy))
        XCTAssertEqual(one.projected, 5)
        XCTAssertEqual(one.risk, .belowQualifying(threshold: 10))
    }

    func testFlagsBelowLastYearsGrade() throws {
        // Half the year (day 183), 11 so far → 21 projected: B, below last year's A.
        let half = try XCTUnwrap(PaceRule.pace(countSoFar: 11, year: year, today: d("2025-08-30"), lastGrade: .a, policy: policy))
        XCTAssertEqual(half.projected, 21)
        XCTAssertEqual(half.risk, .belowLastYear(.a))
        XCTAssertNil(PaceRule.pace(countSoFar: 11, year: year, today: d("2025-08-30"), lastGrade: .b, policy: policy)?.risk)
        XCTAssertNil(PaceRule.pace(countSoFar: 11, year: year, today: d("2025-08-30"), lastGrade: .unqualified, policy: policy)?.risk)
    }

    func testNotJudgedTooEarlyOrOutsideTheYear() {
        XCTAssertNil(PaceRule.pace(countSoFar: 0, year: year, today: d("2025-03-29"), lastGrade: nil, policy: policy), "day 29")
        XCTAssertNotNil(PaceRule.pace(countSoFar: 0, year: year, today: d("2025-03-30"), lastGrade: nil, policy: policy), "day 30")
        XCTAssertNil(PaceRule.pace(countSoFar: 40, year: year, today: d("2026-03-01"), lastGrade: nil, policy: policy))
        // The last day: the projection is the count itself.
        XCTAssertEqual(PaceRule.pace(countSoFar: 9, year: year, today: d("2026-02-28"), lastGrade: nil, policy: policy)?.projected, 9)
    }
}

/// Editing a station's own fields, and re-crediting talents (issue 12).
final class StationEditRuleTests: XCTestCase {
    let policy = Fixture.policy

    func life(_ s: Station) -> StationLife { StationLife(s, period: ManagementPeriod(station: s, policy: policy)) }

    func testAnEditNeedsAReasonAUniqueNameAndPartnersOfTheType() {
        let s = Fixture.station(id: 1, agreement: "2024-03-01")
        let other = Fixture.station(id: 2, agreement: "2024-03-01")
        XCTAssertTrue(StationEditRule.check(s, reason: "更正名称", others: [s, other], partners: [Fixture.university], dated: [],
                                            life: life(s)).isAllowed)
        var clash = s; clash.name = "站2"
        XCTAssertEqual(StationEditRule.check(clash, reason: " ", others: [s, other], partners: [Fixture.park], dated: [], life: life(clash)).reasons,
                       [.editReasonRequired, .stationNameUsed(name: "站2", status: .active),
                        .partnerTypeMismatch(partner: Fixture.park.name, kind: .park, type: .university)])
    }

    func testAMovedAgreementMayNotStrandKeptRecords() {
        var s = Fixture.station(id: 1, agreement: "2024-03-01")
        s.agreementDate = d("2024-06-01")   // the clerk moves the agreement later
        let dated: [(record: DatedRecord, date: CivilDate)] = [(.talent, d("2024-05-02")), (.talent, d("2024-04-01")), (.activity, d("2024-07-01"))]
        let reasons = StationEditRule.check(s, reason: "协议日期录错", others: [s], partners: [Fixture.university], dated: dated, life: life(s)).reasons
        XCTAssertEqual(reasons, [.outsideStationLife(record: .talent, date: d("2024-04-01"), station: "站1", start: d("2024-06-01"),
                                                     end: d("2026-05-31"), endKind: .periodEnd)], "the earliest stranded talent is named")
    }

    func testRecreditNamesEveryTalentOutsideTheNewStationsLife() {
        var revoked = Fixture.station(id: 2, agreement: "2024-03-01", status: .revoked)
        revoked.endedOn = d("2025-04-30")
        let talents = [
            Talent(name: "甲", category: .g, employer: "厂", introducedOn: d("2025-04-30"), stationId: 1),
            Talent(name: "乙", category: .g, employer: "厂", introducedOn: d("2025-05-01"), stationId: 1),
            Talent(name: "丙", category: .g, employer: "厂", introducedOn: d("2024-02-01"), stationId: 1),
        ]
        let reasons = RecreditRule.check(talents, to: life(revoked)).reasons
        XCTAssertEqual(reasons.count, 2)
        XCTAssertTrue(reasons[0].stationTexts.zh.contains("“乙”引进日期2025-05-01"), reasons[0].stationTexts.zh)
        XCTAssertTrue(reasons[0].stationTexts.zh.contains("2025-04-30撤销"), reasons[0].stationTexts.zh)
        XCTAssertTrue(reasons[1].stationTexts.en.contains("丙's date introduced 2024-02-01"), reasons[1].stationTexts.en)
        XCTAssertTrue(RecreditRule.check(Array(talents.prefix(1)), to: life(revoked)).isAllowed)
    }
}
