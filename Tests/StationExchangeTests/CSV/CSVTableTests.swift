import Foundation
import XCTest
@testable import StationExchange

final class CSVTableTests: XCTestCase {
    func testCRLFAndLFGiveTheSameRecords() throws {
        let lf = try CSVTable.parse(text: "a,b\n1,2\n3,4\n", fileName: "lf.csv")
        let crlf = try CSVTable.parse(text: "a,b\r\n1,2\r\n3,4\r\n", fileName: "crlf.csv")
        XCTAssertEqual(lf.records, crlf.records)
        XCTAssertEqual(lf.records.map(\.fields), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(lf.records.map(\.line), [2, 3])
    }

    func testQuotedFieldsWithCommasQuotesAndLineBreaksKeepPhysicalLines() throws {
        let text = "name,note\r\n"
            + "\"张三,李四\",\"他说\"\"好\"\"\"\r\n"          // line 2
            + "王五,\"第一行\r\n第二行\r\n第三行\"\r\n"        // lines 3-5
            + "赵六,\"一\n二\"\r\n"                          // lines 6-7 (LF inside, CRLF outside)
            + "钱七,末行"                                      // line 8, no final line break
        let table = try CSVTable.parse(text: text, fileName: "q.csv")
        XCTAssertEqual(table.records.map(\.fields), [
            ["张三,李四", "他说\"好\""],
            ["王五", "第一行\r\n第二行\r\n第三行"],
            ["赵六", "一\n二"],
            ["钱七", "末行"],
        ])
        XCTAssertEqual(table.records.map(\.line), [2, 3, 6, 8])
    }

    func testBlankAndAllEmptyRowsAreSkippedButCounted() throws {
        let table = try CSVTable.parse(text: "\r\na,b\r\n\r\n1,2\r\n,\r\n3,4\r\n", fileName: "b.csv")
        XCTAssertEqual(table.header, ["a", "b"])
        XCTAssertEqual(table.records.map(\.fields), [["1", "2"], ["3", "4"]])
        XCTAssertEqual(table.records.map(\.line), [4, 6])
    }

    func testEmptyFileIsRefused() {
        XCTAssertThrowsError(try CSVTable.parse(text: "\r\n\r\n", fileName: "e.csv")) { error in
            XCTAssertEqual("\(error)", "e.csv:1: 文件为空，缺少表头行")
        }
    }

    func testLineBreakCounting() {
        XCTAssertEqual(CSVTable.lineBreaks(in: "a\r\nb\nc\rd"), 3)
        XCTAssertEqual(CSVTable.lineBreaks(in: "plain"), 0)
        XCTAssertEqual(CSVTable.lineBreaks(in: "硕士\rX\n第二页"), 2, "a CR then another byte does not pair with a later LF")
        XCTAssertEqual(CSVTable.lineBreaks(in: "硕士，劳动合同\r\n第二页\n\n"), 3)
    }

    func testWriterQuotesOnlyWhatNeedsItAndEndsEveryRowWithCRLF() throws {
        let data = try CSVDocument.data(header: ["name", "note"], rows: [["张三", "a,b"], ["李\"四", "x\ny"], ["", ""]])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "name,note\r\n张三,\"a,b\"\r\n\"李\"\"四\",\"x\ny\"\r\n,\r\n")
    }
}
