import TestSupport
import Foundation
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// A station's record on its tabs (issue 12), key by key as a clerk uses it, at 80×24 with the
/// longest names of the demo. Today is 2026-03-02 (the harness).
final class StationRecordTabsTests: XCTestCase {
    static let longName = "西部虚构材料科学研究院·北方虚构交通大学柳州新材料联合人才工作站"

    /// A station signed 2024-06-30 (period to 2026-06-29; evaluation years ending 2025-06-29 and
    /// 2026-06-29), with two head changes filed in the period, activities, demand, talents (one
    /// unclassified), its 2025 evaluation and subsidy with a payment; and a revoked station.
    func fixture(language: Language = .zh) throws -> (Harness, Station, Station) {
        let h = try DemoFixture.harness(language: language, seed: false)
        let unit = try h.addUnit("广西柳州虚构智能装备与新材料产业研究院有限责任公司", code: Harness.code("91450204MA5KX0C03"))
        let (s, revoked) = try h.db.write(command: "set-up", by: "root") { w -> (Station, Station) in
            let a = try w.insert(Partner(name: "西部虚构材料科学研究院", kind: .institute, city: "成都"))
            let b = try w.insert(Partner(name: "北方虚构交通大学", kind: .university, city: "北京"))
            let s = try w.insert(Station(name: Self.longName, type: .university, unitId: unit.id!, partnerIds: [a.id!, b.id!],
                                         head: "欧阳思远", staff: ["司徒婉清", "皇甫雨轩"], agreementDate: CivilDate("2024-06-30")!))
            let r = try w.insert(Station(name: "南方虚构创新创业园柳州人才飞地工作站", type: .university, unitId: unit.id!,
                                         partnerIds: [b.id!], head: "覃志刚", staff: ["韦丽萍"], agreementDate: CivilDate("2023-02-01")!,
                                         status: .revoked, endedOn: CivilDate("2024-12-31")!, revocationReference: "柳科发〔2025〕4号"))
            let e = try w.insert(Evaluation(stationId: s.id!, year: 2025, computedCount: 12, grade: .c,
                                            decidedOn: CivilDate("2025-08-20")!, decisionReference: "柳科评〔2025〕7号"))
            let sub = try w.insert(Subsidy(stationId: s.id!, year: e.year, grade: .c, cap: .yuan(50_000), approved: .yuan(45_000),
                                           decidedOn: CivilDate("2025-08-20")!, dueOn: CivilDate("2025-11-17")!))
            try w.insert(Payment(subsidyId: sub.id!, paidOn: CivilDate("2025-10-10")!, amount: .yuan(20_000), reference: "拨付001"))
            return (s, r)
        }
        let policy = try XCTUnwrap(h.app.ctx.rules.policy(forStation: s))
        let first = try h.db.perform(FileStaffChange(StaffFiling(stationId: s.id!, filedOn: CivilDate("2024-08-01")!, role: .head,
                                                                 oldPerson: "欧阳思远", newPerson: "诸葛明远", reason: "工作调动",
                                                                 acknowledgedOn: CivilDate("2024-08-05")!), policy: policy), by: Harness.user)
        XCTAssertEqual(first.acknowledgedOn, CivilDate("2024-08-05"))
        try h.db.perform(FileStaffChange(StaffFiling(stationId: s.id!, filedOn: CivilDate("2025-01-15")!, role: .head, oldPerson: "诸葛明远",
                                                     newPerson: "上官文静", reason: "退休"), policy: policy), by: Harness.user)
        for (day, duty, title, place) in [("2025-07-10", 1, "柳州新材料产业专场校园招聘会", "北方虚构交通大学体育馆"),
                                          ("2025-09-02", 2, "专家团队来柳技术对接", "柳州市会展中心"),
                                          ("2026-01-08", 1, "寒假实习岗位推介", "线上")] {
            try h.db.perform(SaveActivity(Activity(stationId: s.id!, on: CivilDate(day)!, duty: duty, title: title, place: place,
                                                   participants: "企业12家", outcome: "签约3人", evidence: "签到表"),
                                          replacing: nil, policy: policy), by: Harness.user)
        }
        try h.db.perform(SaveTalentDemand(TalentDemand(stationId: s.id!, enterprise: "柳州市虚构新能源汽车动力电池系统集成技术有限公司",
                                                       need: "电池管理系统工程师", headcount: 3, field: "新能源汽车", collectedOn: CivilDate("2025-07-01")!,
                                                       published: true, publishedWhere: "北方虚构交通大学就业网"),
                                          replacing: nil, policy: policy), by: Harness.user)
        for (name, cat, employer, kind, day) in [("巴特尔·额尔敦毕力格", TalentCategory.a, "柳州虚构钢铁股份有限公司", EmployerKind?.some(.enterprise), "2025-07-20"),
                                                 ("欧阳静晨", .f, "柳州虚构职业技术学院", .institution, "2025-11-02"),
                                                 ("扎西·次仁多吉", .g, "柳州市某某会计师事务所（普通合伙）", nil, "2026-01-20")] {
            try h.db.perform(SaveTalent(Talent(name: name, category: cat, employer: employer, employerKind: kind, introducedOn: CivilDate(day)!,
                                               stationId: s.id!), replacing: nil, policy: policy), by: Harness.user)
        }
        h.app.tick()
        return (h, s, revoked)
    }

