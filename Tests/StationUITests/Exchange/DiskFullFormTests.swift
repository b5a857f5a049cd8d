import XCTest
import StationDomain
import StationStore
@testable import StationUI

/// A store whose disk is full: every save throws the store's `diskFull` (what SQLITE_FULL
/// becomes), everything else goes to a real temporary store.
final class DiskFullStore: DeskStore {
    let real: AppDatabaseDeskStore
    var full = true
    init(_ real: AppDatabaseDeskStore) { self.real = real }

    func units() throws -> [StationDomain.Unit] { try real.units() }
    func partners() throws -> [Partner] { try real.partners() }
    func user(_ login: String) throws -> User? { try real.user(login) }
    func save(_ unit: StationDomain.Unit, replacing original: StationDomain.Unit?, by user: String) throws -> StationDomain.Unit {
        if full { throw StoreError.diskFull(path: real.db.folder) }
        return try real.save(unit, replacing: original, by: user)
    }
    func save(_ partner: Partner, replacing original: Partner?, by user: String) throws -> Partner {
        if full { throw StoreError.diskFull(path: real.db.folder) }
        return try real.save(partner, replacing: original, by: user)
    }
    func delete(_ unit: StationDomain.Unit, by user: String) throws { try real.delete(unit, by: user) }
    func delete(_ partner: Partner, by user: String) throws { try real.delete(partner, by: user) }
    func delete(units: [StationDomain.Unit], partners: [Partner], by user: String) throws {
        try real.delete(units: units, partners: partners, by: user)
    }
    func undo(by user: String) throws -> JournalLine { try real.undo(by: user) }
    func redo(by user: String) throws -> JournalLine { try real.redo(by: user) }
    func journal(limit: Int, beforeSequence: Int64?) throws -> [JournalLine] { try real.journal(limit: limit, beforeSequence: beforeSequence) }
    func entry(_ sequence: Int64) throws -> JournalLine { try real.entry(sequence) }
    func history(table: String, id: Int64) throws -> [JournalLine] { try real.history(table: table, id: id) }
    func changeToken() throws -> Int64 { try real.changeToken() }
    func stations() throws -> [Station] { try real.stations() }
    func talents() throws -> [Talent] { try real.talents() }
    func evaluations(station: Int64) throws -> [Evaluation] { try real.evaluations(station: station) }
    func evaluations(year: Int) throws -> [Evaluation] { try real.evaluations(year: year) }
    func staffFilings(station: Int64) throws -> [StaffFiling] { try real.staffFilings(station: station) }
    func activities(station: Int64) throws -> [Activity] { try real.activities(station: station) }
    func subsidies() throws -> [Subsidy] { try real.subsidies() }
    func payments(subsidy: Int64) throws -> [Payment] { try real.payments(subsidy: subsidy) }
}

final class DiskFullFormTests: XCTestCase {
    func testAFullDiskKeepsTheFormOpenWithTheInputAndSaysWhy() throws {
        let h = try Harness()
        let store = DiskFullStore(h.store)
        let app = App(context: Context(catalog: Catalog(.zh), store: store, user: Harness.user, today: Harness.today))
        app.handle(.char(DeskArea.unitsPartners.shortcut))
        app.handle(.char("a"))
        let code = Harness.code("91450200MA5L00001")
        for c in "柳州市测试机械有限公司" { app.handle(.char(c)) }
        app.handle(.tab)
        for c in code { app.handle(.char(c)) }
        app.handle(.function(2))

        let form = try XCTUnwrap(app.top as? RecordFormScreen, "the form stays open")
        XCTAssertEqual(form.form.value("name"), "柳州市测试机械有限公司", "the input is kept")
        XCTAssertEqual(form.form.value("creditCode"), code)
        XCTAssertEqual(app.message?.isError, true)
        XCTAssertEqual(app.message?.text, "未保存（输入仍在）：磁盘已满，没有保存；请腾出磁盘空间（或告知管理员）后再保存")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("未保存（输入仍在）：磁盘已满"), "on the message line")
        XCTAssertEqual(try h.db.units().count, 0)
        XCTAssertFalse(app.quitting)

        // Space is freed: F2 again saves the same input.
        store.full = false
        app.handle(.function(2))
        XCTAssertTrue(app.top is UnitsPartnersScreen)
        XCTAssertEqual(try h.db.units().map(\.name), ["柳州市测试机械有限公司"])
        XCTAssertEqual(app.message?.text, "已保存“柳州市测试机械有限公司”")
    }

    func testTheEnglishCatalogSaysItPlainlyToo() {
        let text = Catalog(.en).describe(StoreError.diskFull(path: "/srv/desk"))
        XCTAssertEqual(text, "the disk is full, so nothing was saved; free some disk space (or tell the admin) and save again")
    }
}
