import XCTest
import StationDomain
@testable import StationUI

final class ListBrowserTests: XCTestCase {
    /// A context with the real pinyin table and its sort readings.
    func context() throws -> Context {
        try DemoFixture.harness(seed: false).app.ctx
    }

    func browser(_ names: [String], _ ctx: Context, columns: [Table.Column]? = nil) -> ListBrowser {
        var b = ListBrowser(columns: columns ?? [Table.Column("名称", min: 10, share: 1)])
        b.setRows(names.map { [$0] }, ids: names.indices.map(Int64.init), ctx)
        return b
    }

    /// Sorting by a text column gives pinyin order (a list ordered by hand), and reversing gives
    /// the exact reverse.
    func testSortIsPinyinOrderAndReverses() throws {
        let ctx = try context()
        let ordered = ["2024年", "Wang Wu", "王五", "丁军军", "丁怡平", "韩晓芳", "柳州ABC", "柳州abc", "欧阳思远", "上官英刚", "〔已撤销〕南方"]
        // 〔已撤销〕南方 is read yi-che-xiao-nan-fang: the brackets are not part of the order.
        let expected = ["2024年", "丁军军", "丁怡平", "韩晓芳", "柳州ABC", "柳州abc", "欧阳思远", "上官英刚", "Wang Wu", "王五", "〔已撤销〕南方"]
        var b = browser(ordered.reversed(), ctx)
        XCTAssertEqual(b.shown.map { b.rows[$0][0] }, expected)
        _ = b.handle(.char("s"), ctx)
        _ = b.handle(.char("1"), ctx)
        XCTAssertEqual(b.shown.map { b.rows[$0][0] }, expected.reversed())
        XCTAssertEqual(ordered.count, expected.count)
    }

    /// Reloading with new rows keeps the same record selected, found by its id, and its marks.
    func testReloadKeepsTheSelectedRecordAndMarks() throws {
        let ctx = try context()
        var b = ListBrowser(columns: [Table.Column("名称")])
        b.setRows([["乙"], ["丙"], ["甲"]], ids: [2, 3, 1], ctx)
        _ = b.handle(.char(" "), ctx)        // marks 丙 (bing, first), moves to 甲
        let id = try XCTUnwrap(b.selectedId)
        XCTAssertEqual(id, 1)
        b.setRows([["丁"], ["乙"], ["丙"], ["甲"]], ids: [4, 2, 3, 1], ctx)
        XCTAssertEqual(b.selectedId, id)
        XCTAssertEqual(b.marked, [3])
        b.setRows([["丁"], ["乙"]], ids: [4, 2], ctx)
        XCTAssertEqual(b.marked, [], "a mark goes with its record")
    }

    /// Typing a filter selects the first match; n / N go to the next / previous match and wrap.
    func testFilterSelectsFirstMatchAndNWalksTheMatches() throws {
        let ctx = try context()
        var b = browser(["王五", "张三", "汪洋", "文安国", "李四", "Wang Wu"], ctx)
        _ = b.handle(.end, ctx)
        XCTAssertEqual(b.selectedIndex.map { b.rows[$0][0] }, "张三")
        _ = b.handle(.char("/"), ctx)
        for ch in "wang" { _ = b.handle(.char(ch), ctx) }
        // 文安国 holds w-an-g but no character read wang.
        XCTAssertEqual(b.shown.map { b.rows[$0][0] }, ["Wang Wu", "王五", "汪洋"], "in the list's order: wang wu before wang yang")
        XCTAssertEqual(b.selectedPosition, 0, "the first match is selected")
        XCTAssertEqual(b.status(ctx), "3 / 6 条匹配")
        _ = b.handle(.enter, ctx)
        _ = b.handle(.char("n"), ctx)
        XCTAssertEqual(b.selectedPosition, 1)
        _ = b.handle(.char("N"), ctx)
        _ = b.handle(.char("N"), ctx)
        XCTAssertEqual(b.selectedPosition, 2, "N before the first wraps to the last")
    }

    /// Space marks and moves on; targets are the marked rows in display order, or the selected
    /// one; Esc with marks asks, and y clears them.
    func testMarksAndTargets() throws {
        let ctx = try context()
        var b = browser(["甲", "乙", "丙", "丁"], ctx)   // shown: 丙 丁 甲 乙
        XCTAssertEqual(b.targetIds, [2])
        _ = b.handle(.char(" "), ctx)
        _ = b.handle(.down, ctx)
        _ = b.handle(.char(" "), ctx)
        XCTAssertEqual(b.targets.map { b.rows[$0][0] }, ["丙", "甲"])
        XCTAssertEqual(b.status(ctx), "共 4 条 · 已标记 2")
        _ = b.handle(.char(" "), ctx)   // on 乙
        _ = b.handle(.up, ctx)
        _ = b.handle(.char(" "), ctx)   // unmarks 乙
        XCTAssertEqual(b.markedCount, 2)
        XCTAssertNotNil(b.handle(.escape, ctx), "Esc is the list's: it asks")
        XCTAssertTrue(b.isAsking)
        XCTAssertEqual(b.handle(.char("n"), ctx)?.count, 0)
        XCTAssertEqual(b.markedCount, 2, "n keeps the marks")
        _ = b.handle(.escape, ctx)
        _ = b.handle(.char("y"), ctx)
        XCTAssertEqual(b.markedCount, 0)
        XCTAssertNil(b.handle(.escape, ctx), "without marks or filter Esc is the screen's (back)")
    }

