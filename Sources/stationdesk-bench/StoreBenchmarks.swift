import Foundation
import GRDB
import StationDomain
import StationStore

/// `stationdesk-bench store [commit|undo|open|bulk] [--entries N] [--rows N]`: the store's
/// speed targets (issue 4), each printed next to the plain-SQLite floor measured in the same run,
/// interleaved sample by sample so that load from other processes hits both alike.
///   commit: one durable command (save of a new partner)            target median ≤ 2 ms
///   undo:   undo of that command                                   target median ≤ 2 ms
///   open:   open a store with 10⁶ journal entries to ready        target ≤ 50 ms
///   bulk:   one command inserting 200,000 talents, durably         target ≤ 3 s (and its undo)
enum StoreBenchmarks {
    static func run(arguments: [String]) throws {
        let only = arguments.first { !$0.hasPrefix("--") }
        func value(_ flag: String, _ fallback: Int) -> Int {
            guard let i = arguments.firstIndex(of: flag), i + 1 < arguments.count, let n = Int(arguments[i + 1]) else { return fallback }
            return n
        }
        print("store benchmarks (SQLite \(sqliteVersion()), rollback journal TRUNCATE, synchronous=FULL)")
        if only == nil || only == "commit" { try commit(samples: value("--samples", 300)) }
        if only == nil || only == "undo" { try undo(samples: value("--samples", 300)) }
        if only == nil || only == "open" { try open(entries: value("--entries", 1_000_000)) }
        if only == nil || only == "bulk" { try bulk(rows: value("--rows", 200_000)) }
    }

    // MARK: the four measurements

    static func commit(samples: Int) throws {
        let db = try AppDatabase.temporary()
        try db.ensureFirstAdmin("bench")
        let floor = try PlainSQLite()
        var mine: [Double] = [], plain: [Double] = []
        for i in 0..<(samples + 20) {
            // Through the road: the role check, the command, one journal entry.
            let t = try time { try db.perform(SavePartner(Partner(name: "p\(i)", kind: .university, city: "杭州", contact: "c"), replacing: nil), by: "bench") }
            let f = try time { try floor.insertOne(i) }
            if i >= 20 { mine.append(t); plain.append(f) }
        }
        report("durable command commit", mine, plain, target: 2, unit: "ms")
        cleanup(db.folder); floor.remove()
    }

    static func undo(samples: Int) throws {
        let db = try AppDatabase.temporary()
        try db.ensureFirstAdmin("bench")
        let floor = try PlainSQLite()
        var mine: [Double] = [], plain: [Double] = []
        for i in 0..<(samples + 20) {
            try db.perform(SavePartner(Partner(name: "p\(i)", kind: .university, city: "杭州"), replacing: nil), by: "bench")
            try floor.insertOne(i)
            let t = try time { try db.undo(by: "bench") }
            let f = try time { try floor.deleteOne(i) }
            if i >= 20 { mine.append(t); plain.append(f) }
        }
        report("undo", mine, plain, target: 2, unit: "ms")
        cleanup(db.folder); floor.remove()
    }

