import XCTest
@testable import StationStore
import StationDomain

/// The store keeps at least one admin: the last admin's admin role cannot be removed.
final class LastAdminTests: StoreTestCase {
    func testTheLastAdminKeepsTheAdminRole() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("alice")
        let alice = try XCTUnwrap(db.user("alice"))
        var demoted = alice
        demoted.roles = [.clerk]
        assertThrows(try db.save(demoted, replacing: alice, by: "alice")) {
            if case .invalid(let field, let message) = $0 { return field == "roles" && message.contains("last admin") }
            return false
        }
        XCTAssertEqual(try db.user("alice")?.roles, [.admin, .clerk, .approver])
        XCTAssertEqual(try db.journalCount(), 1, "nothing written")
    }

    func testAnAdminMayStepDownWhenAnotherRemains() throws {
        let db = try openStore()
        try db.ensureFirstAdmin("alice")
        try db.save(User(login: "bob", roles: [.admin]), replacing: nil, by: "alice")
        let alice = try XCTUnwrap(db.user("alice"))
        var demoted = alice
        demoted.roles = [.clerk]
        try db.save(demoted, replacing: alice, by: "alice")
        XCTAssertEqual(try db.user("alice")?.roles, [.clerk])
        let bob = try XCTUnwrap(db.user("bob"))
        assertThrows(try db.save(User(login: "bob", roles: [.reviewer]), replacing: bob, by: "bob")) {
            if case .invalid(let field, _) = $0 { return field == "roles" } else { return false }
        }
    }
}
