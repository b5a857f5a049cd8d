import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI

/// `stationdesk-bench screens [ROWS]`: how long the read-mostly areas take on a store of ROWS
/// talents (default 100,000) — opening 人才 (its first screen, then the whole list ready), `/`,
/// typing filter letters, re-sorting by Chinese columns, paging, the per-station chart, opening
/// 年度评估 and 待办 — each the median of 5, rendered into an 80×24 grid as the terminal would.
/// Targets (issue 9, 200,000 talents): first screen ≤ 100 ms, `/` ≤ 20 ms, a filter keystroke
/// ≤ 50 ms, a re-sort by a Chinese column ≤ 150 ms, page down ≤ 5 ms.
enum ScreensBenchmark {
    static func run(arguments: [String]) throws {
        let rows = arguments.first.flatMap(Int.init) ?? 100_000
        let sample = try ImportBenchmark.sampleFolder()
        let folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-screens")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let csv = folder + "/talents.csv"
        try ImportBenchmark.generate(rows: rows, sampleFolder: sample).write(to: URL(fileURLWithPath: csv))
        let db = try AppDatabase.open(folder: folder + "/store")
        try db.ensureFirstAdmin("bench")   // imports are a clerk's: the first admin is one
        for (kind, file) in DemoData.files where kind != .talents {
            _ = try Importer.run(kind, path: sample + "/" + file, into: db, by: "bench")
        }
        _ = try Importer.run(.talents, path: csv, into: db, by: "bench")
        let share = ShareDirectory(path: (sample as NSString).deletingLastPathComponent)
        let pinyin = try share.pinyinTable()
        let ctx = Context(catalog: Catalog(), store: db, user: "bench", today: CivilDate("2026-03-02")!,
                          matcher: .pinyin(pinyin),
                          rules: DeskRules(policies: try share.policyBook(), calendar: try share.workdayCalendar()))
        print("screens benchmark: \(rows) talents, median of 5")
        func time(_ name: String, _ body: () -> Void) { printMedian(name, digits: 0, body) }
        func draw(_ s: inout some Screen) { drawIn80x24(&s, ctx) }
        time("read all talents (the store's part)") { _ = try? db.talents(station: nil) }
        time("lean read of the list's columns (talentListRows)") { _ = try? db.talentListRows() }
        // A big list shows its first page at once and prepares the rest on another thread:
        // timed apart, each run's background finishing before the next run starts.
        var runs: [Double] = []
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            var s = TalentsScreen(ctx); draw(&s)
            runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            s.waitUntilLoaded(ctx)
        }
        print("  open 人才, first screen (first page by name prefixes; the rest in the background): \(String(format: "%.0f", runs.sorted()[2])) ms")
        time("open 人才 until the whole list is ready (read, build, sort keys of every column, search keys)") {
            var s = TalentsScreen(ctx); s.waitUntilLoaded(ctx); draw(&s)
        }
        var talents = TalentsScreen(ctx)
        talents.waitUntilLoaded(ctx)
        draw(&talents)
        let opened = talents
        time("press / (search keys prepared with the list)") { var s = opened; _ = s.handle(.char("/"), ctx); draw(&s) }
        _ = talents.handle(.char("/"), ctx)
        time("filter one letter (pinyin) over all rows") {
            var s = talents
            _ = s.handle(.char("z"), ctx)
            draw(&s)
        }
        var typedZ = talents
        _ = typedZ.handle(.char("z"), ctx)
        time("filter a second letter (narrows the first's result)") {
            var s = typedZ
            _ = s.handle(.char("h"), ctx)
            draw(&s)
        }
        var typedZhang = typedZ
        for ch in "hang" { _ = typedZhang.handle(.char(ch), ctx) }
        time("filter a fifth letter (zhang → zhangs)") {
            var s = typedZhang
            _ = s.handle(.char("s"), ctx)
            draw(&s)
        }
        time("re-sort by 用人单位 (Chinese column)") {
            var s = opened
            _ = s.handle(.char("s"), ctx); _ = s.handle(.char("3"), ctx)
            draw(&s)
        }
        time("re-sort by 工作站 (Chinese column)") {
            var s = opened
            _ = s.handle(.char("s"), ctx); _ = s.handle(.char("6"), ctx)
            draw(&s)
        }
        time("reverse the name order (s 1)") {
            var s = opened
            _ = s.handle(.char("s"), ctx); _ = s.handle(.char("1"), ctx)
            draw(&s)
        }
        var paged = opened
        time("page down") { _ = paged.handle(.pageDown, ctx); draw(&paged) }
        time("per-station chart (TalentCount per year)") {
            var s = talents
            _ = s.handle(.escape, ctx); _ = s.handle(.tab, ctx)
            draw(&s)
        }
        time("open 年度评估") { var s = EvaluationsScreen(ctx); draw(&s) }
        time("open 申请") { var s = ApplicationsScreen(ctx); draw(&s) }
        time("open 补助") { var s = SubsidiesScreen(ctx); draw(&s) }
        time("open 待办") { var s = TodoScreen(ctx); draw(&s) }
        try workflowLists(share: share, talentsCtx: ctx)
    }

    /// The applications, evaluations and subsidies lists hold a row per application or station
    /// year: the live demo's (`DemoLive`, as `--demo` opens) with their list keys — `/`, a filter
    /// letter, a re-sort by the Chinese first column, page down — each rendered at 80×24.
    static func workflowLists(share: ShareDirectory, talentsCtx: Context) throws {
        let folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-lists")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let db = try AppDatabase.open(folder: folder + "/store")
        let today = CivilDate("2026-12-01")!
        try DemoLive.seed(into: db, share: share, login: "bench", today: today)
        let ctx = Context(catalog: Catalog(), store: db, user: "bench", today: today, matcher: talentsCtx.matcher, rules: talentsCtx.rules)
        func time(_ name: String, _ body: () -> Void) { printMedian(name, digits: 1, body) }
        func draw(_ s: inout some Screen) { drawIn80x24(&s, ctx) }
        func keys<S: Screen>(_ name: String, rows: (S) -> Int, _ open: () -> S) {
            var opened = open()
            print("  \(name) (live demo, \(rows(opened)) rows):")
            time("    open") { var s = open(); draw(&s) }
            draw(&opened)
            time("    press /") { var s = opened; _ = s.handle(.char("/"), ctx); draw(&s) }
            var filtering = opened
            _ = filtering.handle(.char("/"), ctx)
            time("    filter one letter") { var s = filtering; _ = s.handle(.char("l"), ctx); draw(&s) }
            time("    re-sort by the first column (s 1)") {
                var s = opened; _ = s.handle(.char("s"), ctx); _ = s.handle(.char("1"), ctx); draw(&s)
            }
            time("    page down") { var s = opened; _ = s.handle(.pageDown, ctx); draw(&s) }
        }
        keys("申请", rows: { $0.list.rows.count }) { ApplicationsScreen(ctx) }
        keys("年度评估", rows: { $0.list.rows.count }) { EvaluationsScreen(ctx) }
        keys("补助", rows: { $0.list.rows.count }) { SubsidiesScreen(ctx) }
    }
}

/// Runs `body` five times and prints the median in milliseconds with `digits` decimals.
private func printMedian(_ name: String, digits: Int, _ body: () -> Void) {
    var runs: [Double] = []
    for _ in 0..<5 {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        runs.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    print("  \(name): \(String(format: "%.\(digits)f", runs.sorted()[2])) ms")
}

/// Renders `screen` into an 80×24 grid, below the title row, as the terminal would.
private func drawIn80x24(_ screen: inout some Screen, _ ctx: Context) {
    var grid = Grid(width: 80, height: 24)
    screen.render(into: &grid, area: Area(top: 1, left: 0, height: 21, width: 80), ctx)
}
