import StationDomain
import XCTest
@testable import StationExchange

/// Talent rows are converted on two threads, duplicates then found in file order: the records
/// and the issues must be exactly those of one sequential pass, duplicates across the halves too.
final class ParallelTalentCheckTests: XCTestCase {
    func testTwoThreadsGiveWhatOnePassGives() throws {
        let s = Sample.station.name
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<3000 {
            switch i % 7 {
            case 0: text += "甲\(i % 50),A,某店,2024-06-01,\(s),\n"            // duplicates across the whole file
            case 1: text += "乙\(i),H,某店,2024-06-01,\(s),\n"                 // bad category
            case 2: text += "丙\(i),B,某店,2024-02-30,\(s),\n"                 // no such day
            case 3: text += "丁\(i),C,某店,2024-06-01,\n"                      // too few fields
            default: text += "戊\(i),,某店,2024-06-0\(1 + i % 9),\(s),备注\n"
            }
        }
        let table = try CSVTable.parse(text: text, fileName: "t.csv")
        let map = try ColumnMap(kind: .talents, header: table.header, file: "t.csv")
        var oneIssues: [ImportIssue] = [], twoIssues: [ImportIssue] = []
        let one = try RowValidation.talents(table, map, Sample.context, nil, &oneIssues, parallelFrom: .max)
        let two = try RowValidation.talents(table, map, Sample.context, nil, &twoIssues, parallelFrom: 1)
        XCTAssertEqual(one, two)
        XCTAssertEqual(oneIssues, twoIssues)
        XCTAssertGreaterThan(one.count, 1000)
        XCTAssertTrue(oneIssues.contains { $0.message.contains("与第2行重复") }, "a late row duplicates line 2")
        XCTAssertEqual(oneIssues.map(\.line), oneIssues.map(\.line).sorted(), "issues in file order")
    }

    func testCancelledParallelCheckThrows() throws {
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<30_000 { text += "某\(i),A,某店,2024-06-01,,\n" }
        let table = try CSVTable.parse(text: text, fileName: "c.csv")
        let control = ImportControl()
        control.cancel()
        XCTAssertThrowsError(try RowValidation.check(table, as: .talents, against: Sample.context, control: control)) {
            guard case ImportFailure.cancelled = $0 else { return XCTFail("\($0)") }
        }
    }
}
