import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// Talents kept at the terminal (issue 12): add, edit, delete; marked rows re-credited or
/// classified as one command and one undo step; the unclassified listed.
final class TalentsEditingTests: XCTestCase {
    func open(_ h: Harness) { h.press(.char(DeskArea.talents.shortcut)) }
    func list(_ h: Harness) throws -> TalentsScreen { try XCTUnwrap(h.app.top as? TalentsScreen) }

    func testThreeMarkedTalentsRecreditedAsOneStepAndOneUndo() throws {
        let h = try DemoFixture.harness()
        let stations = try h.db.stations()
        let from = try XCTUnwrap(stations.first { $0.name.hasPrefix("长三角") })   // 2024-05-20…
        let to = try XCTUnwrap(stations.first { $0.name.hasPrefix("粤港澳") })     // 2024-01-10–2026-01-09
        open(h)
        h.press(.char("/"))
        h.type("changsanjiao")
        h.press(.enter, .char("s"), .char("5"), .home)   // by date introduced: the earliest first
        let before = try list(h).list.shown.count
        XCTAssertGreaterThan(before, 3)
        let ids = try Array(list(h).list.shown.prefix(3).map { try list(h).talents[$0].id })
        XCTAssertTrue(try ids.allSatisfy { id in try h.db.fetch(Talent.self, id: id)!.introducedOn <= CivilDate("2026-01-09")! })
        h.press(.char(" "), .char(" "), .char(" "))
        XCTAssertEqual(try list(h).list.markedCount, 3)
        let entries = try h.db.journalCount()
        h.press(.char("r"))
        XCTAssertTrue(h.screen().text.contains("把 3 名人才改记到："), h.screen().text)
        h.press(.char("/"))
        h.type("yuegangao")
        h.press(.enter, .enter)
        XCTAssertEqual(h.messageText, "已把 3 名人才改记到“\(to.name)”，按 u 可一次撤销")
        XCTAssertEqual(try h.db.journalCount(), entries + 1, "one command")
        XCTAssertEqual(try ids.map { try h.db.fetch(Talent.self, id: $0)?.stationId }, [to.id, to.id, to.id])
        XCTAssertEqual(try list(h).list.shown.count, before - 3, "they leave the filter on 长三角")
        XCTAssertEqual(try list(h).list.markedCount, 0, "the marks are spent")
        h.press(.char("u"))
        XCTAssertEqual(try ids.map { try h.db.fetch(Talent.self, id: $0)?.stationId }, [from.id, from.id, from.id], "one undo restores all three")
        XCTAssertEqual(try list(h).list.shown.count, before)
    }
}