    static func open(entries: Int) throws {
        let folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-open")
        let fill = try time {
            let db = try AppDatabase.open(folder: folder)
            try db.ensureFirstAdmin("bench")
            try db.appendBenchmarkEntries(entries - 2, by: "bench")
        }
        let path = folder + "/" + AppDatabase.fileName
        let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0) / 1_048_576
        print("  (made a store with \(entries) journal entries, \(size) MiB, in \(String(format: "%.1f", fill / 1000)) s)")
        var mine: [Double] = [], plain: [Double] = []
        for i in 0..<23 {
            let t = try time {
                let db = try AppDatabase.open(folder: folder)
                _ = try db.changeToken()
                _ = try db.units()
                _ = try db.undoCandidate(for: "bench")
                _ = try db.user("bench")
            }
            let f = try time {
                let q = try DatabaseQueue(path: path)
                _ = try q.read { try Int64.fetchOne($0, sql: "SELECT max(sequence) FROM journal_entry") }
                try q.close()
            }
            if i >= 3 { mine.append(t); plain.append(f) }
        }
        report("open store with \(entries) entries to ready", mine, plain, target: 50, unit: "ms")
        let verify = try time { _ = try AppDatabase.open(folder: folder).verify() }
        print("  (verify of that store: \(String(format: "%.1f", verify / 1000)) s)")
        cleanup(folder)
    }

    static func bulk(rows: Int) throws {
        for run in 1...2 {
            let db = try AppDatabase.temporary()
            let station = try db.write(command: "setup", by: "bench") { w -> Station in
                let unit = try w.insert(StationDomain.Unit(name: "柳州单位", creditCode: CreditCode.completing("91450200000000001")!, kind: .enterprise))
                let partner = try w.insert(Partner(name: "浙江大学", kind: .university, city: "杭州"))
                return try w.insert(Station(name: "站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                            head: "张三", agreementDate: CivilDate("2024-01-01")!))
            }
            let day = CivilDate("2025-01-01")!
            let talents = (0..<rows).map { i in
                Talent(name: "人才\(i)", category: TalentCategory.allCases[i % 7], employer: "柳州某某机械制造有限公司",
                       introducedOn: day.adding(days: i % 365), stationId: station.id!, note: "引进材料齐全")
            }
            let t = try time {
                try db.write(command: "import talents", by: "bench") { w in
                    w.summary = "导入 \(rows) 人才"
                    for talent in talents { try w.insert(talent) }
                }
            }
            let floor = try PlainSQLite()
            let f = try time { try floor.insertTalents(rows) }
            report("bulk command: \(rows) talents, one entry (run \(run))", [t], [f], target: 3000, unit: "ms")
            let u = try time { try db.undo(by: "bench") }
            print(String(format: "  %-44@ %9.1f ms", "  its undo (one step)" as NSString, u))
            cleanup(db.folder); floor.remove()
        }
    }

    // MARK: helpers

    static func time(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    }

    static func report(_ name: String, _ mine: [Double], _ plain: [Double], target: Double, unit: String) {
        func pct(_ xs: [Double], _ p: Double) -> Double { let s = xs.sorted(); return s[min(s.count - 1, Int(Double(s.count) * p))] }
        let m = pct(mine, 0.5), f = pct(plain, 0.5)
        let verdict = m <= target ? "met" : "NOT met"
        print(String(format: "  %-44@ median %8.3f %@ (p90 %8.3f) | plain SQLite floor %8.3f %@ (p90 %8.3f) | target ≤ %g %@: %@",
                     name as NSString, m, unit as NSString, pct(mine, 0.9), f, unit as NSString, pct(plain, 0.9), target,
                     unit as NSString, verdict as NSString))
    }

    static func cleanup(_ folder: String) { try? FileManager.default.removeItem(atPath: folder) }

    static func sqliteVersion() -> String {
        (try? DatabaseQueue().read { try String.fetchOne($0, sql: "SELECT sqlite_version()") }) ?? "?"
    }
}

/// The floor: the same SQLite, same pragmas (rollback journal TRUNCATE, synchronous=FULL),
/// one plain table, no journal of ours.
final class PlainSQLite {
    let folder: String
    let queue: DatabaseQueue

    init() throws {
        folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-floor")
        queue = try DatabaseQueue(path: folder + "/plain.sqlite")
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = TRUNCATE; PRAGMA synchronous = FULL")
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, kind TEXT, city TEXT, contact TEXT)")
            try db.execute(sql: """
                CREATE TABLE talent (id INTEGER PRIMARY KEY, name TEXT, category TEXT, employer TEXT, employer_unit_id INTEGER,
                                     introduced_on TEXT, station_id INTEGER, note TEXT, id_number TEXT);
                CREATE INDEX talent_station ON talent(station_id, introduced_on);
                """)
        }
    }

    func insertOne(_ i: Int) throws {
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "INSERT INTO t VALUES (?, ?, 'university', '杭州', 'c')", arguments: [i + 1, "p\(i)"])
                return .commit
            }
        }
    }

    func deleteOne(_ i: Int) throws {
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                try db.execute(sql: "DELETE FROM t WHERE id = ?", arguments: [i + 1])
                return .commit
            }
        }
    }

    func insertTalents(_ rows: Int) throws {
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                let st = try db.makeStatement(sql: "INSERT INTO talent VALUES (NULL, ?, ?, '柳州某某机械制造有限公司', NULL, ?, 1, '引进材料齐全', '')")
                for i in 0..<rows {
                    st.setUncheckedArguments(["人才\(i)", "ABCDEFG".map(String.init)[i % 7], "2025-01-01"])
                    try st.execute()
                }
                return .commit
            }
        }
    }

    func remove() { try? queue.close(); try? FileManager.default.removeItem(atPath: folder) }
}
