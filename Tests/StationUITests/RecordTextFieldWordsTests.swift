import XCTest
import StationDomain
@testable import StationUI

/// A text refusal of the round's and the station's records names the field in the user's words,
/// one language at a time (the store names it as the record spells it).
final class RecordTextFieldWordsTests: XCTestCase {
    func testTheRefusedFieldIsNamedInWords() {
        let zh = Catalog(.zh), en = Catalog(.en)
        let note = TextProblem(field: "conditions[3].note", reason: .invisible(0x202E))
        XCTAssertEqual(zh.describe(note), "第四条第3项备注：含有不可见的字符 U+202E（零宽或文字方向控制符），不能保存")
        XCTAssertEqual(en.describe(note), "Art. 4 line 3, note: contains the invisible character U+202E (zero-width or a text-direction control); it cannot be stored")
        XCTAssertEqual(zh.describe(TextProblem(field: "proposedName", reason: .lineBreak)), "拟设名称：不能含换行")
        XCTAssertEqual(zh.describe(TextProblem(field: "siteVisit.findings", reason: .tooLong(limit: 2_000, found: 2_001))),
                       "考察情况：最多2000个字符，现有2001个")
        XCTAssertEqual(zh.describe(TextProblem(field: "newPerson", reason: .lineBreak)), "新人员：不能含换行")
        XCTAssertEqual(en.describe(TextProblem(field: "publishedWhere", reason: .lineBreak)), "Where published: must not contain a line break")
        XCTAssertEqual(zh.describe(TextProblem(field: "materials[office_proof].receivedOn", reason: .dateOutOfRange("2206-01-01"))),
                       "固定办公场所证明收到日期：日期2206-01-01不在1990—2100年之间")
    }

    /// English names the plan period in English (it showed "plan 十五五"); Chinese keeps the data's name.
    func testThePlanPeriodIsNamedInTheLanguageInUse() {
        let round = Round(year: 2026, places: 5, openedOn: CivilDate("2026-03-02")!)
        let plan = PlanPeriod(name: "十五五", firstYear: 2026, lastYear: 2030, stationCap: 10)
        let en = Catalog(.en).roundPlaces(round, planLeft: 7, plan: plan)
        XCTAssertEqual(en, "places 5; the 15th Five-Year Plan: cap 10, 7 left")
        XCTAssertFalse(en.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || $0 == "：" }, en)
        XCTAssertEqual(Catalog(.zh).roundPlaces(round, planLeft: 7, plan: plan), "本轮名额 5；“十五五”期间不超过10家，尚余 7")
        XCTAssertEqual(Catalog(.en).refusal(.planCapReached(cap: 10, period: "十五五")),
                       "Art. 5.4: the cap of 10 new stations in the 15th Five-Year Plan is reached")
        XCTAssertEqual(Catalog(.en).planName("某试点计划"), "某试点计划", "another name as written")
    }
}