    func openRecord(_ h: Harness, _ name: String) {
        h.press(.char(DeskArea.stations.shortcut), .char("/"))
        h.type(name)
        h.press(.enter, .enter)
    }

    /// The journal's times are the real clock's: blanked so the golden screen stays put.
    static func withoutClockTimes(_ grid: Grid) -> Grid {
        var g = grid
        for row in 0..<g.height {
            let text = g.rowText(row)
            guard let r = text.range(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}"#, options: .regularExpression) else { continue }
            let col = text.distance(from: text.startIndex, to: r.lowerBound)
            g.put("YYYY-MM-DD hh:mm", row: row, col: col)
        }
        return g
    }

    var record: (Harness) throws -> StationRecordScreen = { h in try XCTUnwrap(h.app.top as? StationRecordScreen) }

    func testEveryTabAt80x24WithTheLongestNames() throws {
        let (h, s, _) = try fixture()
        openRecord(h, s.name)
        var names: [String] = []
        for tab in StationRecordScreen.Tab.allCases {
            XCTAssertEqual(try record(h).tab, tab)
            let name = "station-tab-\(tab.rawValue)-\(String(describing: tab))-80x24"
            Golden.check(Self.withoutClockTimes(h.screen()), name)
            names.append(h.screen().rowText(1))
            h.press(.tab)
        }
        XCTAssertEqual(try record(h).tab, .details, "Tab goes round")
        h.press(.backTab)
        XCTAssertEqual(try record(h).tab, .history, "Shift-Tab goes back")
        // The strip shows every tab, the current one in brackets, inside 80 columns.
        XCTAssertTrue(names[0].contains("[详情]") && names[0].contains("历史"), names[0])
        XCTAssertTrue(names[8].contains("[历史]"), names[8])
    }

