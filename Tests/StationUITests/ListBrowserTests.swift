import XCTest
import StationDomain
@testable import StationUI

final class ListBrowserTests: XCTestCase {
    func context() throws -> Context {
        let h = try Harness()
        return h.app.ctx
    }

    /// The UTF-8 sort gives String's own order (code points of NFC text) for mixed Chinese,
    /// Latin and digits, and reversing gives the exact reverse.
    func testSortMatchesStringOrderAndReverses() throws {
        let ctx = try context()
        let names = ["欧阳思远", "Wang Wu", "韩晓芳", "上官英刚", "柳州ABC", "柳州abc", "2024年", "〔已撤销〕南方", "丁军军", "丁怡平"]
        var b = ListBrowser(columns: [Table.Column("名称")])
        b.setRows(names.map { [$0] }, ids: names.indices.map(Int64.init), ctx)
        XCTAssertEqual(b.shown.map { names[$0] }, names.sorted())
        _ = b.handle(.char("s"), ctx)
        _ = b.handle(.char("1"), ctx)
        XCTAssertEqual(b.shown.map { names[$0] }, names.sorted().reversed())
    }

    /// Reloading with new rows keeps the same record selected, found by its id.
    func testReloadKeepsTheSelectedRecord() throws {
        let ctx = try context()
        var b = ListBrowser(columns: [Table.Column("名称")])
        b.setRows([["乙"], ["丙"], ["甲"]], ids: [2, 3, 1], ctx)
        _ = b.handle(.down, ctx)
        let id = try XCTUnwrap(b.selectedId)
        b.setRows([["丁"], ["乙"], ["丙"], ["甲"]], ids: [4, 2, 3, 1], ctx)
        XCTAssertEqual(b.selectedId, id)
    }
}
