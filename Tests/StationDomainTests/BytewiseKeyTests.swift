import XCTest
@testable import StationDomain

/// Dictionary keys by UTF-8 bytes: equal texts meet, different ones do not, whatever the script.
final class BytewiseKeyTests: XCTestCase {
    func testKeysMeetExactlyOnEqualBytes() {
        let texts = ["张三", "张三 ", "柳州市虚构汽车零部件制造有限公司", "", "a", "A", "e\u{301}", "\u{e9}", String(repeating: "长", count: 40)]
        var index: [BytewiseKey: Int] = [:]
        for (i, t) in texts.enumerated() { index[BytewiseKey(t)] = i }
        XCTAssertEqual(index.count, texts.count, "every text its own key (é composed and decomposed too)")
        for (i, t) in texts.enumerated() {
            // A copy made apart (not the same storage) finds the same entry.
            XCTAssertEqual(index[BytewiseKey(String(decoding: Array(t.utf8), as: UTF8.self))], i, t)
        }
        XCTAssertNil(index[BytewiseKey("张四")])
        // Texts differing only in their last byte, at every length around the 8-byte steps.
        for n in 0...20 {
            let a = String(repeating: "x", count: n) + "a", b = String(repeating: "x", count: n) + "b"
            XCTAssertNotEqual(BytewiseKey(a), BytewiseKey(b), "\(n)")
            XCTAssertEqual(BytewiseKey(a), BytewiseKey(String(repeating: "x", count: n) + "a"), "\(n)")
            XCTAssertNotEqual(BytewiseKey(a), BytewiseKey(String(repeating: "x", count: n)), "\(n): a prefix")
        }
    }
}
