import XCTest
@testable import StationDomain

/// Issue 10's last gap: the records of a year's round (issue 11) and of a station's two years
/// (issue 12) name their text fields, so a one-line field refuses a line break (the generic check
/// let it through), a note keeps one, every field is NFC-normalised and length-limited, every
/// date lies in 1990–2100 — and each refusal names the field refused.
final class TextRulesRecordsTests: XCTestCase {
    let day = CivilDate("2026-05-01")!
    let bidi = "\u{202E}"

    /// The field `record.checkedText()` refuses, and why.
    func refused<R: TextChecked>(_ record: R, file: StaticString = #filePath, line: UInt = #line) -> TextProblem? {
        do { _ = try record.checkedText(); XCTFail("not refused", file: file, line: line); return nil } catch let p as TextProblem {
            return p
        } catch { XCTFail("\(error)", file: file, line: line); return nil }
    }

    func application() -> Application {
        var a = Application(roundId: 1, unitId: 1, partnerIds: [1], type: .university, proposedName: "华东虚构理工大学柳州人才工作站",
                            proposedHead: "张三", createdOn: day)
        a.conditions = (1...6).map { ConditionCheck(number: $0, state: .met, note: "已核", evidence: "营业执照") }
        a.materials = MaterialKind.allCases.map { MaterialReceipt(kind: $0, receivedOn: day) }
        a.siteVisit = SiteVisit(date: day, people: "王平、李静", findings: "场地属实\n人员在岗")
        a.staff = ["李工", "王工"]
        return a
    }

    func testApplicationNamesTheFieldRefused() throws {
        XCTAssertNoThrow(try application().checkedText(), "line breaks in the findings (a note) are kept")
        var a = application(); a.proposedName = "甲\n乙站"
        XCTAssertEqual(refused(a), TextProblem(field: "proposedName", reason: .lineBreak))
        a = application(); a.proposedHead = "张" + bidi + "三"
        XCTAssertEqual(refused(a), TextProblem(field: "proposedHead", reason: .invisible(0x202E)))
        a = application(); a.staff = ["李工", "王\u{1B}[2J工"]
        XCTAssertEqual(refused(a), TextProblem(field: "staff", reason: .control(0x1B)))
        a = application(); a.conditions[2].note = "只有框架协议" + bidi
        XCTAssertEqual(refused(a), TextProblem(field: "conditions[3].note", reason: .invisible(0x202E)))
        a = application(); a.conditions[0].evidence = "执照\u{07}"
        XCTAssertEqual(refused(a), TextProblem(field: "conditions[1].evidence", reason: .control(7)))
        a = application(); a.materials[5].receivedOn = CivilDate("2206-01-01")
        XCTAssertEqual(refused(a), TextProblem(field: "materials[profile_and_plan].receivedOn", reason: .dateOutOfRange("2206-01-01")))
        a = application(); a.siteVisit?.people = "王平\n李静"
        XCTAssertEqual(refused(a), TextProblem(field: "siteVisit.people", reason: .lineBreak))
        a = application(); a.siteVisit?.findings = String(repeating: "场", count: 2_001)
        XCTAssertEqual(refused(a), TextProblem(field: "siteVisit.findings", reason: .tooLong(limit: 2_000, found: 2_001)))
        // Stored in NFC: a name typed decomposed is the name typed precomposed.
        a = application(); a.proposedName = "Cafe\u{301}人才工作站"
        XCTAssertEqual(try a.checkedText().proposedName, "Caf\u{E9}人才工作站")
    }

    func testTheRoundsOtherRecordsNameTheirFields() {
        XCTAssertEqual(refused(Round(year: 2026, places: 3, openedOn: day, note: "第二轮" + bidi)),
                       TextProblem(field: "note", reason: .invisible(0x202E)))
        XCTAssertEqual(refused(Round(year: 2026, places: 3, openedOn: CivilDate("1989-12-31")!)),
                       TextProblem(field: "openedOn", reason: .dateOutOfRange("1989-12-31")))
        XCTAssertEqual(refused(ApplicationEvent(applicationId: 1, from: .shortlisted, to: .bureauApproved, by: "boss", on: day,
                                                reference: "柳科发〔2026〕\n20号")),
                       TextProblem(field: "reference", reason: .lineBreak))
        XCTAssertEqual(refused(ApplicationEvent(applicationId: 1, from: .draft, to: .withdrawn, by: "clerk", on: day, reason: "撤回\u{1B}")),
                       TextProblem(field: "reason", reason: .control(0x1B)))
        XCTAssertEqual(refused(Objection(applicationId: 1, lodgedOn: day, text: "市民张某：" + bidi + "不符")),
                       TextProblem(field: "text", reason: .invisible(0x202E)))
        XCTAssertEqual(refused(QuotaException(applicationId: 1, kind: .beyondPlanCap, reason: "人才特别集聚\u{200B}", by: "boss", on: day)),
                       TextProblem(field: "reason", reason: .invisible(0x200B)))
        XCTAssertEqual(refused(Notice(roundId: 1, applicationIds: [1], publishedOn: day, firstDay: day, lastDay: CivilDate("2101-01-01")!)),
                       TextProblem(field: "lastDay", reason: .dateOutOfRange("2101-01-01")))
        XCTAssertEqual(refused(StationPeriod(stationId: 1, agreementDate: day, appointmentLetterOn: CivilDate("1900-01-01")!)),
                       TextProblem(field: "appointmentLetterOn", reason: .dateOutOfRange("1900-01-01")))
    }