    func testWhatEachTabShows() throws {
        let (h, s, _) = try fixture()
        openRecord(h, s.name)
        let details = h.screen(80, 40).text
        XCTAssertTrue(details.contains("⚠ 本管理期内已变更站长 2 次（超过1次）"), details)
        XCTAssertFalse(details.contains("有名无实"), "a head and two staff")
        XCTAssertTrue(details.contains("上官文静"), "the head after the filings")
        h.press(.tab)   // head and staff
        var text = h.screen().text
        XCTAssertTrue(text.contains("站长：上官文静    工作人员：司徒婉清、皇甫雨轩"), text)
        XCTAssertTrue(text.contains("2024-08-01  站长      欧阳思远 → 诸葛明远"), text)
        XCTAssertTrue(text.contains("2024-08-05"), "the Bureau's acknowledgement")
        h.press(.tab, .tab)   // activities: counts per duty in the evaluation year 2025-06-30–2026-06-29
        text = h.screen().text
        XCTAssertTrue(text.contains("本评估年度（2025-06-30–2026-06-29）各项职责的活动数："), text)
        XCTAssertTrue(text.contains("1项 2  2项 1  3项 0  4项 0  5项 0  6项 0"), text)
        h.press(.tab)   // demand
        XCTAssertTrue(h.screen().text.contains("电池管理系统"), h.screen().text)
        XCTAssertTrue(h.screen(120, 24).text.contains("电池管理系统工程师  "), "the whole need when there is room")
        h.press(.tab)   // talents
        text = h.screen().text
        XCTAssertTrue(text.contains("未分类"), text)
        XCTAssertTrue(text.contains("事业单位"), text)
        h.press(.tab)   // evaluations
        XCTAssertTrue(h.screen().text.contains("2025年  G类以上 12 名  应评 C  已记录 C"), h.screen().text)
        h.press(.tab)   // subsidies
        XCTAssertTrue(h.screen().text.contains("核定 ¥45,000.00"), h.screen().text)
        XCTAssertTrue(h.screen().text.contains("已付 ¥20,000.00"), h.screen().text)
        h.press(.tab)   // history: the station's own journal
        XCTAssertTrue(h.screen().text.contains("人员变更备案"), h.screen().text)
    }

