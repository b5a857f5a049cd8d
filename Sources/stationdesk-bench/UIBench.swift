import Foundation
import StationDomain
import StationStore
import StationUI

/// Benchmarks of the terminal UI's in-process work (issue 2): measuring text, drawing a list of
/// 5,000 units into the grid at 80×24 and 200×60, one filter keystroke over them, and the reload
/// after another process commits. The terminal itself (curses output) is not included.
enum UIBench {
    static func run() throws {
        let sample = String(repeating: "柳州市虚构汽车零部件制造有限公司 Wang Wu 0772-5550101 ①“”👨‍👩‍👦 ", count: 20_000)
        DomainBench.report("DisplayWidth.of, 1.2 M characters", DomainBench.median(5) { _ = DisplayWidth.of(sample) })

        let db = try AppDatabase.temporary()
        try db.ensureFirstAdmin("bench")
        try db.write(command: "bench.seed", by: "bench") { w in
            for i in 0..<5_000 {
                let prefix = "914502" + String(format: "%011d", i)
                _ = try w.insert(Unit(name: "柳州市虚构第\(i)号智能装备制造有限责任公司", creditCode: CreditCode.completing(prefix)!,
                                      kind: .enterprise, address: "柳州市", contact: "联系人\(i)"))
            }
        }
        let ctx = Context(catalog: Catalog(.zh), store: db, user: "bench", today: CivilDate("2026-03-02")!)
        let app = App(context: ctx, policy: .expired(until: CivilDate("2025-12-31")!))
        DomainBench.report("open units & partners (load + sort 5,000)", try DomainBench.median(5) {
            app.handle(.char("7"))
            _ = app.render(width: 80, height: 24)
            app.handle(.escape)
        })
        app.handle(.char("7"))
        DomainBench.report("render one frame 80×24, 5,000 units", DomainBench.median(21) { _ = app.render(width: 80, height: 24) })
        DomainBench.report("render one frame 200×60, 5,000 units", DomainBench.median(21) { _ = app.render(width: 200, height: 60) })
        app.handle(.char("/"))
        DomainBench.report("filter keystroke + frame, 5,000 units", DomainBench.median(11) {
            app.handle(.char("9"))
            _ = app.render(width: 80, height: 24)
            app.handle(.backspace)
        })
        app.handle(.escape)
        let other = try AppDatabase.open(folder: db.folder)
        var n = 0
        DomainBench.report("reload after another process commits", try DomainBench.median(5) {
            n += 1
            _ = try other.save(Unit(name: "外部\(n)", creditCode: CreditCode.completing("91450299" + String(format: "%09d", n))!,
                                    kind: .enterprise), replacing: nil, by: "other")
            app.tick()
            _ = app.render(width: 80, height: 24)
        })
    }
}
