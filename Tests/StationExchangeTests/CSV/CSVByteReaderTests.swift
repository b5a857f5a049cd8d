import CSV
import XCTest
@testable import StationExchange

/// The byte reader that replaced CSV.swift's `CSVReader` for reading must split every text the
/// same way, malformed quoting included: compared on hand-picked cases and on 20,000 random texts
/// built from the characters that matter.
final class CSVByteReaderTests: XCTestCase {
    func records(_ text: String) -> [[String]] {
        let shown = text.debugDescription
        var text = text
        return text.withUTF8 { bytes in
            var r = CSVTable.ByteRecords(bytes)
            var out: [[String]] = []
            while let row = r.next() {
                // The line breaks it counts inside a record are those its fields hold.
                XCTAssertEqual(r.breaksInLastRecord, row.map(CSVTable.lineBreaks(in:)).reduce(0, +), shown)
                out.append(row)
            }
            return out
        }
    }

    func theirs(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var out: [[String]] = []
        while let row = reader.next() { out.append(row) }
        return out
    }

    func testHandPickedCases() throws {
        let cases = ["", "a", "a,b\r\nc,d", "a,b\nc,d\n", "a,\"b,c\"\r\n", "\"x\"\"y\",z", "\"ab\"cd,e", "\"ab\"中d,e",
                     "\"unclosed,\r\nstill", "a,,\r\n,,", ",", "a,", "\"\"", "\"\",", "\r\n\r\n", "\r", "a\rb\rc", "\"a\r\nb\"\r\nc",
                     "名字,单位\r\n张三,\"柳州，某某\"\r\n", "😀,\"😀\"😀x,é"]
        for text in cases {
            XCTAssertEqual(records(text), try theirs(text), text.debugDescription)
        }
    }

    func testRandomTextsSplitAlike() throws {
        let alphabet: [String] = ["a", "中", "\"", ",", "\r", "\n", "é", "😀", " "]
        var state: UInt64 = 15
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        for _ in 0..<20_000 {
            let text = (0..<next(24)).map { _ in alphabet[next(alphabet.count)] }.joined()
            XCTAssertEqual(records(text), try theirs(text), text.debugDescription)
        }
    }
}
