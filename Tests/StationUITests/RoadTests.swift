import Foundation
import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// The road as a user meets it: a login without the clerk role is refused every change of units
/// and partners with a plain message and nothing journalled; a partner in use is not deleted and
/// the refusal names the stations; results go back to the screen that asked; English means
/// English in every message of the units flow.
final class RoadTests: XCTestCase {
    func hasChinese(_ s: String) -> Bool { s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) } }

    func seededUnit(_ h: Harness) throws -> StationDomain.Unit {
        // Added by root (a clerk too), so the login under test has nothing of its own to undo.
        try h.db.perform(SaveUnit(StationDomain.Unit(name: "Liuzhou Gear Works", creditCode: Harness.code("91450200MA5L00001"),
                                                     kind: .enterprise), replacing: nil), by: "root")
    }

    func testReviewerOnlyAndNoRoleLoginsAreRefusedEveryUnitsAndPartnersChangeWithNothingJournalled() throws {
        for roles: Set<Role> in [[.reviewer], []] {
            let h = try Harness(roles: roles)
            _ = try seededUnit(h)
            let before = try h.db.journalCount()
            h.press(.char(DeskArea.unitsPartners.shortcut))
            XCTAssertTrue(h.app.top is HomeScreen, "\(roles): the menu does not open the units area to them (issue 13)")
            // Were they to reach it another way, the screen and the store still refuse every change.
            h.app.apply([.push(UnitsPartnersScreen(h.app.ctx))])
            let hints = h.screen().rowText(23)
            XCTAssertFalse(hints.contains("a e d"), "the hint bar does not offer changes: \(hints)")
            XCTAssertFalse(hints.contains(" i "), "nor the import: \(hints)")
            for key in ["a", "e", "d"] {
                h.press(.char(Character(key)))
                XCTAssertTrue(h.app.top is UnitsPartnersScreen, "\(roles) \(key): no form, no dialog")
                XCTAssertEqual(h.app.message?.isError, true)
                XCTAssertEqual(h.messageText, "需要“经办人”角色才能这样修改", "\(roles) \(key)")
            }
            h.press(.char("i"))
            XCTAssertEqual(h.messageText, "需要“经办人”角色才能这样修改")
            h.press(.enter)                                  // the record: no e, d offered either
            XCTAssertFalse(h.screen().rowText(23).contains("e 修改"), h.screen().rowText(23))
            h.press(.char("d"))
            XCTAssertEqual(h.messageText, "需要“经办人”角色才能这样修改")
            h.press(.escape, .tab, .char("a"))                // partners too
            XCTAssertEqual(h.messageText, "需要“经办人”角色才能这样修改")
            XCTAssertEqual(try h.db.journalCount(), before, "\(roles): nothing journalled")
        }
    }

    /// The screen may believe the login a clerk (roles changed since it last looked): the store
    /// checks inside the command's transaction and refuses, in plain words.
    func testTheStoreRefusesEvenWhenTheScreenStillOffersTheChange() throws {
        let h = try Harness()
        let unit = try seededUnit(h)
        h.press(.char(DeskArea.unitsPartners.shortcut))
        let alice = try XCTUnwrap(try h.db.user(Harness.user))
        var reviewer = alice
        reviewer.roles = [.reviewer]
        _ = try h.db.save(reviewer, replacing: alice, by: "root")
        let before = try h.db.journalCount()
        h.press(.char("d"), .char("y"))
        XCTAssertEqual(h.messageText, "须由“经办人”办理")
        XCTAssertEqual(try h.db.units(), [unit])
        XCTAssertEqual(try h.db.journalCount(), before)
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
    }

    func testDeletingAPartnerInUseIsRefusedNamingTheStations() throws {
        let h = try Harness()
        let unit = try seededUnit(h)
        let partner = try h.db.perform(SavePartner(Partner(name: "浙江虚构大学", kind: .university, city: "杭州"), replacing: nil), by: "root")
        for name in ["浙大柳州汽车人才工作站", "浙大柳州医疗人才工作站"] {
            _ = try h.db.save(Station(name: name, type: .university, unitId: unit.id!, partnerIds: [partner.id!], head: "某",
                                      agreementDate: CivilDate("2024-05-01")!), replacing: nil, by: "root")
        }
        h.app.tick()
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab, .char("d"), .char("y"))
        XCTAssertEqual(h.app.message?.isError, true)
        let text = try XCTUnwrap(h.messageText)
        XCTAssertTrue(text.hasPrefix("共建方“浙江虚构大学”被2个工作站使用，不能删除："), text)
        XCTAssertTrue(text.contains("浙大柳州汽车人才工作站") && text.contains("浙大柳州医疗人才工作站"), text)
        XCTAssertFalse(text.contains("FOREIGN") || text.contains("constraint"), "never SQLite's text")
        XCTAssertEqual(try h.db.partners().count, 1)
        // From the record screen alike; the record stays open.
        h.press(.enter, .char("d"), .char("y"))
        XCTAssertTrue(h.app.top is RecordScreen<PartnerRecords>)
        XCTAssertTrue(h.messageText?.hasPrefix("共建方“浙江虚构大学”被2个工作站使用") == true, h.messageText ?? "")
    }

    /// The outcome of a delete asked from the record screen comes back to it (it closes), not to a
    /// screen pushed meanwhile or to the list under it.
    func testTheOutcomeGoesToTheScreenThatAsked() throws {
        let h = try Harness()
        let unit = try seededUnit(h)
        h.press(.char(DeskArea.unitsPartners.shortcut), .enter, .char("d"))
        XCTAssertTrue(h.app.top is ConfirmScreen)
        h.press(.char("y"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, "the record screen that asked closed itself")
        XCTAssertEqual(h.messageText, "已删除“\(unit.name)”，按 u 可撤销")
        XCTAssertEqual(try h.db.units(), [])
    }

    func testEnglishShowsNoChineseInAnyMessageOfTheUnitsFlow() throws {
        let h = try Harness(language: .en)
        var messages: [String] = []
        func note() { if let m = h.messageText { messages.append(m) } }
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("a"))
        h.press(.function(2)); note()                                   // required fields
        h.type("Gearbox Co")
        h.press(.tab)
        h.type("91450200MA5L0000X9")
        h.press(.function(2)); note()                                   // the check character
        h.press(.ctrl("u"))
        h.type(Harness.code("91450300MA5L00003"))
        h.press(.function(2)); note()                                   // Art. 4.1: code from outside Liuzhou
        h.press(.ctrl("u"))
        h.type(Harness.code("91450200MA5L00003"))
        h.press(.function(2)); note()                                   // saved
        try h.db.perform(SaveUnit(StationDomain.Unit(name: "Other Works", creditCode: Harness.code("91450200MA5L00004"),
                                                     kind: .enterprise), replacing: nil), by: "root")
        h.app.tick()
        h.press(.char("a"))
        h.type("Copy Co")
        h.press(.tab)
        h.type(Harness.code("91450200MA5L00004"))
        h.press(.function(2)); note()                                   // the code belongs to another unit
        h.press(.escape, .char("y"))
        h.press(.char("/")); h.type("Gearbox"); h.press(.enter)
        h.press(.char("e"), .tab, .tab, .tab, .tab)
        h.type("Mr Wei")
        let unit = try XCTUnwrap(h.db.units().first { $0.name == "Gearbox Co" })
        var theirs = unit
        theirs.contact = "Ms Lu"
        try h.db.perform(SaveUnit(theirs, replacing: unit), by: "root")
        h.press(.function(2)); note()                                   // save conflict
        h.press(.escape, .char("y"))
        h.app.tick()
        h.press(.char("d"), .char("y")); note()                         // deleted
        h.press(.char("u")); note()                                     // undone
        h.press(.ctrl("r")); note()                                     // redone
        h.press(.char("u"), .char("u")); note()                         // the add: root changed the unit since
        h.press(.char("s"), .char("2")); note()                         // sorted
        h.press(.escape, .char("/")); h.type("x"); h.press(.enter)
        h.press(.tab, .char("a"))
        h.type("Liuzhou Institute")
        h.press(.tab, .tab)
        h.type("Liuzhou, Guangxi")
        h.press(.function(2)); note()                                   // Art. 2: partner outside Liuzhou
        h.press(.escape, .char("y"))
        XCTAssertGreaterThanOrEqual(messages.count, 10, "\(messages)")
        for m in messages { XCTAssertFalse(hasChinese(m), "Chinese in an English message: \(m)") }
        XCTAssertTrue(messages.contains { $0.contains("Art. 4.1") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.contains("already used by “Other Works”") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Undone (Ctrl-R redoes it): delete unit “Gearbox Co”") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("cannot undo entry") }, "\(messages)")
        XCTAssertTrue(messages.contains { $0.hasPrefix("Redone: delete unit “Gearbox Co”") }, "\(messages)")
    }
}