    /// PgDn scrolls the view by a page with the selection, and stops at the end; PgUp back.
    func testPagingMovesTheViewByPages() throws {
        let ctx = try context()
        let names = (1...50).map { String(format: "行%02d", $0) }
        var b = browser(names, ctx)
        var grid = Grid(width: 80, height: 24)
        b.render(into: &grid, area: Area(top: 0, left: 0, height: 12, width: 80), empty: "", ctx)
        let page = b.table.pageSize
        XCTAssertEqual(page, 10)
        _ = b.handle(.pageDown, ctx)
        XCTAssertEqual(b.table.top, page)
        XCTAssertEqual(b.selectedPosition, page)
        for _ in 0..<10 { _ = b.handle(.pageDown, ctx) }
        b.render(into: &grid, area: Area(top: 0, left: 0, height: 12, width: 80), empty: "", ctx)
        XCTAssertEqual(b.selectedPosition, 49)
        XCTAssertEqual(b.table.top, 40, "the last page is full")
        _ = b.handle(.pageUp, ctx)
        XCTAssertEqual(b.table.top, 30)
        XCTAssertEqual(b.selectedPosition, 39)
    }

    /// Spare width goes to the columns whose values are cut, names first; a cut is marked with
    /// … and the selected row's cut cells are shown in full on the detail line.
    func testWidthsGiveSpareRoomToCutColumnsAndTheDetailLineShowsThem() throws {
        let ctx = try context()
        let columns = [Table.Column("姓名", min: 6, share: 4), Table.Column("类别", width: 4), Table.Column("单位", min: 8, share: 2)]
        var b = ListBrowser(columns: columns)
        let long = "努尔艾合买提·阿不都热依木"
        b.setRows([[long, "B", "柳州市某某有限公司"], ["努尔艾合买提·买买提", "C", "短"]], ids: [1, 2], ctx)
        XCTAssertEqual(b.table.widths(total: 200), [25, 4, 18], "every value fits: no more than its widest value")
        let narrow = b.table.widths(total: 40)
        XCTAssertEqual(narrow.reduce(0, +) + 3 + 4 + 1, 40)
        XCTAssertGreaterThan(narrow[0], narrow[2], "the name takes the larger share")
        var grid = Grid(width: 40, height: 10)
        b.render(into: &grid, area: Area(top: 0, left: 0, height: 8, width: 40), empty: "", ctx)
        XCTAssertTrue(grid.rowText(1).contains("…"))
        XCTAssertTrue(grid.rowText(7).contains(long), grid.text)
    }
}

extension ListBrowserTests {
    /// A big list shows its first page at once, picked by name prefixes from one scan, and the
    /// rest after preparing it on another thread: the same rows in the same order as the whole
    /// list read at once, and the selection stays on the same talent.
    func testTalentsFirstPageThenTheWholeListInTheSameOrder() throws {
        let h = try DemoFixture.harness()
        let ctx = h.app.ctx
        let whole = TalentsScreen(ctx)
        XCTAssertFalse(whole.list.loading)
        var big = TalentsScreen(ctx, backgroundFrom: 100)
        var grid = Grid(width: 80, height: 24)
        big.render(into: &grid, area: Area(top: 1, left: 0, height: 21, width: 80), ctx)
        let names = whole.shownNames
        // Before or after the background finished: the first rows are the whole list's first rows.
        XCTAssertEqual(Array(big.shownNames.prefix(20)), Array(names.prefix(20)))
        for n in [1, 7, 50, 298, 299, 400] {
            let page = try TalentsScreen.firstPage(ctx, rows: n)
            XCTAssertEqual(page.map(\.name), Array(names.prefix(n)), "first \(n)")
        }
        _ = big.handle(.down, ctx)
        _ = big.handle(.down, ctx)
        let selected = big.selectedTalent?.id
        big.waitUntilLoaded(ctx)
        XCTAssertFalse(big.list.loading)
        XCTAssertEqual(big.shownNames, names)
        XCTAssertEqual(big.selectedTalent?.id, selected)
        XCTAssertEqual(big.list.status(ctx), whole.list.status(ctx))
        // What the screen keeps of each talent (its cells and 12 bytes of facts) gives back the
        // store's rows whole.
        let stored = Dictionary(uniqueKeysWithValues: try ctx.store.talentListRows().map { ($0.id, $0) })
        XCTAssertEqual(big.talents.count, stored.count)
        for t in big.talents { XCTAssertEqual(t, stored[t.id]) }
        XCTAssertTrue(big.talents.contains { $0.stationId != nil } && big.talents.contains { $0.category != nil })
    }

    /// Re-sorting by rank gives the same order as sorting the keys themselves, reversed too.
    func testRanksSortLikeTheKeys() throws {
        let ctx = try context()
        let cells = ["柳州", "北京", "柳州", "Beijing", "", "南宁", "北京", "2024", "柳州市"]
        var b = browser(cells, ctx)
        let expected = cells.indices.sorted { a, c in
            let ka = PinyinCollation.key(cells[a], table: DemoFixture.pinyin), kc = PinyinCollation.key(cells[c], table: DemoFixture.pinyin)
            return ka != kc ? ka.lexicographicallyPrecedes(kc) : a < c
        }
        XCTAssertEqual(b.shown, expected)
        _ = b.handle(.char("s"), ctx)
        _ = b.handle(.char("1"), ctx)
        let reversed = cells.indices.sorted { a, c in
            let ka = PinyinCollation.key(cells[a], table: DemoFixture.pinyin), kc = PinyinCollation.key(cells[c], table: DemoFixture.pinyin)
            return ka != kc ? kc.lexicographicallyPrecedes(ka) : a < c
        }
        XCTAssertEqual(b.shown, reversed)
    }
}
