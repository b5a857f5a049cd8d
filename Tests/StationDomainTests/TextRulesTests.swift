import XCTest
@testable import StationDomain

/// Issue 10, points 7 and 8: the one place that says what text may be stored.
final class TextRulesTests: XCTestCase {
    func reason(_ text: String, _ kind: TextRules.Kind = .line) -> TextProblem.Reason? {
        do { _ = try TextRules.clean(text, field: "name", as: kind); return nil } catch let p as TextProblem {
            XCTAssertEqual(p.field, "name")
            return p.reason
        } catch { XCTFail("\(error)"); return nil }
    }

    func testControlCharactersAreRefusedEverywhere() {
        XCTAssertEqual(reason("Bob\u{1B}]0;T\u{07}"), .control(0x1B))
        XCTAssertEqual(reason("ev\u{1B}[2Jil", .login), .control(0x1B))
        XCTAssertEqual(reason("甲\u{85}"), .control(0x85))
        XCTAssertEqual(reason("甲\u{7F}"), .control(0x7F))
        XCTAssertEqual(reason("甲\n乙"), .lineBreak)
        XCTAssertEqual(reason("甲\u{2028}乙"), .lineBreak)
        XCTAssertEqual(reason("甲\t乙"), .control(9))
        XCTAssertNil(reason("第一行\r\n第二行\t附", .note), "a note keeps line breaks and tabs")
        XCTAssertEqual(reason("注\u{1B}", .note), .control(0x1B))
    }

    func testZeroWidthAndBidiControlsAreRefused() {
        for v: UInt32 in [0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202E, 0x2066, 0x2069, 0xFEFF] {
            XCTAssertEqual(reason("张\(Character(Unicode.Scalar(v)!))三"), .invisible(v), String(v, radix: 16))
        }
        XCTAssertNil(reason("“柳州”—，、。（）《》·！？：；…"), "ordinary CJK and general punctuation pass")
        XCTAssertNil(reason("家 👨‍👩‍👦 跑 🏃‍♀️"), "a joiner inside an emoji sequence is part of a visible picture")
        XCTAssertEqual(reason("1\u{200D}2"), .invisible(0x200D), "between digits it is invisible")
        XCTAssertEqual(reason("👨\u{200D}张"), .invisible(0x200D))
    }

    func testNamesAreStoredInNFC() throws {
        XCTAssertEqual(try TextRules.clean("Cafe\u{301}", field: "name", as: .line), "Caf\u{E9}")
        XCTAssertEqual(try TextRules.clean("Cafe\u{301}", field: "name", as: .line).unicodeScalars.count, 4)
        XCTAssertEqual(try TextRules.clean("\u{F900}", field: "name", as: .line), "\u{8C48}", "a CJK compatibility ideograph")
        XCTAssertEqual(try TextRules.clean("柳州市某某有限公司", field: "name", as: .line), "柳州市某某有限公司")
    }

    func testLimitsAreNamed() throws {
        XCTAssertNil(reason(String(repeating: "名", count: 200)))
        XCTAssertEqual(reason(String(repeating: "名", count: 201)), .tooLong(limit: 200, found: 201))
        XCTAssertEqual(reason(String(repeating: "注", count: 2001), .note), .tooLong(limit: 2000, found: 2001))
        XCTAssertEqual(reason("a b", .login), .loginSpace(0x20))
        XCTAssertEqual(reason("", .login), .emptyLogin)
        let d1989 = CivilDate(year: 1989, month: 12, day: 31)!, d2101 = CivilDate(year: 2101, month: 1, day: 1)!
        XCTAssertThrowsError(try TextRules.check(d1989, field: "introducedOn")) {
            XCTAssertEqual(($0 as? TextProblem)?.enReason, "the date 1989-12-31 is not between 1990 and 2100")
        }
        XCTAssertThrowsError(try TextRules.check(d2101, field: "introducedOn"))
        XCTAssertNoThrow(try TextRules.check(CivilDate(year: 1990, month: 1, day: 1)!, field: "d"))
        XCTAssertNoThrow(try TextRules.check(CivilDate(year: 2100, month: 12, day: 31)!, field: "d"))
        let p = TextProblem(field: "contact", reason: .tooLong(limit: 200, found: 300))
        XCTAssertEqual(p.zh, "contact: 最多200个字符，现有300个")
        XCTAssertEqual(p.en, "contact: holds at most 200 characters; this has 300")
    }

    func testRecordsCheckEveryTextField() throws {
        let talent = Talent(name: "陈晓", category: .e, employer: "某\u{202E}店", introducedOn: CivilDate(year: 2024, month: 1, day: 1)!,
                            stationId: nil)
        XCTAssertThrowsError(try talent.checkedText()) { XCTAssertEqual(($0 as? TextProblem)?.field, "employer") }
        let user = User(login: "ev\u{1B}[2Jil", roles: [.clerk])
        XCTAssertThrowsError(try user.checkedText()) { XCTAssertEqual(($0 as? TextProblem)?.field, "login") }
        let partner = Partner(name: "Cafe\u{301}", kind: .university, city: "北京")
        XCTAssertEqual(try partner.checkedText().name, "Caf\u{E9}")
    }

    func testPrintableEscapesWhatCouldDriveTheTerminal() {
        XCTAssertEqual(TextRules.printable("Bob\u{1B}]0;T\u{07}"), "Bob\\x1B]0;T\\x07")
        XCTAssertEqual(TextRules.printable("a\u{202E}b\u{9B}c"), "a\\u202Eb\\x9Bc")
        XCTAssertEqual(TextRules.printable("一\n二\t三"), "一\\x0A二\\x09三")
        XCTAssertEqual(TextRules.printable("一\n二\t三", keepLineBreaks: true), "一\n二\t三")
        XCTAssertEqual(TextRules.printable("柳州“站”，（一）"), "柳州“站”，（一）")
    }
}
