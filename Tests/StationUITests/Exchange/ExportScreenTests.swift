import Foundation
import TestSupport
import XCTest
import StationDomain
import StationExchange
import StationStore
@testable import StationUI

final class ExportScreenTests: XCTestCase {
    static let units = [
        ("柳州市智能装备制造有限责任公司", "91450200MA5L00001", UnitKind.enterprise, "张三 0772-1234567"),
        ("广西柳州钢铁集团有限公司", "91450200MA5L00002", .enterprise, "李四"),
        ("桂林某某科技有限公司", "91450300MA5L00003", .enterprise, "Wang, Wu"),
        ("柳州市螺蛳粉产业研究院", "12450200MB0000004", .institution, "赵\"六\""),
    ]

    func seeded() throws -> Harness {
        let h = try Harness()
        for (name, prefix, kind, contact) in Self.units {
            // Art. 4.1: the Guilin code needs a clerk's note.
            let note = UnitLocation.isLiuzhouCode(prefix) ? "" : "桂林注册，在柳州经营（虚构）"
            try h.addUnit(name, code: Harness.code(prefix), kind: kind, contact: contact, locationNote: note)
        }
        return h
    }

    /// Replaces the dialog's path with `path` and presses Enter.
    func save(_ h: Harness, to path: String) {
        h.press(.ctrl("u"))
        h.type(path)
        h.press(.enter)
    }

    func testExportWritesExactlyTheRowsShownFilteredAndSorted() throws {
        let h = try seeded()
        let files = try ExchangeFiles()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("/"))
        h.type("柳州")
        h.press(.enter, .char("s"), .char("4"), .char("s"), .char("4"))    // by contact, descending
        let list = try XCTUnwrap(h.app.top as? UnitsPartnersScreen)
        let shown = list.shownNames
        XCTAssertEqual(shown.count, 3, "the filter hides the Guilin unit")
        h.press(.char("x"))
        let dialog = try XCTUnwrap(h.app.top as? ExportScreen)
        XCTAssertEqual(dialog.path.text, "./units-2026-03-02.csv", "default: kind and today, in the working directory")
        XCTAssertTrue(h.screen().text.contains("导出当前显示的 3 条设站单位记录"))
        let path = files.folder + "/单位.csv"
        save(h, to: path)
        XCTAssertTrue(h.app.top is UnitsPartnersScreen, "the dialog closes")
        XCTAssertEqual(h.messageText, "已导出 3 条记录到 \(path)")
        let data = try files.read(path)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with BOM, for Excel and WPS")
        let table = try CSVTable.read(path: path)
        XCTAssertEqual(table.header, ImportKind.units.columns, "the import's columns")
        XCTAssertEqual(table.records.map { $0.fields[0] }, shown, "the rows shown, in the order shown")
        let byName = Dictionary(uniqueKeysWithValues: try h.db.units().map { ($0.name, $0) })
        XCTAssertEqual(table.records.map { $0.fields[1] }, shown.map { byName[$0]!.creditCode })
        XCTAssertTrue(table.records.contains { $0.fields[4] == "赵\"六\"" }, "quotes survive")

