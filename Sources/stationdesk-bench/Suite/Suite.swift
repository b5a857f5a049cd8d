import Foundation
import StationDomain
import StationExchange
import StationStore
#if canImport(Glibc)
import Glibc
#endif

/// `stationdesk-bench suite [--talents N] [--entries N] [--runs N] [--seed S] [--only a,b]`
/// (run by `Scripts/bench.sh`, which builds first): the whole program measured beside what a user
/// would use instead, in one run, printed as one table (issue 15). Sections (`--only`):
///   cli      `--help`; one-row add (`import`) and `undo` vs Taskwarrior and the sqlite3 shell;
///            `log` vs the same query in the sqlite3 shell — whole processes, median of --runs
///   tui      first full screen in a pty (demo-size and N-talent store); the talents list shown;
///            peak memory; VisiData opening the same CSV
///   bulk     N talents as one command (`stationdesk import`) vs plain SQLite inserting the same
///            rows, idle and with the other core busy; its undo
///   verify   `stationdesk verify` of a store with --entries journal entries
///   store    durable commit and undo vs the plain-SQLite floor (in-process, interleaved)
struct Suite {
    struct Options {
        var talents = 200_000
        var entries = 1_000_000
        var runs = 30
        var seed: UInt64 = 15
        var only: Set<String> = ["cli", "tui", "bulk", "verify", "store"]
    }

    static func run(arguments: [String]) throws {
        var o = Options()
        var i = 0
        while i < arguments.count {
            let a = arguments[i], v = i + 1 < arguments.count ? arguments[i + 1] : ""
            switch a {
            case "--talents": o.talents = Int(v) ?? o.talents; i += 1
            case "--entries": o.entries = Int(v) ?? o.entries; i += 1
            case "--runs": o.runs = Int(v) ?? o.runs; i += 1
            case "--seed": o.seed = UInt64(v) ?? o.seed; i += 1
            case "--only": o.only = Set(v.split(separator: ",").map(String.init)); i += 1
            default: break
            }
            i += 1
        }
        var suite = try Suite(options: o)
        defer { try? FileManager.default.removeItem(atPath: suite.work) }
        try suite.measure()
    }

    let o: Options
    let work: String
    let binary: String
    let share: String
    let sample: String
    var rows: [SuiteRow] = []
    var notes: [String] = []

