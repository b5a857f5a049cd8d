import TestSupport
import XCTest
import StationDomain
@testable import StationStore
import GRDB
@testable import StationUI

/// 设置 as an admin and as a reviewer: users, everyone's ties, policy, calendar, verify and
/// backup, and each user's preferences kept in the store and applied at once.
final class SettingsScreensTests: XCTestCase {
    func testAdminSettingsScreens() throws {
        let h = try DemoFixture.harness(reviews: true)
        h.press(.char("0"))
        Golden.check(h.screen(), "settings-admin")
        h.press(.char("2"))
        XCTAssertTrue(h.app.top is UsersScreen)
        Golden.check(h.screen(), "settings-users")
        h.press(.escape, .char("3"))
        Golden.check(h.screen(), "settings-ties")
        h.press(.escape, .char("4"))
        Golden.check(h.screen(), "settings-policy")
        h.press(.escape, .char("5"))
        Golden.check(h.screen(), "settings-calendar")
        h.press(.escape, .char("6"), .char("v"))
        let text = h.screen().text
        XCTAssertTrue(text.contains("完好："), text)
        h.press(.escape, .char("1"))
        Golden.check(h.screen(), "settings-preferences")
    }

    /// verify's problems on the 设置 screen are in the reader's language only (a unit edited
    /// outside the program, found by `v`).
    func testVerifyProblemsInTheReadersLanguage() throws {
        for language in [Language.zh, .en] {
            let h = try DemoFixture.harness(language: language, reviews: true)
            let id = try XCTUnwrap(try h.db.queue.read { try Int64.fetchOne($0, sql: "SELECT min(id) FROM unit") })
            try h.db.queue.write { try $0.execute(sql: "UPDATE unit SET contact = 'eve' WHERE id = ?", arguments: [id]) }
            h.press(.char("0"), .char("6"), .char("v"))
            let text = h.screen().text
            if language == .zh {
                XCTAssertTrue(text.contains("unit #\(id) 与日志不符"), text)
                XCTAssertFalse(text.contains("differs from its last journal entry"), text)
            } else {
                XCTAssertTrue(text.contains("unit #\(id) differs from its last journal entry"), text)
                XCTAssertFalse(text.contains("与日志不符"), text)
            }
        }
    }

    func testReviewerSettingsOfferOnlyTheirPreferences() throws {
        let h = try DemoFixture.harness(as: "zhangwei", reviews: true)
        h.press(.char("0"))
        Golden.check(h.screen(), "settings-reviewer")
        h.press(.char("2"))
        XCTAssertTrue(h.app.top is SettingsScreen)
        XCTAssertTrue(h.messageText!.contains("仅管理员"), h.messageText!)
    }

    func testAdminAddsAReviewerChangesRolesAndDeactivates() throws {
        let h = try DemoFixture.harness(reviews: true)
        h.press(.char("0"), .char("2"), .char("a"))
        h.type("sunli")
        h.press(.tab)
        h.type("孙丽")
        h.press(.tab, .tab, .char(" "))        // reviewer: yes
        h.press(.function(2))
        XCTAssertTrue(h.app.top is UsersScreen, h.messageText ?? "")
        XCTAssertEqual(try h.db.user("sunli")?.roles, [.reviewer])
        XCTAssertEqual(try h.db.user("sunli")?.displayName, "孙丽")
        // Deactivate: the account keeps its record and holds no role.
        let users = try XCTUnwrap(h.app.top as? UsersScreen)
        let i = try XCTUnwrap(users.users.firstIndex { $0.login == "sunli" })
        h.press(.home)
        for _ in 0..<i { h.press(.down) }
        h.press(.char("d"), .char("y"))
        XCTAssertEqual(try h.db.user("sunli")?.isActive, false)
        XCTAssertEqual(try h.db.user("sunli")?.activeRoles, [])
        XCTAssertTrue(h.messageText!.contains("已停用"), h.messageText!)
    }

    func testTheLastAdminKeepsTheAdminRole() throws {
        let h = try DemoFixture.harness(seed: false)
        // root and alice are admins; take root's away, then try alice's own.
        try h.db.save(User(login: "root", roles: [.clerk]), replacing: try h.db.user("root"), by: Harness.user)
        h.press(.char("0"), .char("2"))
        let users = try XCTUnwrap(h.app.top as? UsersScreen)
        let i = try XCTUnwrap(users.users.firstIndex { $0.login == Harness.user })
        for _ in 0..<i { h.press(.down) }
        h.press(.char("e"))
        // Fields: name, clerk, reviewer, approver, admin.
        h.press(.tab, .tab, .tab, .tab, .char(" "), .function(2))
        XCTAssertTrue(h.app.top is UserFormScreen, "the form stays open with its input")
        XCTAssertTrue(h.messageText!.contains("最后一位管理员"), h.messageText!)
        XCTAssertEqual(try h.db.user(Harness.user)?.has(.admin), true)
    }

    func testPreferencesAreKeptPerUserAndAppliedAtOnce() throws {
        let h = try DemoFixture.harness(as: "zhangwei", reviews: true)
        h.press(.char("0"), .char("1"))
        h.press(.char(" "))            // language: English
        h.press(.tab, .right, .right)   // theme: mono
        h.press(.tab, .char(" "))       // ambiguous: two cells
        h.press(.function(2))
        XCTAssertEqual(h.app.ctx.catalog.language, .en)
        XCTAssertTrue(h.app.ctx.ambiguousWide)
        XCTAssertEqual(h.app.takeThemeRequest(), "mono")
        XCTAssertEqual(try h.db.preferences("zhangwei"), UserPreferences(login: "zhangwei", language: "en", theme: "mono", ambiguousWide: true))
        XCTAssertEqual(try h.db.preferences(Harness.user), UserPreferences(login: Harness.user), "another user's are untouched")
        XCTAssertTrue(h.screen().text.contains("Settings"))
    }

    func testActingAdminIsShownInTheTitleBar() throws {
        let h = try DemoFixture.harness(as: "zhangwei", reviews: true)
        let acting = try Harness(as: "zhangwei", actingAdmin: "root")
        try acting.db.save(User(login: "zhangwei", roles: [.reviewer]), replacing: nil, by: "root")
        acting.app.tick()
        XCTAssertTrue(acting.screen().text.contains("zhangwei〔root代〕"), acting.screen().text)
        XCTAssertFalse(h.screen().text.contains("代〕"))
    }
}
