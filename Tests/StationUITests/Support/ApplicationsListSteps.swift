import TestSupport
import XCTest
import StationDomain
@testable import StationUI

/// The steps on 申请's list that its tests share: open it, read it, select an application by name.
protocol ApplicationsListSteps {}

extension ApplicationsListSteps {
    func open(_ h: Harness) { h.press(.char(DeskArea.applications.shortcut)) }

    func list(_ h: Harness) throws -> ApplicationsScreen { try XCTUnwrap(h.app.top as? ApplicationsScreen) }

    /// Moves the selection to the application proposed as `name` (and checks that it is selected).
    func select(_ h: Harness, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let l = try list(h)
        let index = try XCTUnwrap(l.list.shown.firstIndex { l.applications[$0].proposedName == name }, name, file: file, line: line)
        h.press(.home)
        for _ in 0..<index { h.press(.down) }
        XCTAssertEqual(try list(h).selectedApplication?.proposedName, name, file: file, line: line)
    }
}