    func testAStationsRecordsNameTheirFields() throws {
        let filing = StaffFiling(stationId: 1, filedOn: day, role: .head, oldPerson: "张三", newPerson: "李四", reason: "调任\n另有安排")
        XCTAssertNoThrow(try filing.checkedText(), "a reason is a note: its line break stays")
        var f = filing; f.newPerson = "李\n四"
        XCTAssertEqual(refused(f), TextProblem(field: "newPerson", reason: .lineBreak))
        f = filing; f.oldPerson = "张" + bidi + "三"
        XCTAssertEqual(refused(f), TextProblem(field: "oldPerson", reason: .invisible(0x202E)))
        f = filing; f.acknowledgedOn = CivilDate("2200-01-01")
        XCTAssertEqual(refused(f), TextProblem(field: "acknowledgedOn", reason: .dateOutOfRange("2200-01-01")))

        let activity = Activity(stationId: 1, on: day, duty: 1, title: "校园专场招聘会", place: "上海", participants: "学生120人\n企业8家",
                                outcome: "意向42人", evidence: "签到表")
        XCTAssertNoThrow(try activity.checkedText())
        var a = activity; a.title = "招聘\n会"
        XCTAssertEqual(refused(a), TextProblem(field: "title", reason: .lineBreak))
        a = activity; a.place = "上海\u{7F}"
        XCTAssertEqual(refused(a), TextProblem(field: "place", reason: .control(0x7F)))
        a = activity; a.outcome = "意向" + bidi
        XCTAssertEqual(refused(a), TextProblem(field: "outcome", reason: .invisible(0x202E)))
        a = activity; a.evidence = "照片\u{1B}"
        XCTAssertEqual(refused(a), TextProblem(field: "evidence", reason: .control(0x1B)))

        let demand = TalentDemand(stationId: 1, enterprise: "柳州市虚构工程机械集团有限公司", need: "液压工程师\n3年经验", headcount: 3,
                                  field: "机械", collectedOn: day, published: true, publishedWhere: "高校就业网")
        XCTAssertNoThrow(try demand.checkedText())
        var d = demand; d.enterprise = "柳州\n虚构"
        XCTAssertEqual(refused(d), TextProblem(field: "enterprise", reason: .lineBreak))
        d = demand; d.publishedWhere = "就业网" + bidi
        XCTAssertEqual(refused(d), TextProblem(field: "publishedWhere", reason: .invisible(0x202E)))
        d = demand; d.collectedOn = CivilDate("1980-01-01")!
        XCTAssertEqual(refused(d), TextProblem(field: "collectedOn", reason: .dateOutOfRange("1980-01-01")))

        var s = Station(name: "甲站", type: .university, unitId: 1, partnerIds: [1], head: "张三", staff: ["李四"], agreementDate: day)
        s.terminationLetter = TerminationLetter(on: day, reference: "柳科函\n〔2026〕3号")
        XCTAssertEqual(refused(s), TextProblem(field: "terminationLetter.reference", reason: .lineBreak))
    }

    /// A station's every field is checked, in the order its table lists them: the first refused
    /// field is the one named, and the letter's date is named with the letter.
    func testAStationNamesItsFirstRefusedField() throws {
        var s = Station(name: "Cafe\u{301}站", type: .university, unitId: 1, partnerIds: [1], head: "张三", staff: ["李四"],
                        agreementDate: day)
        XCTAssertEqual(try s.checkedText().name, "Caf\u{E9}站")
        s.terminationLetter = TerminationLetter(on: CivilDate("2101-01-01")!, reference: "柳科函〔2026〕3号")
        XCTAssertEqual(refused(s), TextProblem(field: "terminationLetter.on", reason: .dateOutOfRange("2101-01-01")))
        s.endedOn = CivilDate("1989-01-01")
        XCTAssertEqual(refused(s), TextProblem(field: "endedOn", reason: .dateOutOfRange("1989-01-01")))
        s.plaqueOn = CivilDate("1989-02-01")
        XCTAssertEqual(refused(s), TextProblem(field: "plaqueOn", reason: .dateOutOfRange("1989-02-01")))
        s.revocationReference = "柳科发\n〔2025〕4号"
        XCTAssertEqual(refused(s), TextProblem(field: "revocationReference", reason: .lineBreak))
        s.staff = ["李四", "王" + bidi]
        XCTAssertEqual(refused(s), TextProblem(field: "staff", reason: .invisible(0x202E)))
        s.head = "张\u{7}三"
        XCTAssertEqual(refused(s), TextProblem(field: "head", reason: .control(7)))
    }
}