    /// The issue's first end-to-end run, key by key: a head-change filing, then one undo.
    func testAHeadChangeFilingThenUndo() throws {
        let (h, s, _) = try fixture()
        openRecord(h, s.name)
        h.press(.tab, .char("a"))
        XCTAssertTrue(h.app.top is CommandFormScreen<FileStaffChange>)
        Golden.check(h.screen(), "station-filing-form-80x24")
        h.press(.down, .down, .down)   // date, role (head), old person (the head now) → new person
        h.type("令狐冲")
        h.press(.down)
        h.type("工作调动")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is StationRecordScreen, h.messageText ?? "")
        XCTAssertEqual(try h.db.fetch(Station.self, id: s.id!)?.head, "令狐冲")
        XCTAssertEqual(h.messageText, "已备案（\(s.name)），按 u 可撤销")
        XCTAssertTrue(h.screen().text.contains("上官文静 → 令狐冲"))
        XCTAssertTrue(h.screen(80, 40).text.contains("站长：令狐冲"))
        h.press(.char("u"))
        XCTAssertEqual(try h.db.fetch(Station.self, id: s.id!)?.head, "上官文静")
        XCTAssertFalse(h.screen().text.contains("令狐冲"))
        XCTAssertTrue(h.messageText?.contains("人员变更备案") == true, h.messageText ?? "")
    }

    func testFilingRefusedWithTheStationsDatesKeepsTheInput() throws {
        let (h, _, revoked) = try fixture()
        openRecord(h, "飞地")
        h.press(.tab, .char("a"), .down, .down, .down)
        h.type("新人")
        h.press(.down)
        h.type("调动")
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? CommandFormScreen<FileStaffChange>)
        XCTAssertEqual(form.form.errors["filedOn"], "应在2023-02-01至2024-12-31之间（已撤销）")
        XCTAssertEqual(form.form.value("newPerson"), "新人", "the input is kept")
        XCTAssertEqual(h.messageText, "未保存，请更正：备案日期：应在2023-02-01至2024-12-31之间（已撤销）")
        XCTAssertEqual(try h.db.fetch(Station.self, id: revoked.id!)?.head, "覃志刚")
        // The wrong old head is refused on its field too.
        h.press(.down, .down)   // from the date (focused on the refusal) to the old person
        for _ in 0..<3 { h.press(.backspace) }
        h.type("别人")
        h.press(.function(2))
        XCTAssertEqual((h.app.top as? CommandFormScreen<FileStaffChange>)?.form.errors["oldPerson"], "第九条：原站长写为“别人”，现任站长为“覃志刚”")
    }

    func testActivitiesAndDemandAddEditDelete() throws {
        let (h, s, _) = try fixture()
        openRecord(h, s.name)
        h.press(.tab, .tab, .tab, .char("a"))
        Golden.check(h.screen(), "station-activity-form-80x24")
        h.press(.down, .right, .right)   // duty 3
        h.press(.down)
        h.type("柳籍学子返乡实习对接会")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is StationRecordScreen, h.messageText ?? "")
        XCTAssertTrue(h.screen().text.contains("1项 2  2项 1  3项 1"), h.screen().text)
        let added = try XCTUnwrap(h.db.activities(station: s.id!).first { $0.title == "柳籍学子返乡实习对接会" })
        XCTAssertEqual(added.duty, 3)
        XCTAssertEqual(added.on, Harness.today)
        // Edit the selected (the list is by date: the newest is last).
        h.press(.end, .char("e"))
        h.press(.down, .down, .down, .down, .down)
        h.type("，签约5人")
        h.press(.function(2))
        XCTAssertEqual(try h.db.activities(station: s.id!).first { $0.id == added.id }?.outcome, "，签约5人")
        h.press(.end, .char("d"))
        XCTAssertTrue(h.screen().text.contains("删除“柳籍学子返乡实习对接会”？"))
        h.press(.char("y"))
        XCTAssertNil(try h.db.activities(station: s.id!).first { $0.id == added.id })
        XCTAssertEqual(h.messageText, "已删除“柳籍学子返乡实习对接会”，按 u 可撤销")
        // Demand: the number must be a whole number, then it saves.
        h.press(.tab, .char("a"), .down)
        h.type("柳州虚构钢铁股份有限公司")
        h.press(.down)
        h.type("冶金工艺工程师")
        h.press(.down, .backspace)
        h.type("两")
        h.press(.function(2))
        XCTAssertEqual((h.app.top as? CommandFormScreen<SaveTalentDemand>)?.form.errors["headcount"], "应为整数")
        h.press(.backspace)
        h.type("2")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is StationRecordScreen, h.messageText ?? "")
        XCTAssertEqual(try h.db.talentDemands(station: s.id!).map(\.headcount).sorted(), [2, 3])
    }

    func testTerminationLetterOnlyAfterThePeriodAndACorrectionNeedsAReason() throws {
        let (h, s, _) = try fixture()
        openRecord(h, s.name)
        h.press(.char("t"))
        XCTAssertTrue(h.app.top is StationRecordScreen, "the period runs until 2026-06-29")
        XCTAssertEqual(h.messageText, "第八条：终止函日期2026-03-02早于管理期届满日2026-06-29")
        h.press(.char("e"))
        let form = try XCTUnwrap(h.app.top as? CommandFormScreen<EditStation>)
        XCTAssertEqual(form.form.value("partners"), "西部虚构材料科学研究院；北方虚构交通大学")
        h.press(.function(2))
        XCTAssertEqual((h.app.top as? CommandFormScreen<EditStation>)?.form.errors["reason"], "必填")
        h.press(.up, .up, .up, .up)   // from the reason to the name
        h.type("（一期）")
        h.press(.down, .down, .down, .down)
        h.type("与协议文本一致")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is StationRecordScreen, h.messageText ?? "")
        let stored = try XCTUnwrap(h.db.fetch(Station.self, id: s.id!))
        XCTAssertEqual(stored.name, Self.longName + "（一期）")
        XCTAssertEqual(try h.db.journal(limit: 1).first?.summary, "\(stored.name) — 与协议文本一致")
    }

    func testTerminationLetterRecordedForAPeriodOver() throws {
        let h = try DemoFixture.harness()   // 华东 (2023-03-15) ended its period 2025-03-14, not renewed
        openRecord(h, "华东虚构理工大学")
        h.press(.char("t"))
        h.press(.down)
        h.type("柳科函〔2025〕3号")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is StationRecordScreen, h.messageText ?? "")
        let s = try XCTUnwrap(h.db.stations().first { $0.name.hasPrefix("华东") })
        XCTAssertEqual(s.status, .ended)
        XCTAssertEqual(s.terminationLetter?.reference, "柳科函〔2025〕3号")
        XCTAssertTrue(h.screen().rowText(0).contains("〔已终止〕"), h.screen().rowText(0))
        XCTAssertTrue(h.screen(80, 40).text.contains("柳科函〔2025〕3号"))
    }

    func testKeysAreOfferedOnlyToAClerk() throws {
        let h = try Harness(rules: try DemoFixture.rules(), roles: [.reviewer])
        let s = try h.db.write(command: "set-up", by: "root") { w -> Station in
            let u = try w.insert(Unit(name: "柳州某厂", creditCode: Harness.code("91450200MA5L00002"), kind: .enterprise))
            let p = try w.insert(Partner(name: "某大学", kind: .university, city: "上海"))
            return try w.insert(Station(name: "某站", type: .university, unitId: u.id!, partnerIds: [p.id!], head: "甲", staff: ["乙"],
                                        agreementDate: CivilDate("2025-06-01")!))
        }
        h.app.tick()
        // A reviewer's menu does not open 工作站 (issue 13); were they to reach a record another way,
        // its keys are still not offered and the store refuses.
        h.press(.char(DeskArea.stations.shortcut))
        XCTAssertTrue(h.app.top is HomeScreen)
        h.app.apply([.push(StationsScreen(h.app.ctx))])
        h.press(.char("/"))
        h.type(s.name)
        h.press(.enter, .enter)
        h.press(.tab)
        XCTAssertFalse(h.screen().text.contains("a 备案"), "no filing key for a reviewer")
        h.press(.char("a"))
        XCTAssertEqual(h.messageText, "需要“经办人”角色才能这样修改")
        XCTAssertTrue(h.app.top is StationRecordScreen)
    }

    func testEnglishTabsFitAndSayNoChinese() throws {
        let (h, s, _) = try fixture(language: .en)
        openRecord(h, s.name)
        let strip = h.screen().rowText(1)
        XCTAssertTrue(strip.contains("[Info]") && strip.contains("Log"), strip)
        h.press(.tab, .tab, .tab)
        let text = h.screen().rowText(2) + h.screen().rowText(3)
        XCTAssertTrue(text.contains("Activities per duty this evaluation year"), text)
        XCTAssertFalse(text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, text)
    }
}

extension StationRecordTabsTests {
    /// The journal words the new records' fields and values as the screens do.
    func testTheJournalWordsTheNewFieldsAndValues() {
        let c = Catalog(.zh)
        let fields = ["employer_kind": "单位性质", "new_person": "新人员", "acknowledged_on": "科技局确认日期", "duty": "职责（第七条）",
                      "published_where": "发布渠道", "termination_letter_reference": "文号"]
        for (key, label) in fields { XCTAssertEqual(c.journalField(key), label, key) }
        XCTAssertEqual(c.journalTable("talent_demand"), "人才需求")
        XCTAssertEqual(c.journalValue(table: "talent", key: "employer_kind", "other", name: { _, _ in nil }), "其他")
        XCTAssertEqual(c.journalValue(table: "staff_filing", key: "role", "head", name: { _, _ in nil }), "站长")
        XCTAssertEqual(c.journalValue(table: "talent_demand", key: "published", "1", name: { _, _ in nil }), "是")
        let en = Catalog(.en)
        XCTAssertEqual(en.journalField("employer_kind"), "Employer kind")
        XCTAssertEqual(en.journalValue(table: "talent", key: "employer_kind", "institution", name: { _, _ in nil }), "institution")
    }
}
