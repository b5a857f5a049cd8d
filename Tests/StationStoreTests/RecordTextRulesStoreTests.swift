import Foundation
import XCTest
@testable import StationStore
import StationDomain

/// The store applies the round's and the station's records' own text rules on every write
/// (`TextRules+Records`): a line break in a one-line field, which the generic check let through,
/// is refused naming the field, and nothing of the command is written.
extension ApplicationCommandsTests {
    func testTheStoreRefusesARecordsTextNamingItsField() throws {
        let db = try store()
        let w = try world(db)
        let round = try db.perform(OpenRound(Round(year: 2026, places: 2, openedOn: d("2026-03-02")), today: today, files: files), by: "boss")
        let before = try db.journal(limit: 100).count
        var a = Application(roundId: round.id!, unitId: w.unit.id!, partnerIds: [w.partner.id!], type: .university,
                            proposedName: "华东虚构理工大学柳州\n人才工作站", proposedHead: "张三", createdOn: today)
        XCTAssertThrowsError(try db.perform(SaveApplication(a, replacing: nil, today: today), by: "clerk")) { error in
            XCTAssertEqual(error as? TextProblem, TextProblem(field: "proposedName", reason: .lineBreak))
        }
        a.proposedName = "华东虚构理工大学柳州人才工作站"
        a.conditions = (1...6).map { ConditionCheck(number: $0, state: .met) }
        a.conditions[2].note = "只有框架协议\u{202E}"
        XCTAssertThrowsError(try db.perform(SaveApplication(a, replacing: nil, today: today), by: "clerk")) { error in
            XCTAssertEqual(error as? TextProblem, TextProblem(field: "conditions[3].note", reason: .invisible(0x202E)))
        }
        XCTAssertEqual(try db.applications(round: round.id!).count, 0)
        XCTAssertEqual(try db.journal(limit: 100).count, before, "nothing written")

        // A head-change filing: the filing's own field is named, not the station's head it changes.
        let station = try db.write(command: "fixture", by: "root") { t in
            try t.insert(Station(name: "甲站", type: .university, unitId: w.unit.id!, partnerIds: [w.partner.id!], head: "张三",
                                 staff: ["李工"], agreementDate: d("2026-02-01")))
        }
        let filing = StaffFiling(stationId: station.id!, filedOn: d("2026-06-01"), role: .head, oldPerson: "张三", newPerson: "李\n四",
                                 reason: "调任")
        XCTAssertThrowsError(try db.perform(FileStaffChange(filing, policy: nil), by: "clerk")) { error in
            XCTAssertEqual(error as? TextProblem, TextProblem(field: "newPerson", reason: .lineBreak))
        }
        XCTAssertEqual(try db.fetch(Station.self, id: station.id!)?.head, "张三")
    }
}
