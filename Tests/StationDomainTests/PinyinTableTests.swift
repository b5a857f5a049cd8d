import XCTest
@testable import StationDomain

/// UX search fields: names are found by pinyin initials, full pinyin, any polyphone reading.
final class PinyinTableTests: XCTestCase {
    static let table = try! PinyinTable(tsv: TestData.text("data/pinyin/hanzi-pinyin.tsv"))
    var table: PinyinTable { Self.table }

    func testMatches_table() {
        let cases: [(String, String, Bool, String)] = [
            ("zs", "张三", true, "initials"),
            ("zhangsan", "张三", true, "full pinyin"),
            ("zhangs", "张三", true, "full then partial"),
            ("zhsan", "张三", true, "partial then full"),
            ("ZS", "张三", true, "case-insensitive"),
            ("zhang san", "张三", true, "spaces ignored"),
            ("张三", "张三丰", true, "plain substring"),
            ("张s", "张三", true, "character then pinyin"),
            ("sf", "张三丰", true, "a run in the middle"),
            ("sz", "张三", false, "order matters"),
            ("zx", "张三", false, "wrong initial"),
            ("zhangsanfengx", "张三丰", false, "query longer than the text"),
            ("shan", "单田芳", true, "polyphone 单: shan"),
            ("dan", "单田芳", true, "polyphone 单: dan"),
            ("stf", "单田芳", true, "polyphone initials s"),
            ("dtf", "单田芳", true, "polyphone initials d"),
            ("abc", "柳州XYZ ABC Ltd", true, "Latin substring, case-insensitive"),
            ("ltd", "柳州XYZ ABC Ltd", true, "Latin at the end"),
            ("lzxyz", "柳州XYZ ABC Ltd", true, "mixed: pinyin then Latin"),
            ("liuzhouxyzabc", "柳州XYZ ABC Ltd", true, "mixed full pinyin, spaces skipped"),
            ("lzky", "柳州XYZ ABC Ltd", false, "no such run"),
            ("", "任何", true, "empty query finds everything"),
            ("gxdx", "广西大学", true, "organisation name initials"),
            ("lv", "吕布", true, "ü typed as v"),
            ("lu", "吕布", true, "ü typed as u"),
            ("XYZ abc", "柳州XYZ ABC Ltd", true, "substring with its spaces"),
            ("αβγ", "ΑΒΓ 咨询", true, "non-Latin letters case-insensitive"),
            ("zhaNG", "(张)三", true, "punctuation is a unit of its own"),
            ("z)s", "(张)三", true, "punctuation typed as itself"),
            ("zs", "(张)三", false, "punctuation is not skipped"),
        ]
        for (query, text, expected, why) in cases {
            XCTAssertEqual(table.matches(query: query, in: text), expected, "\(query) in \(text): \(why)")
            // The prepared form (lists prepare each row once) gives the same answer.
            XCTAssertEqual(table.matches(table.searchQuery(query), in: table.searchKey(text)), expected,
                           "prepared: \(query) in \(text): \(why)")
        }
    }

    /// Prepared search agrees with the plain one on every prefix of many queries over many texts
    /// (the mask must never rule out a row that matches), and a longer query narrows a shorter.
    func testPreparedSearchAgreesWithPlainOnEveryPrefix() {
        let texts = ["张三", "单田芳", "柳州市虚构汽车零部件制造有限公司", "吕布 Lv Bu", "广西大学 GXU 2024", "(张)三", "重庆长安"]
        let queries = ["zhangsan", "zhsan", "dtf", "shantian", "lzsxg", "liuzhoushi", "lvbu", "lub", "gxdx2024", "gxu20",
                       "chongqing", "zqca", "cqzhangan", "z)s", "柳z", "三"]
        for text in texts {
            let key = table.searchKey(text)
            for query in queries {
                for n in 0...query.count {
                    let q = String(query.prefix(n))
                    XCTAssertEqual(table.matches(table.searchQuery(q), in: key), table.matches(query: q, in: text), "\(q) in \(text)")
                }
            }
        }
        // A row of cells: a match inside any cell, never across two.
        let row = table.searchKey(cells: ["张三", "柳州ABC"])
        XCTAssertTrue(table.matches(table.searchQuery("zs"), in: row))
        XCTAssertTrue(table.matches(table.searchQuery("lzabc"), in: row))
        XCTAssertFalse(table.matches(table.searchQuery("sanliu"), in: row), "spans the two cells")
        XCTAssertFalse(table.matches(table.searchQuery("zsl"), in: row), "spans the two cells")
        XCTAssertTrue(table.searchQuery("zhs").narrows(table.searchQuery("zh")))
        XCTAssertFalse(table.searchQuery("zh").narrows(table.searchQuery("zhs")))
        XCTAssertTrue(table.searchQuery(" ").isEmpty)
    }

    func testReadings() {
        XCTAssertEqual(table.readings(of: "张"), ["zhang"])
        XCTAssertTrue(table.readings(of: "单").contains("shan"))
        XCTAssertTrue(table.readings(of: "单").contains("dan"))
        XCTAssertEqual(table.readings(of: "A"), [])
    }

    func testMalformedTable_namesTheLine() {
        XCTAssertThrowsError(try PinyinTable(tsv: "# c\nU+5F20\t张\tzhang\nU+4E09\t三\n")) { error in
            XCTAssertEqual((error as? PinyinTableError).map { if case .malformed(let l, _) = $0 { return l } else { return 0 } }, 3)
        }
        XCTAssertThrowsError(try PinyinTable(tsv: "U+5F20\t张\tzh4ng\n"))
    }
}
