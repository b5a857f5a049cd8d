import Foundation
import StationDomain
import StationStore
import TestSupport
import XCTest
@testable import StationExchange

/// Issue 10, point 2: CSV injection. Text cells a spreadsheet would run as a formula are exported
/// with a leading apostrophe, import takes exactly that one off, export → import → export gives the
/// same bytes; money and date columns are never touched.
final class FormulaGuardTests: XCTestCase {
    func testGuardAndUnguardAreInverseForEveryTrigger() {
        let cells = ["=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "@SUM(A1)", "+86 138", "-2+3", "\t=1", "\r=1",
                     "'=already", "''+two", "'plain", "plain", "", "柳州", "a=b", "'"]
        for cell in cells {
            XCTAssertEqual(FormulaGuard.unguarded(FormulaGuard.guarded(cell)), cell, cell)
        }
        XCTAssertEqual(FormulaGuard.guarded("=1+1"), "'=1+1")
        XCTAssertEqual(FormulaGuard.guarded("'=1"), "''=1", "an apostrophe typed before a formula survives the way round")
        XCTAssertEqual(FormulaGuard.guarded("'plain"), "'plain", "an apostrophe before plain text is left alone")
        XCTAssertEqual(FormulaGuard.unguarded("'plain"), "'plain", "import removes only the apostrophe export added")
        XCTAssertEqual(FormulaGuard.guarded("a=b"), "a=b")
    }

    func testDangerousCellsRoundTripByteForByteAndDatesAreNotGuarded() throws {
        let first = try TemporaryStores.store()
        let second = try TemporaryStores.store()
        let user = StoreFixture.user
        try first.ensureFirstAdmin(user)
        try second.ensureFirstAdmin(user)
        try first.save(StationDomain.Unit(name: "=HYPERLINK(\"http://x\",\"y\")", creditCode: Sample.code(1), kind: .enterprise,
                                          address: "@地址", contact: "+86 138 0000 0000"), replacing: nil, by: user)
        try first.save(Partner(name: "-2+3", kind: .university, city: "上海", contact: "'=1"), replacing: nil, by: user)
        try first.save(Talent(name: "正常", category: .g, employer: "=1+1", introducedOn: CivilDate(year: 2024, month: 3, day: 1)!,
                              stationId: nil, note: "=cmd|' /C calc'!A0\n第二行"), replacing: nil, by: user)
        let folder = try TestFiles.temporaryFolder()
        for kind in [ImportKind.units, .partners, .talents] {
            let exported = try Exporter.csv(kind, from: first)
            let text = String(decoding: exported, as: UTF8.self)
            XCTAssertFalse(text.contains(",=") || text.contains("\n=") || text.contains(",@") || text.contains(",+")
                           || text.contains(",-") || text.contains("\"="), "an unguarded formula in \(kind): \(text)")
            let path = folder.appendingPathComponent("\(kind).csv").path
            try ExportFile.write(exported, to: path, ExportFile.Options(dataFolder: nil))
            _ = try Importer.run(kind, path: path, into: second, by: user)
            XCTAssertEqual(try Exporter.csv(kind, from: second), exported, "\(kind) changed on the way round")
        }
        XCTAssertEqual(try second.units().map(\.name), ["=HYPERLINK(\"http://x\",\"y\")"], "the apostrophe is not stored")
        XCTAssertEqual(try second.partners().map(\.contact), ["'=1"], "a typed apostrophe is kept")
        XCTAssertEqual(try second.talents().map(\.note), ["=cmd|' /C calc'!A0\n第二行"])
        let talents = String(decoding: try Exporter.csv(.talents, from: first), as: UTF8.self)
        XCTAssertTrue(talents.contains("正常,G,'=1+1,,2024-03-01,,\"'=cmd|' /C calc'!A0\n第二行\""), talents)
    }

    func testMoneyAndDateColumnsAreWrittenAsTheyAre() throws {
        let data = try CSVDocument.data(header: ["name", "paid_yuan", "due_on"],
                                        rows: [["-退款", "-1200.00", "2026-01-01"]], plainColumns: [1, 2])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text, "name,paid_yuan,due_on\r\n'-退款,-1200.00,2026-01-01\r\n")
        let report = Report(text: "", table: TextTable(headers: ["station", "head", "cap_yuan"],
                                                       rows: [["=站", "@张", "-5.00"]], plainColumns: [2]))
        XCTAssertEqual(String(decoding: try XCTUnwrap(try report.csv()).dropFirst(3), as: UTF8.self),
                       "station,head,cap_yuan\r\n'=站,'@张,-5.00\r\n", "report --format csv is guarded too")
    }
}
