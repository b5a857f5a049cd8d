import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

final class RoundTripTests: XCTestCase {
    /// Export every kind from a store holding the demo data, import the files into an empty store,
    /// export again: the files are byte for byte the same, and so are the records (ids aside).
    func testExportImportExportIsUnchanged() throws {
        let first = try StoreFixture.seeded()
        // A revoked station's end date goes round too.
        var revoked = try XCTUnwrap(first.stations().first { $0.status == .revoked })
        revoked.endedOn = CivilDate("2025-04-30")!
        try first.write(command: "test", by: StoreFixture.user) { w in try w.update(revoked) }
        let second = try StoreFixture.store()
        let folder = try TestFiles.temporaryFolder()
        for (kind, file) in DemoData.files {
            let exported = try Exporter.csv(kind, from: first)
            let path = folder.appendingPathComponent(file).path
            try ExportFile.write(exported, to: path, ExportFile.Options(dataFolder: nil))
            let report = try Importer.run(kind, path: path, into: second, by: StoreFixture.user)
            XCTAssertGreaterThan(report.count, 0, file)
            XCTAssertEqual(try Exporter.csv(kind, from: second), exported, "\(file) changed on the way round")
        }
        func plain(_ t: Talent) -> String {
            "\(t.name)|\(t.category?.rawValue ?? "")|\(t.employer)|\(t.employerKind?.rawValue ?? "-")|\(t.introducedOn)|\(t.note)|\(t.employerUnitId != nil)"
        }
        XCTAssertTrue(try first.talents(station: nil).contains { $0.employerKind == nil }, "the demo keeps unclassified talents")
        XCTAssertTrue(try first.talents(station: nil).contains { $0.employerKind == .institution })
        XCTAssertTrue(try first.stations().contains { !$0.staff.isEmpty && $0.endedOn != nil }, "staff and end dates go round")
        XCTAssertEqual(try first.talents(station: nil).map(plain).sorted(), try second.talents(station: nil).map(plain).sorted())
        XCTAssertEqual(try first.units().map { [$0.name, $0.creditCode, $0.address, $0.contact] },
                       try second.units().map { [$0.name, $0.creditCode, $0.address, $0.contact] })
    }

    func testExportIsUTF8WithBOMAndCRLFAndQuotesNotesWithLineBreaks() throws {
        let db = try StoreFixture.seeded()
        let data = try Exporter.csv(.talents, from: db)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("name,category,employer,employer_kind,introduced_on,station,note\r\n"))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertTrue(text.contains("\"社保缴纳证明\n及劳动合同（两页）\""), "a note with a line break is quoted")
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "证明\n及", with: "").contains("\n"),
                       "every record ends with CRLF")
    }

    func testAFilteredListExportsOnlyThoseRecords() throws {
        let db = try StoreFixture.seeded()
        let some = try db.partners().filter { $0.kind == .university }
        let data = try Exporter.csv(.partners(some))
        let table = try CSVTable.parse(data: data, fileName: "p.csv")
        XCTAssertEqual(table.records.map { $0.fields[0] }, some.map(\.name))
        XCTAssertTrue(table.records.allSatisfy { $0.fields[1] == "university" })
    }
}
