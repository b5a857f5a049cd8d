import Foundation
import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

/// The clerk's whole round: the sample files (as an office would make them) imported through the
/// import screen, kind by kind, then every list exported with `x` — each exported file holds the
/// same rows, character for character, as the file it came from.
final class ExchangeRoundTripTests: XCTestCase {
    func importThroughTheScreen(_ h: Harness, _ kind: ImportKind, from folder: String) throws {
        h.app.apply([.push(ImportScreen(kind: kind, h.app.ctx, cwd: folder))])
        h.type("\(kind.rawValue).csv")
        h.press(.enter)
        guard case .ready? = (h.app.top as? ImportScreen)?.stage else {
            return XCTFail("\(kind) not clean: \((h.app.top as? ImportScreen)?.problems ?? [])")
        }
        h.press(.char("y"))
        XCTAssertTrue(h.messageText?.hasPrefix("已导入") == true, h.messageText ?? "")
    }

    func exportThroughTheList(_ h: Harness, to path: String) {
        h.press(.char("x"), .ctrl("u"))
        h.type(path)
        h.press(.enter)
    }

    func rows(_ path: String) throws -> Set<[String]> { Set(try CSVTable.read(path: path).records.map(\.fields)) }

    func testSampleFilesComeBackUnchanged() throws {
        let h = try DemoFixture.harness(seed: false)
        let sample = DemoFixture.share.path + "/sample"
        for kind in [ImportKind.units, .partners, .stations, .talents] { try importThroughTheScreen(h, kind, from: sample) }
        XCTAssertEqual(try h.db.journal(limit: 100).filter { $0.command.hasPrefix("import-") }.count, 4, "one entry per file")

        let out = try ExchangeFiles()
        h.press(.escape, .escape, .escape, .char(DeskArea.unitsPartners.shortcut))
        exportThroughTheList(h, to: out.folder + "/units.csv")
        h.press(.tab)
        exportThroughTheList(h, to: out.folder + "/partners.csv")
        h.press(.escape, .char(DeskArea.stations.shortcut))
        exportThroughTheList(h, to: out.folder + "/stations.csv")
        h.press(.escape, .char(DeskArea.talents.shortcut))
        exportThroughTheList(h, to: out.folder + "/talents.csv")

        for kind in ImportKind.allCases {
            let exported = out.folder + "/\(kind.rawValue).csv"
            XCTAssertEqual(try CSVTable.read(path: exported).header, kind.columns)
            XCTAssertEqual(try rows(exported), try rows(sample + "/\(kind.rawValue).csv"), "\(kind) differ")
        }
    }
}
