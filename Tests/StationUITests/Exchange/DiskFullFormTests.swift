import TestSupport
import XCTest
import StationDomain
import StationStore
@testable import StationUI

final class DiskFullFormTests: XCTestCase {
    func testAFullDiskKeepsTheFormOpenWithTheInputAndSaysWhy() throws {
        let h = try Harness()
        h.db.simulateFullDisk(true)
        let app = h.app
        app.handle(.char(DeskArea.unitsPartners.shortcut))
        app.handle(.char("a"))
        let code = Harness.code("91450200MA5L00001")
        for c in "柳州市测试机械有限公司" { app.handle(.char(c)) }
        app.handle(.tab)
        for c in code { app.handle(.char(c)) }
        app.handle(.function(2))

        let form = try XCTUnwrap(app.top as? RecordFormScreen<UnitRecords>, "the form stays open")
        XCTAssertEqual(form.form.value("name"), "柳州市测试机械有限公司", "the input is kept")
        XCTAssertEqual(form.form.value("creditCode"), code)
        XCTAssertEqual(app.message?.isError, true)
        XCTAssertEqual(app.message?.text, "未保存（输入仍在）：磁盘已满，没有保存；请腾出磁盘空间（或告知管理员）后再保存")
        XCTAssertTrue(app.render(width: 80, height: 24).text.contains("未保存（输入仍在）：磁盘已满"), "on the message line")
        XCTAssertEqual(try h.db.units().count, 0)
        XCTAssertFalse(app.quitting)

        // Space is freed: F2 again saves the same input.
        h.db.simulateFullDisk(false)
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
