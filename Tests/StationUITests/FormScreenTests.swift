import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class FormScreenTests: XCTestCase {
    func openAddForm(_ h: Harness) {
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("a"))
    }

    func testValidationErrorsNameTheFieldsAndKeepTheInput() throws {
        let h = try Harness()
        openAddForm(h)
        XCTAssertTrue(h.app.top is RecordFormScreen<UnitRecords>)
        h.press(.tab)                        // leave the name empty
        h.type("91450200MA5L0000X9")         // wrong: X is not the check character of this prefix
        h.press(.function(2))
        let grid = h.screen()
        Golden.check(grid, "unit-form-errors")
        XCTAssertEqual(try h.db.units().count, 0, "nothing half-written")
        let message = try XCTUnwrap(h.messageText)
        XCTAssertTrue(message.contains("名称：必填"), message)
        XCTAssertTrue(message.contains("统一社会信用代码："), message)
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>)
        XCTAssertEqual(form.form.value("creditCode"), "91450200MA5L0000X9", "input kept")
        // The cursor moved to the first wrong field, the name.
        XCTAssertEqual(form.form.active, 0)
    }

    func testCheckCharacterErrorSaysWhichCharacter() throws {
        let h = try Harness()
        openAddForm(h)
        let good = Harness.code("91450200MA5L00001")
        var bad = good
        bad.removeLast()
        bad.append(good.last == "0" ? "1" : "0")
        h.type("某某公司")
        h.press(.tab)
        h.type(bad)
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>)
        XCTAssertEqual(form.form.errors["creditCode"], CreditCode.Problem.checkCharacter(expected: good.last!, found: bad.last!).description)
    }

    func testAddUnitWithChineseNameThroughTheForm() throws {
        let h = try Harness()
        openAddForm(h)
        h.type("柳州市测试机械有限公司")
        h.press(.tab)
        h.type(Harness.code("91450200MA5L00001").lowercased())   // lower case accepted
        h.press(.tab, .right, .tab)                                // kind: institution
        h.type("柳州市城中区")
        h.press(.enter)                                            // not the last field: next
        h.type("张三")
        h.press(.enter)                                            // the note: empty for a Liuzhou code
        h.press(.enter)                                            // last field: save
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        let units = try h.db.units()
        XCTAssertEqual(units.map(\.name), ["柳州市测试机械有限公司"])
        XCTAssertEqual(units.first?.creditCode, Harness.code("91450200MA5L00001"))
        XCTAssertEqual(units.first?.kind, .institution)
        XCTAssertEqual(units.first?.contact, "张三")
        XCTAssertEqual(h.messageText, "已保存“柳州市测试机械有限公司”")
    }

    /// Art. 4.1: a code registered outside Liuzhou (division 4503…) is refused until a clerk writes
    /// the note; the note is then part of the record and shown on it.
    func testACodeFromOutsideLiuzhouNeedsTheClerksNoteShownOnTheRecord() throws {
        let h = try Harness()
        openAddForm(h)
        h.type("桂林某某科技有限公司柳州分公司")
        h.press(.tab)
        h.type(Harness.code("91450300MA5L00003"))
        h.press(.function(2))
        var form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>, "refused: the form stays")
        XCTAssertEqual(form.form.errors["locationNote"], "代码不是柳州（4502）的：须写明在柳州经营的说明（第四条第1项）")
        XCTAssertEqual(try h.db.units().count, 0)
        h.type("在柳州市城中区设分公司并实际经营")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, h.messageText ?? "")
        let unit = try XCTUnwrap(h.db.units().first)
        XCTAssertEqual(unit.locationNote, "在柳州市城中区设分公司并实际经营")
        h.press(.enter)
        XCTAssertTrue(h.screen().text.contains("非柳州代码说明     在柳州市城中区设分公司并实际经营"), h.screen().text)
        // The store refuses it too, whoever asks without a note.
        XCTAssertThrowsError(try h.db.perform(SaveUnit(StationDomain.Unit(name: "另一家", creditCode: Harness.code("91450300MA5L00004"),
                                                                         kind: .enterprise), replacing: nil), by: Harness.user)) {
            XCTAssertEqual(($0 as? Refused)?.reasons, [.unitOutsideLiuzhou(code: Harness.code("91450300MA5L00004"))])
        }
        form = try XCTUnwrap(RecordFormScreen<UnitRecords>(editing: unit, h.app.ctx) as RecordFormScreen<UnitRecords>?)
        XCTAssertEqual(form.form.value("locationNote"), unit.locationNote)
    }

    func testPartnerInLiuzhouIsRefused() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab, .char("a"))
        h.type("柳州工学院")
        h.press(.tab, .tab)
        h.type("广西柳州市")
        h.press(.function(2))
        XCTAssertEqual(try h.db.partners().count, 0)
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<PartnerRecords>)
        XCTAssertEqual(form.form.errors["city"], "共建方须在柳州市以外（第二条）")
        XCTAssertTrue(h.screen().text.contains("✗ 共建方须在柳州市以外"))
        XCTAssertTrue(PartnerLocation.isInLiuzhou("Liuzhou, Guangxi"))
        XCTAssertTrue(PartnerLocation.isInLiuzhou("广西融水苗族自治县"))
        XCTAssertFalse(PartnerLocation.isInLiuzhou("桂林"))
    }

    /// Issue 10, point 8: the form applies the domain's text rules (the same as import and store):
    /// a right-to-left override or a zero-width space is refused on its field, the input kept; a
    /// name over 200 characters says the limit.
    func testInvisibleCharactersAndOverlongNamesAreRefusedOnTheirField() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab, .char("a"))
        h.type("北京\u{202E}大学")
        h.press(.tab, .tab)
        h.type("北\u{200B}京")
        h.press(.function(2))
        XCTAssertEqual(try h.db.partners().count, 0)
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<PartnerRecords>)
        XCTAssertEqual(form.form.errors["name"], "含有不可见的字符 U+202E（零宽或文字方向控制符），不能保存")
        XCTAssertEqual(form.form.errors["city"], "含有不可见的字符 U+200B（零宽或文字方向控制符），不能保存")
        XCTAssertEqual(form.form.value("name"), "北京\u{202E}大学", "input kept")
        h.press(.escape, .char("y"))
        h.press(.char("a"))
        h.type(String(repeating: "长", count: 201))
        h.press(.tab, .tab)
        h.type("北京")
        h.press(.function(2))
        let long = try XCTUnwrap(h.app.top as? RecordFormScreen<PartnerRecords>)
        XCTAssertEqual(long.form.errors["name"], "最多200个字符，现有201个")
        XCTAssertEqual(try h.db.partners().count, 0)
    }

    func testEscOnAChangedFormAsksAndKeepsInputOnNo() throws {
        let h = try Harness()
        openAddForm(h)
        h.press(.escape)                       // unchanged: closes at once
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        h.press(.char("a"))
        h.type("未保存的名称")
        h.press(.escape)
        XCTAssertTrue(h.screen().text.contains("放弃未保存的修改？"))
        h.press(.char("n"))
        XCTAssertEqual((h.app.top as? RecordFormScreen<UnitRecords>)?.form.value("name"), "未保存的名称")
        h.press(.escape, .char("y"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
    }

    func testQuitAsksOnlyWithUnsavedInput() throws {
        let h = try Harness()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("Q"))
        XCTAssertTrue(h.app.quitting, "nothing typed: quits without asking")
        let g = try Harness()
        openAddForm(g)
        g.type("Q")                            // in a form, Q is a letter
        XCTAssertFalse(g.app.quitting)
        XCTAssertEqual((g.app.top as? RecordFormScreen<UnitRecords>)?.form.value("name"), "Q")
        g.press(.ctrl("q"))                    // quit from anywhere: asks
        XCTAssertFalse(g.app.quitting)
        XCTAssertTrue(g.screen().text.contains("表单中有未保存的输入，仍要退出？"))
        g.press(.char("y"))
        XCTAssertTrue(g.app.quitting)
    }

    func testSaveConflictKeepsTheFormAndShowsTheirsVsMine() throws {
        let h = try Harness()
        let unit = try h.addUnit("柳州甲公司", code: Harness.code("91450200MA5L00001"), contact: "张三")
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("e"))
        h.press(.tab, .tab, .tab, .tab)
        h.press(.ctrl("u"))
        h.type("李四")                           // mine: contact 李四
        // Meanwhile someone else changes the contact.
        var theirs = unit
        theirs.contact = "王五"
        _ = try h.db.perform(SaveUnit(theirs, replacing: unit), by: Harness.user)
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>, "the form stays open")
        XCTAssertEqual(form.form.value("contact"), "李四", "input kept")
        let text = h.screen().text
        XCTAssertTrue(text.contains("联系人：“王五” → “李四”"), text)
        XCTAssertEqual(try h.db.units().first?.contact, "王五")
        h.press(.function(2))                  // save mine over theirs, knowingly
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        XCTAssertEqual(try h.db.units().first?.contact, "李四")
    }
}

