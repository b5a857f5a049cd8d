import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

final class ScoreSheetExportTests: XCTestCase {
    func testOneColumnPerCriterionOfTheForm() throws {
        let book = try ReportFixture.share.policyBook()
        let policy = try XCTUnwrap(book.inForce(on: CivilDate("2025-01-01")!))
        let form = try XCTUnwrap(policy.form(for: .application, type: .university))
        var scores: [String: Score] = [:]
        for c in form.criteria { scores[c.key] = Score(c.max - 1) }
        scores[form.criteria[0].key] = nil   // not scored yet
        let sheet = ScoreSheet(id: 5, subject: .application, subjectId: 9, reviewer: "expert1", formId: form.id,
                               formVersion: form.version, scores: scores, comment: "材料齐全, 建议通过",
                               submittedOn: CivilDate("2025-04-02"))
        let data = try ScoreSheetExport.csv([sheet], form: form, subjectNames: [9: "虚构工作站"])
        let table = try CSVTable.parse(data: data, fileName: "s.csv")
        XCTAssertEqual(table.header, ["subject", "subject_id", "subject_name", "reviewer"] + form.criteria.map(\.key)
                       + ["total", "comment", "submitted_on"])
        let row = try XCTUnwrap(table.records.first?.fields)
        XCTAssertEqual(Array(row[0...4]), ["application", "9", "虚构工作站", "expert1", ""])
        XCTAssertEqual(row[5], String(form.criteria[1].max - 1))
        XCTAssertEqual(row[4 + form.criteria.count + 1], "材料齐全, 建议通过")
        XCTAssertEqual(row.last, "2025-04-02")
        XCTAssertEqual(row[4 + form.criteria.count], SheetCheck.total(of: sheet, form: form).description)
    }

    func testSheetsOfAnotherFormAreRefused() throws {
        let form = ScoreForm(id: "f", version: 2, title: "t", subject: .evaluation, stationType: nil,
                             criteria: [.init(key: "a", title: "甲", max: 10)])
        let old = ScoreSheet(id: 7, subject: .evaluation, subjectId: 1, reviewer: "r", formId: "f", formVersion: 1)
        XCTAssertThrowsError(try ScoreSheetExport.csv([old], form: form)) {
            XCTAssertEqual($0 as? ScoreSheetExport.Problem, .otherForm(sheetIds: [7], form: "f v2"))
        }
    }
}
