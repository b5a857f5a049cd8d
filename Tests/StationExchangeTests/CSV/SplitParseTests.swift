import Foundation
import XCTest
@testable import StationExchange

/// Large files are parsed in two halves on two threads; the records and line numbers must be
/// exactly those of one pass, wherever the quoted fields with line breaks fall.
final class SplitParseTests: XCTestCase {
    func testHalvesGiveTheSameRecordsAsOnePass() throws {
        var text = "name,note\r\n"
        for i in 0..<3000 {
            switch i % 5 {
            case 0: text += "张\(i),\"第一行\r\n第二行, 含逗号\"\r\n"
            case 1: text += "\"李\"\"\(i)\"\"\",普通\n"
            case 2: text += "王\(i),\"ab\"cd\",x\r\n"      // CSV.swift's malformed-quote case
            case 3: text += "\r\n"                           // blank line
            default: text += "赵\(i),\"\n\n\n\"\r\n"          // a field of line breaks only
            }
        }
        let one = try CSVTable.parse(text: text, fileName: "t.csv", splitFrom: Int.max)
        for cutAt in [1, 100, text.utf8.count / 3] {
            let two = try CSVTable.parse(text: text, fileName: "t.csv", splitFrom: cutAt)
            XCTAssertEqual(two.header, one.header)
            XCTAssertEqual(two.records.count, one.records.count)
            XCTAssertEqual(two.records, one.records, "split from \(cutAt)")
        }
        // The last record spans the file's last 4 lines (3 line feeds inside its quotes, 1 after).
        XCTAssertEqual(one.records.last?.line, text.utf8.filter { $0 == 10 }.count - 3)
    }

    func testBoundaryIsNeverInsideAQuotedField() {
        let text = "a,b\n\"x\ny\",1\nz,2\n"
        // The line feed inside "x\ny" (offset 6) is not a record end; the next one (offset 11) is.
        XCTAssertEqual(RecordBoundary.after(offset: 5, in: text), 12)
        XCTAssertEqual(RecordBoundary.after(offset: 13, in: text), nil, "no cut at the very end")
    }
}