/// A credit code already held by another unit is refused by name, before the save and (when
/// another clerk wins the race) from the store's UNIQUE error — never as raw SQL.
final class DuplicateCreditCodeTests: XCTestCase {
    func testCreditCodeOfAnotherUnitIsRefusedNamingThatUnit() throws {
        let h = try Harness()
        let code = Harness.code("91450200MA5L00001")
        try h.addUnit("柳州市第一机械厂", code: code)
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("a"))
        h.type("柳州市第二机械厂")
        h.press(.tab)
        h.type(code.lowercased())                 // the same code, typed in lower case
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>, "the form stays open")
        XCTAssertEqual(form.form.errors["creditCode"], "已被“柳州市第一机械厂”使用")
        XCTAssertEqual(form.form.active, 1, "the cursor goes to the code")
        XCTAssertEqual(h.messageText, "未保存，请更正：统一社会信用代码：已被“柳州市第一机械厂”使用")
        let screen = h.screen().text
        XCTAssertTrue(screen.contains("✗ 已被“柳州市第一机械厂”使用"), screen)
        XCTAssertFalse(screen.contains("UNIQUE"), screen)
        XCTAssertEqual(try h.db.units().count, 1)
    }

    func testEditingAUnitKeepsItsOwnCreditCode() throws {
        let h = try Harness()
        try h.addUnit("柳州市第一机械厂", code: Harness.code("91450200MA5L00001"))
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("e"), .ctrl("e"))
        h.type("分厂")
        h.press(.function(2))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, h.messageText ?? "")
        XCTAssertEqual(try h.db.units().map(\.name), ["柳州市第一机械厂分厂"])
    }

    /// Two clerks racing: the form's own checks passed, then another clerk saved the same code
    /// first; the store's refusal (inside its transaction) names the holder on the field.
    func testAnotherClerkSavingTheCodeFirstIsRefusedOnTheField() throws {
        let h = try Harness()
        let code = Harness.code("91450200MA5L00001")
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("a"))
        h.type("柳州市第二机械厂")
        h.press(.tab)
        h.type(code)
        try h.addUnit("柳州市第一机械厂", code: code)
        h.press(.function(2))
        let form = try XCTUnwrap(h.app.top as? RecordFormScreen<UnitRecords>, "the form stays open")
        XCTAssertEqual(form.form.errors["creditCode"], "已被“柳州市第一机械厂”使用")
        XCTAssertEqual(h.messageText, "未保存，请更正：统一社会信用代码：已被“柳州市第一机械厂”使用")
        XCTAssertThrowsError(try h.db.perform(SaveUnit(form.validateCopy(h.app.ctx.catalog)!, replacing: nil), by: Harness.user)) { error in
            XCTAssertEqual(error as? Refused, Refused([.creditCodeUsed(code: code, holder: "柳州市第一机械厂")]))
            XCTAssertEqual(Catalog(.zh).describe(error), "统一社会信用代码：已被“柳州市第一机械厂”使用")
        }
        XCTAssertEqual(try h.db.units().count, 1)
    }
}

extension RecordFormScreen {
    func validateCopy(_ c: Catalog) -> K.Record? { var copy = self; return copy.validate(c) }
}
