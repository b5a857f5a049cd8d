import XCTest
@testable import StationDomain

/// UX search fields: names are found by pinyin initials, full pinyin, any polyphone reading.
final class PinyinTableTests: XCTestCase {
    /// As the program loads it: the readings table with the sort file's readings.
    static let table = try! PinyinTable(tsv: TestData.text("data/pinyin/hanzi-pinyin.tsv"))
        .withSortReadings(tsv: TestData.text("data/pinyin/sort-readings.tsv"))
    var table: PinyinTable { Self.table }

    func testMatches_table() {
        let cases: [(String, String, Bool, String)] = [
            // Accepted forms (issue 9): the text itself, initials, whole syllables, whole
            // syllables ending in a partial one, in a run of consecutive characters of one field.
            ("张三", "张三丰", true, "plain substring"),
            ("zs", "张三", true, "initials"),
            ("zhs", "张三", true, "initials, zh as one initial"),
            ("zhangsan", "张三", true, "whole syllables"),
            ("zhangs", "张三", true, "whole then a partial one"),
            ("zhangsa", "张三", true, "whole then a longer partial"),
            ("zha", "张三", true, "one partial syllable"),
            ("sf", "张三丰", true, "initials of a run in the middle"),
            ("sanfeng", "张三丰", true, "whole syllables of a run in the middle"),
            ("ZS", "张三", true, "case-insensitive"),
            ("zhang san", "张三", true, "spaces ignored"),
            ("张s", "张三", true, "a character as itself, then pinyin"),
            ("z三", "张三", true, "pinyin, then a character as itself"),
            // Refused: letters that are not one of those forms.
            ("zhsan", "张三", false, "an initial then a whole syllable: mixed forms"),
            ("zsan", "张三", false, "an initial then a whole syllable"),
            ("zhangsfeng", "张三丰", false, "a partial syllable in the middle"),
            ("zhansan", "张三", false, "a partial syllable before a whole one"),
            ("sz", "张三", false, "order matters"),
            ("zx", "张三", false, "wrong initial"),
            ("zf", "张三丰", false, "not consecutive characters"),
            ("zhangsanfengx", "张三丰", false, "query longer than the text"),
            ("wang", "文安国", false, "w-an-g scattered over three characters"),
            ("wang", "王安", true, "a character read wang"),
            ("wang", "汪洋", true, "another character read wang"),
            ("wang", "北方", false, "方's archaic reading wang is not searched"),
            ("fang", "北方", true, "方 read fang"),
            ("bf", "北方", true, "initials"),
            // Polyphones: any reading counts, in every form.
            ("shan", "单田芳", true, "polyphone 单: shan"),
            ("dan", "单田芳", true, "polyphone 单: dan"),
            ("stf", "单田芳", true, "polyphone initials s"),
            ("dtf", "单田芳", true, "polyphone initials d"),
            ("zhangsanjiao", "长三角", true, "长 read zhang"),
            ("changsanj", "长三角", true, "长 read chang, partial at the end"),
            ("csj", "长三角", true, "长 initial c"),
            ("zengguofan", "曾国藩", true, "曾 read zeng"),
            ("ceng", "曾国藩", true, "曾 read ceng"),
            ("lv", "吕布", true, "ü typed as v"),
            ("lu", "吕布", true, "ü typed as u"),
            // Mixed Latin and Chinese.
            ("abc", "柳州XYZ ABC Ltd", true, "Latin substring, case-insensitive"),
            ("ltd", "柳州XYZ ABC Ltd", true, "Latin at the end"),
            ("lzxyz", "柳州XYZ ABC Ltd", true, "initials then Latin"),
            ("liuzxyz", "柳州XYZ ABC Ltd", true, "whole, partial, then Latin"),
            ("liuzhouxyzabc", "柳州XYZ ABC Ltd", true, "whole syllables then Latin, spaces skipped"),
            ("lzky", "柳州XYZ ABC Ltd", false, "no such run"),
            ("xyzliu", "XYZ柳州", true, "Latin then pinyin"),
            ("XYZ abc", "柳州XYZ ABC Ltd", true, "substring with its spaces"),
            ("αβγ", "ΑΒΓ 咨询", true, "non-Latin letters case-insensitive"),
            ("2024", "广西大学 GXU 2024", true, "digits as themselves"),
            ("gxdx", "广西大学", true, "organisation name initials"),
            ("zhaNG", "(张)三", true, "punctuation is a unit of its own"),
            ("z)s", "(张)三", true, "punctuation typed as itself"),
            ("zs", "(张)三", false, "punctuation is not skipped"),
            ("", "任何", true, "empty query finds everything"),
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
        let queries = ["zhangsan", "zhsan", "zhs", "dtf", "shantian", "lzsxg", "liuzhoushi", "lvbu", "lub", "gxdx2024", "gxu20",
                       "chongqing", "zqca", "cqzhangan", "z)s", "柳z", "三"]
        // The keys of many texts in one buffer (a list's column) answer as each text's own.
        let flat = table.searchKeys(texts)
        XCTAssertEqual(flat.count, texts.count)
        for (i, text) in texts.enumerated() {
            let key = table.searchKey(text)
            for query in queries {
                for n in 0...query.count {
                    let q = String(query.prefix(n))
                    XCTAssertEqual(table.matches(table.searchQuery(q), in: key), table.matches(query: q, in: text), "\(q) in \(text)")
                    XCTAssertEqual(table.matches(table.searchQuery(q), in: flat, at: i), table.matches(query: q, in: text), "flat: \(q) in \(text)")
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