        // What was exported imports back unchanged into an empty store.
        let other = try Harness()
        other.app.apply([.push(ImportScreen(kind: .units, other.app.ctx, cwd: files.folder))])
        other.type("单位.csv")
        other.press(.enter, .char("y"))
        let back = try other.db.units().map { StationDomain.Unit(name: $0.name, creditCode: $0.creditCode, kind: $0.kind, address: $0.address, contact: $0.contact) }
        let original = shown.map { byName[$0]! }.map { StationDomain.Unit(name: $0.name, creditCode: $0.creditCode, kind: $0.kind, address: $0.address, contact: $0.contact) }
        XCTAssertEqual(Set(back.map(\.name)), Set(original.map(\.name)))
        XCTAssertEqual(back.sorted { $0.name < $1.name }, original.sorted { $0.name < $1.name })
    }

    func testDialogAt80x24() throws {
        let h = try seeded()
        h.press(.char(DeskArea.unitsPartners.shortcut))
        let units = try h.db.units()
        h.app.apply([.push(ExportScreen(.units(units), lookup: Exporter.Lookup(), h.app.ctx, cwd: "/srv/desk"))])
        Golden.check(h.screen(), "export-dialog-80x24")
    }

    func testAnExistingFileIsOverwrittenOnlyAfterYes() throws {
        let h = try seeded()
        let files = try ExchangeFiles()
        let path = try files.write("old.csv", "keep me")
        h.press(.char(DeskArea.unitsPartners.shortcut), .tab)       // partners: none yet
        h.press(.char("x"))
        save(h, to: path)
        var dialog = try XCTUnwrap(h.app.top as? ExportScreen)
        XCTAssertTrue(dialog.askingOverwrite)
        XCTAssertTrue(h.screen().text.contains("“old.csv”已存在。覆盖它？"))
        h.press(.char("n"))
        XCTAssertEqual(String(decoding: try files.read(path), as: UTF8.self), "keep me", "n keeps the file")
        dialog = try XCTUnwrap(h.app.top as? ExportScreen, "back to the path, to choose another")
        XCTAssertFalse(dialog.askingOverwrite)
        h.press(.enter, .char("y"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        XCTAssertEqual(h.messageText, "已导出 0 条记录到 \(path)")
        XCTAssertEqual(try CSVTable.read(path: path).header, ImportKind.partners.columns)
    }

    /// Issue 10, point 1 in the terminal program: a link, a FIFO, the store and its data folder are
    /// refused before anything is asked, in one sentence naming the path; nothing is written.
    func testDangerousTargetsAreRefusedWithoutAskingAndNothingIsWritten() throws {
        let h = try seeded()
        let files = try ExchangeFiles()
        let link = files.folder + "/link.csv", fifo = files.folder + "/fifo.csv"
        XCTAssertEqual(symlink(files.folder + "/target.csv", link), 0)
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let storeBefore = try Data(contentsOf: URL(fileURLWithPath: h.db.path))
        let cases = [(link, "没有写入 \(link)：这是符号链接，请直接给出目标文件的路径。"),
                     (fifo, "没有写入 \(fifo)：这不是普通文件（命名管道 FIFO）。"),
                     (h.db.path, "没有写入 \(h.db.path)：它在数据目录 \(h.db.folder) 里，导出文件请放在别处。"),
                     (h.db.folder + "/u.csv", "没有写入 \(h.db.folder)/u.csv：它在数据目录 \(h.db.folder) 里，导出文件请放在别处。")]
        for (path, message) in cases {
            h.press(.char(DeskArea.unitsPartners.shortcut), .char("x"))
            save(h, to: path)
            let dialog = try XCTUnwrap(h.app.top as? ExportScreen, path)
            XCTAssertFalse(dialog.askingOverwrite, "refused, not asked: \(path)")
            XCTAssertEqual(h.messageText, message)
            XCTAssertEqual(h.app.message?.isError, true)
            h.press(.escape)
        }
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), files.folder + "/target.csv")
        XCTAssertFalse(FileManager.default.fileExists(atPath: files.folder + "/target.csv"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: h.db.folder + "/u.csv"))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: h.db.path)), storeBefore)
    }

    func testAnOverwrittenFileKeepsItsMode() throws {
        let h = try seeded()
        let files = try ExchangeFiles()
        let path = try files.write("mine.csv", "old")
        XCTAssertEqual(chmod(path, 0o640), 0)
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("x"))
        save(h, to: path)
        XCTAssertEqual((h.app.top as? ExportScreen)?.askingOverwrite, true, "an existing file: asked first")
        h.press(.char("y"))
        XCTAssertTrue(h.app.top is UnitsPartnersScreen)
        var st = stat()
        XCTAssertEqual(stat(path, &st), 0)
        XCTAssertEqual(st.st_mode & 0o777, 0o640)
        XCTAssertEqual(try CSVTable.read(path: path).records.count, Self.units.count)
    }

    func testAMissingFolderIsNamedAndTheDialogStays() throws {
        let h = try seeded()
        h.press(.char(DeskArea.unitsPartners.shortcut), .char("x"))
        save(h, to: "/nonexistent-folder/u.csv")
        XCTAssertTrue(h.app.top is ExportScreen)
        XCTAssertEqual(h.messageText, "没有写入 /nonexistent-folder/u.csv：文件夹 /nonexistent-folder 不存在。")
        XCTAssertEqual(h.app.message?.isError, true)
    }

    func testTalentsExportFollowsTheFilterAndNamesTheStation() throws {
        let h = try DemoFixture.harness()
        let files = try ExchangeFiles()
        h.press(.char(DeskArea.talents.shortcut), .char("/"))
        h.type("医院")
        h.press(.enter)
        let list = try XCTUnwrap(h.app.top as? TalentsScreen)
        let shown = list.list.shown.map { list.talents[$0] }
        XCTAssertFalse(shown.isEmpty)
        XCTAssertLessThan(shown.count, list.talents.count)
        XCTAssertTrue(h.screen().text.contains("x 导出"), "the hint bar shows the key")
        h.press(.char("x"))
        save(h, to: files.folder + "/t.csv")
        let table = try CSVTable.read(path: files.folder + "/t.csv")
        XCTAssertEqual(table.header, ImportKind.talents.columns)
        XCTAssertEqual(table.records.map { $0.fields[0] }, shown.map(\.name))
        let stations = Dictionary(uniqueKeysWithValues: try h.db.stations().map { ($0.id!, $0.name) })
        let stationColumn = try XCTUnwrap(table.header.firstIndex(of: "station"))
        XCTAssertEqual(table.records.map { $0.fields[stationColumn] }, shown.map { $0.stationId.flatMap { stations[$0] } ?? "" })
        XCTAssertEqual(h.messageText, "已导出 \(shown.count) 条记录到 \(files.folder)/t.csv")
    }

    func testStationsExportCarriesUnitCodesAndPartnerNames() throws {
        let h = try DemoFixture.harness()
        let files = try ExchangeFiles()
        h.press(.char(DeskArea.stations.shortcut), .char("x"))
        save(h, to: files.folder + "/s.csv")
        let table = try CSVTable.read(path: files.folder + "/s.csv")
        let list = try XCTUnwrap(h.app.top as? StationsScreen)
        XCTAssertEqual(table.records.map { $0.fields[0] }, list.list.shown.map { list.stations[$0].name }, "in the order shown")
        let sample = try CSVTable.read(path: DemoFixture.share.path + "/sample/stations.csv")
        // The demo records the revocation's date after the import; every other field is the sample's.
        let ended = try XCTUnwrap(table.header.firstIndex(of: "ended_on"))
        func withoutEnd(_ fields: [String]) -> [String] { var f = fields; f.remove(at: ended); return f }
        XCTAssertEqual(Set(table.records.map { withoutEnd($0.fields) }), Set(sample.records.map { withoutEnd($0.fields) }),
                       "the demo's stations come back as the sample file has them")
        let revoked = try XCTUnwrap(h.db.stations().first { $0.status == .revoked })
        XCTAssertEqual(table.records.first { $0.fields[0] == revoked.name }?.fields[ended], revoked.endedOn?.description)
        XCTAssertNotNil(revoked.endedOn)
    }
}
