import XCTest
@testable import StationDomain

/// Lists sort Chinese by pinyin as WPS and Excel do: checked against lists ordered by hand.
final class PinyinCollationTests: XCTestCase {
    static let table: PinyinTable = {
        do {
            return try PinyinTable(tsv: TestData.text("data/pinyin/hanzi-pinyin.tsv"))
                .withSortReadings(tsv: TestData.text("data/pinyin/sort-readings.tsv"))
        } catch {
            fatalError("pinyin tables: \(error)")
        }
    }()
    var table: PinyinTable { Self.table }

    /// Ordered by hand: digits first, then by pinyin syllable by syllable (西安 xi-an before 先
    /// xian), Latin letters among the pinyin ignoring case (Wang Wu beside 王五, the Latin
    /// first on a tie), digit runs by value, 长 under C and 曾 under Z (sort-readings.tsv).
    func testHandOrderedList() {
        let expected = [
            "2024年度", "阿里巴巴", "Apple", "巴特尔", "白云", "长三角", "陈", "第9号", "第10号", "丁军军", "丁怡平",
            "柳州ABC", "柳州abc", "欧阳思远", "上官英刚", "Wang Wu", "王五", "西安", "先", "曾国藩", "张三", "张三丰",
        ]
        for seed in 0..<5 {
            var shuffled = expected
            var rng = SplitMix(seed: UInt64(seed))
            shuffled.shuffle(using: &rng)
            XCTAssertEqual(PinyinCollation.sorted(shuffled, table: table), expected)
        }
    }

    /// The first character of a person's name is read as a surname: 区 ou, 仇 qiu, 单 shan,
    /// 解 xie, 曾 zeng; the same characters elsewhere by their sort reading (单位 under D).
    func testSurnames() {
        let names = ["曾国藩", "单田芳", "仇英", "解缙", "区永", "丁一"]
        XCTAssertEqual(PinyinCollation.sorted(names, table: table, personName: true),
                       ["丁一", "区永", "仇英", "单田芳", "解缙", "曾国藩"])
        XCTAssertEqual(PinyinCollation.sorted(["单位", "丁一", "长城"], table: table), ["长城", "单位", "丁一"])
        XCTAssertEqual(table.sortReading(of: "单"), "dan")
        XCTAssertEqual(table.sortReading(of: "单", surname: true), "shan")
        XCTAssertEqual(table.sortReading(of: "长"), "chang")
    }

    func testNumbersAndDatesByValue() {
        func sorted(_ cells: [String], _ key: (String, inout [UInt8]) -> Void) -> [String] {
            let keys = cells.map { c -> [UInt8] in var out: [UInt8] = []; key(c, &out); return out }
            return cells.indices.sorted { keys[$0].lexicographicallyPrecedes(keys[$1]) }.map { cells[$0] }
        }
        XCTAssertEqual(sorted(["10", "9", "1,200", "-2", "", "—", "¥3.50", "0.5"]) { PinyinCollation.appendNumberKey($0, table: table, to: &$1) },
                       ["-2", "0.5", "¥3.50", "9", "10", "1,200", "", "—"])
        XCTAssertEqual(sorted(["2024-01-02", "2023-12-31", "—", "2024-01-01"]) { PinyinCollation.appendDateKey($0, table: table, to: &$1) },
                       ["2023-12-31", "2024-01-01", "2024-01-02", "—"])
    }

    /// A sort reading the character does not have is refused, naming the line.
    func testOverrideFileRefusesUnknownReadings() {
        XCTAssertThrowsError(try table.withSortReadings(tsv: "char\tsort\tsurname\n长\tzhong\n")) { error in
            XCTAssertEqual(error as? PinyinTableError, .malformed(line: 2, text: "长\tzhong"))
        }
        XCTAssertThrowsError(try table.withSortReadings(tsv: "A\ta\n"))
    }
}

/// A small seeded generator, so shuffles are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

extension PinyinCollationTests {
    /// The prefix computed from UTF-8 bytes equals the first eight bytes of the key, for names
    /// of every kind (Chinese, surnames, Latin, digits, punctuation, short and long).
    func testPrefixFromBytesIsTheKeysFirstEightBytes() {
        let texts = ["王", "王五", "曾国藩", "单田芳", "Wang Wu", "wang", "欧阳思远", "努尔艾合买提·阿不都热依木", "第9号", "A", "",
                     "〔已撤销〕南方", "柳州ABC有限公司", "张三丰", "xi an", "Ωmega", "𠀀字", "a-b", "Zz", "丁"]
        for text in texts {
            for personName in [false, true] {
                let key = PinyinCollation.key(text, table: table, personName: personName)
                var expected: UInt64 = 0
                for i in 0..<8 { expected = expected << 8 | UInt64(i < key.count ? key[i] : 0) }
                var bytes = Array(text.utf8)
                let got = bytes.withUnsafeMutableBytes { PinyinCollation.prefix(utf8: UnsafeRawBufferPointer($0), table: table, personName: personName) }
                XCTAssertEqual(got, expected, "\(text) personName \(personName)")
            }
        }
    }
}
