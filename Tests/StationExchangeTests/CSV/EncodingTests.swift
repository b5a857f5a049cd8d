import Foundation
import XCTest
@testable import StationExchange

final class EncodingTests: XCTestCase {
    private let expectedPartners = [
        ["上海市某某理工大学（虚构）", "university", "上海", "王老师 021-5555 0101"],
        ["深圳湾创新创业园區,南区", "park", "深圳", "李\"经理\""],
        ["甘肃省某某研究院𠀀", "institute", "兰州", ""],
    ]

    func testPlainUTF8() throws {
        let data = Data("name,city\n柳州,上海\n".utf8)
        let (text, encoding) = try SourceEncoding.decode(data)
        XCTAssertEqual(encoding, .utf8)
        XCTAssertEqual(text, "name,city\n柳州,上海\n")
    }

    func testUTF8WithBOMLosesTheMark() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("name\r\n共建方\r\n".utf8))
        let table = try CSVTable.parse(data: data, fileName: "bom.csv")
        XCTAssertEqual(table.encoding, .utf8WithBOM)
        XCTAssertEqual(table.header, ["name"], "the BOM must not stick to the first column name")
        XCTAssertEqual(table.records.map(\.fields), [["共建方"]])
    }

    /// The fixture was made with `iconv -f UTF-8 -t GB18030` (as Excel on Chinese Windows saves "CSV"),
    /// including a 4-byte GB18030 sequence (𠀀) and a traditional character (區).
    func testGB18030FileFromIconv() throws {
        let table = try CSVTable.read(path: TestFiles.fixture("partners-gb18030.csv"), fileName: "p.csv")
        XCTAssertEqual(table.encoding, .gb18030)
        XCTAssertEqual(table.header, ["name", "kind", "city", "contact"])
        XCTAssertEqual(table.records.map(\.fields), expectedPartners)
        XCTAssertEqual(table.records.map(\.line), [2, 3, 4])
    }

    func testKnownGBKBytes() throws {
        // 柳 = C1 F8, 州 = D6 DD in GBK; 𠀀 = 95 32 82 36 in GB18030.
        let (text, encoding) = try SourceEncoding.decode(Data([0xC1, 0xF8, 0xD6, 0xDD, 0x95, 0x32, 0x82, 0x36]))
        XCTAssertEqual(encoding, .gb18030)
        XCTAssertEqual(text, "柳州𠀀")
    }

    func testNeitherUTF8NorGB18030IsRefusedNamingTheLine() {
        // Latin-1 "café" on line 2: E9 followed by a line feed is not GB18030 either.
        let data = Data(Array("name\n".utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A])
        XCTAssertThrowsError(try CSVTable.parse(data: data, fileName: "latin1.csv")) { error in
            guard case ImportFailure.encoding(let file, .unknown(let offset, let line)) = error else {
                return XCTFail("unexpected \(error)")
            }
            XCTAssertEqual(file, "latin1.csv")
            XCTAssertEqual(line, 2)
            XCTAssertEqual(offset, 8)
            XCTAssertTrue("\(error)".contains("GB18030"), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("latin1.csv: 第2行"), "\(error)")
        }
    }

    /// Big5 bytes decode as GB18030 without error — into nonsense (臺灣虛構 → 籓芖店). The fixture
    /// was made with `iconv -f UTF-8 -t BIG5`; it must be refused, not imported as mojibake.
    func testBig5IsRefusedNotReadAsGB18030() {
        XCTAssertThrowsError(try CSVTable.read(path: TestFiles.fixture("partners-big5.csv"), fileName: "big5.csv")) { error in
            guard case ImportFailure.encoding(_, .notGB(let line)) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 2)
            XCTAssertTrue("\(error)".contains("Big5"), "\(error)")
        }
    }

    func testGBKTextWithSomeRareCharactersIsStillGBK() throws {
        // Common GB2312 text plus two GBK-extension characters (trail bytes below 0xA1).
        var bytes: [UInt8] = []
        for _ in 0..<30 { bytes += [0xC1, 0xF8] }          // 柳 ×30
        bytes += [0x81, 0x40, 0x81, 0x41]                  // 丂 丄 (GBK/3)
        let (text, encoding) = try SourceEncoding.decode(Data(bytes))
        XCTAssertEqual(encoding, .gb18030)
        XCTAssertEqual(text, String(repeating: "柳", count: 30) + "丂丄")
    }

    func testBOMWithBrokenUTF8IsNotRetriedAsGB18030() {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("a\n".utf8) + [0xC1, 0xF8])
        XCTAssertThrowsError(try SourceEncoding.decode(data)) { error in
            XCTAssertEqual(error as? EncodingProblem, .brokenUTF8(offset: 5, line: 2))
        }
    }

    func testUTF16WorkbookAndBinaryAreRefused() {
        XCTAssertThrowsError(try SourceEncoding.decode(Data([0xFF, 0xFE, 0x6E, 0x00]))) {
            XCTAssertEqual($0 as? EncodingProblem, .utf16)
        }
        XCTAssertThrowsError(try SourceEncoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00]))) {
            XCTAssertEqual($0 as? EncodingProblem, .workbook)
            XCTAssertTrue("\($0)".contains("xlsx"))
        }
        XCTAssertThrowsError(try SourceEncoding.decode(Data([0x61, 0x00, 0x62]))) {
            XCTAssertEqual($0 as? EncodingProblem, .binary(offset: 1))
        }
    }
}