    init(options: Options) throws {
        o = options
        work = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-suite")
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        binary = (exe as NSString).deletingLastPathComponent + "/stationdesk"
        sample = try ImportBenchmark.sampleFolder()
        share = (sample as NSString).deletingLastPathComponent
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw SpawnError.failed("stationdesk beside stationdesk-bench (\(binary))", ENOENT)
        }
    }

    mutating func measure() throws {
        let startLoad = Machine.load()
        print("stationdesk suite — \(Machine.describe()); load at start \(startLoad); seed \(o.seed); \(o.talents) talents; \(o.entries) journal entries; runs \(o.runs)")
        print("binary: \(binary) (\((try? FileManager.default.attributesOfItem(atPath: binary)[.size] as? Int).map { "\(($0 ?? 0) / 1_048_576) MiB" } ?? "?"))")
        let t0 = DispatchTime.now().uptimeNanoseconds
        let csv = work + "/talents.csv"
        try Generator.talentsCSV(rows: o.talents, seed: o.seed, sampleFolder: sample).write(to: URL(fileURLWithPath: csv))
        let small = try Generator.makeStore(folder: work + "/small", talentsCSV: sample + "/talents.csv", sampleFolder: sample)
        let base = try Generator.makeStore(folder: work + "/base", talentsCSV: nil, sampleFolder: sample)
        let large = (o.only.contains("tui") || o.only.contains("cli"))
            ? try Generator.makeStore(folder: work + "/large", talentsCSV: csv, sampleFolder: sample) : ""
        print("  (generated the CSV and stores in \(Fmt.s(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)))")
        // A section that fails is named in the notes; the others' rows are still printed.
        func section(_ name: String, _ body: (inout Suite) throws -> Void) {
            guard o.only.contains(name) else { return }
            do { try body(&self) } catch { notes.append("\(name) failed: \(error)") }
        }
        section("cli") { try $0.cli(small: small, large: large) }
        section("tui") { try $0.tui(small: small, large: large, csv: csv) }
        section("bulk") { try $0.bulk(base: base, csv: csv) }
        section("verify") { try $0.verify() }
        section("store") { try $0.store() }
        print("")
        print(rows.markdown())
        print("Load (1, 5, 15 min) at start \(startLoad), at end \(Machine.load()); \(Machine.describe()).")
        for n in notes { print("Note: \(n)") }
    }

    func sd(_ args: String...) -> [String] { [binary] + args }

    // MARK: command line

    mutating func cli(small: String, large: String) throws {
        print("cli: whole processes, \(o.runs) runs each, interleaved")
        let env = ["STATIONDESK_SHARE": share]
        // --help
        var help = Samples(), taskVersion = Samples()
        let task = Spawn.which("task")
        for i in 0..<(o.runs + 3) {
            let h = try Spawn.run(sd("--help"), environment: env).milliseconds
            let t = try task.map { try Spawn.run([$0, "--version"]).milliseconds }
            if i >= 3 { help.add(h); if let t { taskVersion.add(t) } }
        }
        rows.append(SuiteRow(what: "`stationdesk --help`, whole process", ours: Fmt.spread(help),
                             beside: task == nil ? "—" : "`task --version` \(Fmt.ms(taskVersion.median))",
                             ratio: Fmt.ratio(help.median, taskVersion.median), target: "< 10 ms",
                             verdict: help.median < 10 ? "met" : "**missed**"))

        // One-row add and its undo, against Taskwarrior and the sqlite3 shell.
        let store = work + "/cli"
        try FileManager.default.copyItem(atPath: small, toPath: store)
        let one = work + "/one.csv"
        try "name,kind,city,contact\r\n测试共建大学,university,杭州,王老师\r\n".write(toFile: one, atomically: true, encoding: .utf8)
        let taskData = work + "/task"
        try FileManager.default.createDirectory(atPath: taskData, withIntermediateDirectories: true)
        try "data.location=\(taskData)\nconfirmation=off\nverbose=nothing\nhooks=off\nnews.version=2.6.2\n"
            .write(toFile: work + "/taskrc", atomically: true, encoding: .utf8)
        let taskEnv = ["TASKRC": work + "/taskrc"]
        let sqlite = Spawn.which("sqlite3")
        let plainDB = work + "/plain.sqlite"
        if let sqlite {
            _ = try Spawn.run([sqlite, plainDB, "PRAGMA journal_mode=TRUNCATE; CREATE TABLE partner (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, city TEXT NOT NULL, contact TEXT NOT NULL) STRICT;"])
        }
        // The busy timeout goes in `-cmd`: an argument that starts with "." is one dot-command
        // whole, so the statements after it in the same argument would never run.
        let shell: (String) -> [String] = { [sqlite ?? "sqlite3", "-cmd", ".timeout 30000", plainDB, $0] }
        let pragmas = "PRAGMA journal_mode=TRUNCATE; PRAGMA synchronous=FULL; "
        var add = Samples(), undo = Samples(), taskAdd = Samples(), taskUndo = Samples(), sqlAdd = Samples(), sqlDel = Samples()
        var addRSS = 0
        for i in 0..<(o.runs + 3) {
            let a = try Spawn.run(sd("import", "partners", one, "--data", store), environment: env, watchMemory: i == 3)
            let ta = try task.map { try Spawn.run([$0, "add", "测试任务 \(i)"], environment: taskEnv).milliseconds }
            let sa = try sqlite.map { _ in try Spawn.run(shell(pragmas + "INSERT INTO partner(name, kind, city, contact) VALUES ('测试共建大学', 'university', '杭州', '王老师');")).milliseconds }
            let u = try Spawn.run(sd("undo", "--data", store), environment: env).milliseconds
            let tu = try task.map { try Spawn.run([$0, "undo"], environment: taskEnv).milliseconds }
            if i == 0, sqlite != nil {
                // The floor must really write: one row now, none after its DELETE below.
                let n = try Spawn.run(shell("SELECT count(*) FROM partner;"), capture: true).output
                guard n.trimmingCharacters(in: .whitespacesAndNewlines) == "1" else { throw SpawnError.exited("sqlite3 floor", 0, "INSERT wrote \(n) rows") }
            }
            let su = try sqlite.map { _ in try Spawn.run(shell(pragmas + "DELETE FROM partner WHERE id = (SELECT max(id) FROM partner);")).milliseconds }
            guard i >= 3 else { continue }
            add.add(a.milliseconds); undo.add(u); addRSS = max(addRSS, a.maxRSSKiB)
            if let ta, let tu { taskAdd.add(ta); taskUndo.add(tu) }
            if let sa, let su { sqlAdd.add(sa); sqlDel.add(su) }
        }
        if task == nil { notes.append("Taskwarrior (`task`) is not installed: `apt-get install taskwarrior`; its columns are empty.") }
        if sqlite == nil { notes.append("The sqlite3 shell is not installed: `apt-get install sqlite3`.") }
        rows.append(SuiteRow(what: "one journaled add from the command line (one-row `import`), whole process",
                             ours: Fmt.spread(add),
                             beside: "`task add` \(Fmt.ms(taskAdd.median)); sqlite3 shell durable INSERT \(Fmt.ms(sqlAdd.median))",
                             ratio: Fmt.ratio(add.median, taskAdd.median), target: "< `task add`",
                             verdict: add.median < taskAdd.median ? "met" : "**missed**"))
        rows.append(SuiteRow(what: "`undo`, whole process", ours: Fmt.spread(undo),
                             beside: "`task undo` \(Fmt.ms(taskUndo.median)); sqlite3 shell durable DELETE \(Fmt.ms(sqlDel.median))",
                             ratio: Fmt.ratio(undo.median, taskUndo.median), target: "< `task undo`",
                             verdict: undo.median < taskUndo.median ? "met" : "**missed**"))
        print("  (peak memory of a one-row import: \(Fmt.mib(addRSS)))")

        // A read: the last 20 journal entries.
        if !large.isEmpty {
            var log = Samples(), sqlLog = Samples()
            let file = large + "/" + AppDatabase.fileName
            for i in 0..<(o.runs + 3) {
                let l = try Spawn.run(sd("log", "--limit", "20", "--data", large), environment: env).milliseconds
                let s = try sqlite.map { try Spawn.run([$0, file, "SELECT sequence, time, user, command, summary, change_count FROM journal_entry ORDER BY sequence DESC LIMIT 20;"]).milliseconds }
                if i >= 3 { log.add(l); if let s { sqlLog.add(s) } }
            }
            rows.append(SuiteRow(what: "`log --limit 20` on the \(o.talents)-talent store, whole process", ours: Fmt.spread(log),
                                 beside: "sqlite3 shell, the same SELECT \(Fmt.ms(sqlLog.median))",
                                 ratio: Fmt.ratio(log.median, sqlLog.median), target: "—", verdict: ""))
        }
    }

    // MARK: terminal program

    mutating func tui(small: String, large: String, csv: String) throws {
        let runs = max(5, o.runs / 2)
        print("tui: in an 80×24 pty, \(runs) runs each")
        let env = ["STATIONDESK_SHARE": share]
        let home = Suite.homeMarker
        var firstSmall = Samples(), firstLarge = Samples(), list = Samples(), total = Samples(), ready = Samples()
        var peak = 0, peakHome = 0
        for _ in 0..<runs {
            let s = try PtySession(sd("--data", small), environment: env)
            firstSmall.add(try s.waitForScreen(containing: home))
            peakHome = max(peakHome, s.peakMemoryKiB())
            s.send("Q")
            s.finish()

            let l = try PtySession(sd("--data", large), environment: env)
            let first = try l.waitForScreen(containing: home)
            firstLarge.add(first)
            let pressed = l.send("6")
            let shown = try l.waitForScreen(containing: "共 \(o.talents) 条", since: pressed)
            list.add(shown)
            total.add(first + shown)
            // The first page shows while the rest is read and prepared on another thread
            // ("载入中…" beside the count): the list is whole when that goes.
            let status = "共 \(o.talents) 条"
            ready.add(try l.waitForScreen("\(status) without 载入中", since: pressed, settle: 50) { s in
                s.lines.contains { $0.contains(status) && !$0.contains("载入中") }
            })
            peak = max(peak, l.peakMemoryKiB())
            l.send("Q")
            l.finish()
        }
        rows.append(SuiteRow(what: "terminal program to its first full screen (demo-size store), in a pty", ours: Fmt.spread(firstSmall),
                             beside: "", ratio: "", target: "≤ 50 ms", verdict: firstSmall.median <= 50 ? "met" : "**missed**"))
        rows.append(SuiteRow(what: "first full screen, \(o.talents)-talent store", ours: Fmt.spread(firstLarge),
                             beside: "", ratio: "", target: "≤ 50 ms", verdict: firstLarge.median <= 50 ? "met" : "**missed**"))

        // VisiData on the same CSV: first rows on screen, and all rows loaded.
        var vdFirst = Samples(), vdAll = Samples()
        if let vd = Spawn.which("vd") {
            let firstName = (try? String(contentsOfFile: csv, encoding: .utf8))?.split(separator: "\n").dropFirst().first?
                .split(separator: ",").first.map(String.init) ?? "name"
            for _ in 0..<3 {
                let v = try PtySession([vd, csv], environment: ["HOME": work])
                vdFirst.add(try v.waitForScreen(containing: firstName, settle: 50))
                vdAll.add(try v.waitForScreen(containing: "\(o.talents)", since: v.started, settle: 250))
                v.send("gq")
                v.finish(timeout: 5)
            }
        } else {
            notes.append("VisiData (`vd`) is not installed (`pip install visidata`): its column is empty.")
        }
        rows.append(SuiteRow(what: "\(o.talents) talents: start → home → talents list shown (`6`), in a pty",
                             ours: "\(Fmt.time(total.median)) (list after the key: \(Fmt.time(list.median)))",
                             beside: vdAll.values.isEmpty ? "—" : "VisiData on the same CSV: first rows \(Fmt.time(vdFirst.median)), all loaded \(Fmt.time(vdAll.median))",
                             ratio: Fmt.ratio(total.median, vdAll.median), target: "—", verdict: ""))
        rows.append(SuiteRow(what: "\(o.talents) talents: `6` → the whole list ready (filter, sort, page at once), in a pty",
                             ours: Fmt.time(ready.median),
                             beside: vdAll.values.isEmpty ? "—" : "VisiData all loaded \(Fmt.time(vdAll.median))",
                             ratio: Fmt.ratio(ready.median, vdAll.median), target: "—", verdict: ""))
        rows.append(SuiteRow(what: "peak memory, \(o.talents)-talent store open and the whole talents list ready", ours: Fmt.mib(peak),
                             beside: "home screen of the demo store \(Fmt.mib(peakHome))", ratio: "", target: "≤ 64 MiB",
                             verdict: peak <= 64 * 1024 ? "met" : "**missed**"))
    }

    // MARK: bulk command

    mutating func bulk(base: String, csv: String) throws {
        print("bulk: \(o.talents) talents as one command, whole process, vs plain SQLite inserting the same rows")
        let env = ["STATIONDESK_SHARE": share]
        let baseFile = base + "/" + AppDatabase.fileName
        let columns = ["name", "category", "employer", "employer_unit_id", "introduced_on", "station_id", "note", "id_number"]
        let insert = "INSERT INTO talent(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        for busy in [false, true] {
            let spinner = busy ? Spinner() : nil
            var ours = Samples(), floor = Samples(), undo = Samples(), rss = 0
            for run in 0..<3 {
                let store = work + "/bulk\(busy ? "b" : "i")\(run)"
                try FileManager.default.createDirectory(atPath: store, withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: baseFile, toPath: store + "/" + AppDatabase.fileName)
                let r = try Spawn.run(sd("import", "talents", csv, "--data", store), environment: env, watchMemory: run == 0)
                ours.add(r.milliseconds); rss = max(rss, r.maxRSSKiB)
                let written = try PlainFloor.rows(of: "SELECT \(columns.joined(separator: ", ")) FROM talent ORDER BY id",
                                                  inDatabaseAt: store + "/" + AppDatabase.fileName)
                let plain = try PlainFloor(copying: baseFile)
                let t = DispatchTime.now().uptimeNanoseconds
                try plain.transaction(insert, rows: written)
                floor.add(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                undo.add(try Spawn.run(sd("undo", "--data", store), environment: env).milliseconds)
                try? FileManager.default.removeItem(atPath: store)
            }
            spinner?.stop()
            let ratio = ours.median / floor.median
            rows.append(SuiteRow(what: "\(o.talents) talents as one command (`import talents`, whole process)\(busy ? ", other core busy" : ", idle")",
                                 ours: Fmt.spread(ours), beside: "plain SQLite, the same rows: \(Fmt.spread(floor))",
                                 ratio: Fmt.ratio(ours.median, floor.median), target: "≤ 2×", verdict: ratio <= 2 ? "met" : "**missed**"))
            rows.append(SuiteRow(what: "its undo (one step)\(busy ? ", other core busy" : "")", ours: Fmt.spread(undo),
                                 beside: "the command itself \(Fmt.time(ours.median))", ratio: Fmt.ratio(undo.median, ours.median),
                                 target: "≤ the command", verdict: undo.median <= ours.median ? "met" : "**missed**"))
            if !busy {
                rows.append(SuiteRow(what: "peak memory during that import", ours: Fmt.mib(rss), beside: "", ratio: "", target: "—", verdict: ""))
            }
        }
    }

    static let talentColumns = ["name", "category", "employer", "employer_unit_id", "introduced_on", "station_id", "note", "id_number"]

    /// Plain SQLite inserting the talents stored in `rowsFrom` into a copy of `into`, timed.
    static func floorOnly(rowsFrom: String, into: String) throws {
        let columns = talentColumns
        let insert = "INSERT INTO talent(\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let written = try PlainFloor.rows(of: "SELECT \(columns.joined(separator: ", ")) FROM talent ORDER BY id", inDatabaseAt: rowsFrom)
        let plain = try PlainFloor(copying: into)
        let t = DispatchTime.now().uptimeNanoseconds
        try plain.transaction(insert, rows: written)
        print("\(written.count) rows in \(Fmt.time(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6))")
    }

    // MARK: verify

    mutating func verify() throws {
        print("verify: making a store with \(o.entries) journal entries")
        let t = DispatchTime.now().uptimeNanoseconds
        let folder = try Generator.journalStore(folder: work + "/journal", entries: o.entries)
        let file = folder + "/" + AppDatabase.fileName
        let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0) / 1_048_576
        print("  (made in \(Fmt.s(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)), \(size) MiB)")
        var ours = Samples(), hash = Samples()
        let sha = Spawn.which("sha256sum")
        for _ in 0..<3 {
            let r = try Spawn.run(sd("verify", "--data", folder), capture: true)
            // Worded in the user's language (Chinese by default): judged by its status and the count.
            guard r.status == 0, r.output.contains("\(o.entries)") else { throw SpawnError.exited("verify", r.status, r.output) }
            ours.add(r.milliseconds)
            if let sha { hash.add(try Spawn.run([sha, file]).milliseconds) }
        }
        rows.append(SuiteRow(what: "`verify` of \(o.entries) journal entries (\(size) MiB), whole process", ours: Fmt.spread(ours),
                             beside: sha == nil ? "—" : "`sha256sum` of the file \(Fmt.time(hash.median))",
                             ratio: Fmt.ratio(ours.median, hash.median), target: "≤ 3 s", verdict: ours.median <= 3000 ? "met" : "**missed**"))
        try? FileManager.default.removeItem(atPath: folder)
    }

    // MARK: store commit and undo

    mutating func store() throws {
        print("store: durable commit and undo, in-process, interleaved with the floor")
        let samples = max(100, o.runs * 10)
        let db = try AppDatabase.temporary()
        defer { try? FileManager.default.removeItem(atPath: db.folder) }
        let floor = try PlainFloor(schema: "CREATE TABLE partner (id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, city TEXT NOT NULL, contact TEXT NOT NULL) STRICT")
        var commit = Samples(), plainCommit = Samples(), undo = Samples(), plainUndo = Samples()
        func time(_ body: () throws -> Void) rethrows -> Double {
            let t = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
        }
        for i in 0..<(samples + 20) {
            let c = try time { try db.save(Partner(name: "p\(i)", kind: .university, city: "杭州", contact: "c"), replacing: nil, by: "bench") }
            let f = try time { try floor.transaction("INSERT INTO partner(name, kind, city, contact) VALUES (?, ?, ?, ?)",
                                                     rows: [[.text("p\(i)"), .text("university"), .text("杭州"), .text("c")]]) }
            let u = try time { try db.undo(by: "bench") }
            let g = try time { try floor.transaction("DELETE FROM partner WHERE id = (SELECT max(id) FROM partner)", rows: [[]]) }
            if i >= 20 { commit.add(c); plainCommit.add(f); undo.add(u); plainUndo.add(g) }
        }
        rows.append(SuiteRow(what: "durable command commit (one journal entry, synchronous=FULL), in-process", ours: Fmt.ms(commit.median),
                             beside: "plain SQLite one-row durable commit \(Fmt.ms(plainCommit.median))",
                             ratio: Fmt.ratio(commit.median, plainCommit.median), target: "≤ 1.3×",
                             verdict: commit.median <= 1.3 * plainCommit.median ? "met" : "**missed**"))
        rows.append(SuiteRow(what: "undo of that command, in-process", ours: Fmt.ms(undo.median),
                             beside: "plain SQLite durable delete \(Fmt.ms(plainUndo.median))",
                             ratio: Fmt.ratio(undo.median, plainUndo.median), target: "≤ 1.3×",
                             verdict: undo.median <= 1.3 * plainUndo.median ? "met" : "**missed**"))
    }
}

/// Keeps one core busy (a spinning thread) until stopped: "the other core busy".
final class Spinner: @unchecked Sendable {
    private let lock = NSLock()
    private var running = true
    init() {
        Thread.detachNewThread { [self] in
            var x: UInt64 = 1
            while isRunning { for _ in 0..<100_000 { x = x &* 6364136223846793005 &+ 1442695040888963407 } }
            if x == 0 { print("") }
        }
    }
    private var isRunning: Bool { lock.lock(); defer { lock.unlock() }; return running }
    func stop() { lock.lock(); running = false; lock.unlock() }
}

extension Suite {
    /// The home screen's last hint word ("Q 退出"), drawn last, on the bottom line.
    static let homeMarker = "退出"
}
