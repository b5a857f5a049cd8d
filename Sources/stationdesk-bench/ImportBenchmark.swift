import Foundation
import StationDomain
import StationExchange
import StationStore

/// `stationdesk-bench import [ROWS] [RUNS] [STORED]`: issue 5's target — 200,000 talent rows imported
/// durably in ≤ 3 s. Each run: a fresh store with the demo units, partners and stations (and, when
/// STORED is given, that many other talents imported beforehand, untimed, so that the duplicate
/// check reads a full table); a
/// generated UTF-8 CSV of ROWS talents; then the timed `Importer.run` (read, decode, parse, check
/// inside the write transaction, insert with journal, commit). Phases are timed from the
/// importer's own progress reports. Build with `swift build -c release --scratch-path .build-release`.
enum ImportBenchmark {
    static func run(arguments: [String]) throws {
        let rows = arguments.first.flatMap(Int.init) ?? 200_000
        let runs = arguments.dropFirst().first.flatMap(Int.init) ?? 3
        let stored = arguments.dropFirst(2).first.flatMap(Int.init) ?? 0
        let sample = try sampleFolder()
        let folder = try AppDatabase.makeTemporaryFolder(prefix: "stationdesk-bench-import")
        let csvPath = folder + "/talents.csv"
        let bytes = try generate(rows: rows, sampleFolder: sample)
        try bytes.write(to: URL(fileURLWithPath: csvPath))
        let storedPath = folder + "/stored.csv"
        if stored > 0 {
            try generate(rows: stored, sampleFolder: sample, namePrefix: "已存").write(to: URL(fileURLWithPath: storedPath))
        }
        print("import benchmark: \(rows) talent rows, \(bytes.count / 1024) KiB, \(runs) runs, \(stored) talents already stored")
        var totals: [Double] = []
        for run in 1...runs {
            let db = try AppDatabase.open(folder: folder + "/store\(run)")
            try db.ensureFirstAdmin("bench")   // imports are a clerk's: the first admin is one
            for (kind, file) in DemoData.files where kind != .talents {
                _ = try Importer.run(kind, path: sample + "/" + file, into: db, by: "bench")
            }
            if stored > 0 { _ = try Importer.run(.talents, path: storedPath, into: db, by: "bench") }
            let clock = PhaseClock()
            let control = ImportControl(onProgress: { clock.note($0.phase) })
            let cpuBefore = cpuSeconds()
            let start = DispatchTime.now().uptimeNanoseconds
            let report = try Importer.run(.talents, path: csvPath, into: db, by: "bench", control: control)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let cpu = cpuSeconds() - cpuBefore
            guard report.count == rows, try db.talentCount() == rows + stored else {
                throw ImportFailure.store("benchmark imported \(report.count) rows, expected \(rows)")
            }
            totals.append(seconds)
            print("  run \(run): \(format(seconds)) s total  (\(clock.summary(end: start + UInt64(seconds * 1e9))); "
                  + "CPU \(format(cpu)) s on 2 threads at most)")
        }
        let sorted = totals.sorted()
        let median = sorted[sorted.count / 2]
        print("  median \(format(median)) s — target ≤ 3 s: \(median <= 3 ? "met" : "NOT met")")
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// User + system CPU time of this process so far: shows how much of a run was waiting for the
    /// cores (other processes) rather than working.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// data/sample next to the checkout (the bench runs from the package root).
    static func sampleFolder() throws -> String {
        let candidates = [FileManager.default.currentDirectoryPath + "/data/sample",
                          URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                              .deletingLastPathComponent().appendingPathComponent("data/sample").path]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/units.csv") }) else {
            throw ImportFailure.unreadable(path: candidates.joined(separator: ", "), reason: "data/sample not found")
        }
        return found
    }

    /// ROWS distinct talents credited to the demo stations, with Chinese names and notes.
    /// `namePrefix` makes a second set of talents that duplicates none of the first.
    static func generate(rows: Int, sampleFolder: String, namePrefix: String = "") throws -> Data {
        // Every demo station, each talent dated inside the station's two-year management period.
        let table = try CSVTable.read(path: sampleFolder + "/stations.csv")
        // By column name: the stations file gained columns (staff, ended_on) before agreement_date.
        guard let column = table.header.firstIndex(of: "agreement_date") else {
            throw ImportFailure.unreadable(path: sampleFolder + "/stations.csv", reason: "no agreement_date column")
        }
        let stations = try table.records.map { record -> (name: String, start: CivilDate) in
            guard let start = CivilDate(record.fields[column]) else {
                throw ImportFailure.unreadable(path: sampleFolder + "/stations.csv", reason: "line \(record.line): no agreement date")
            }
            return (record.fields[0], start)
        }
        let employers = ["柳州市虚构汽车零部件制造有限公司", "柳州市某某物流有限公司", "柳州某某软件开发有限公司（虚构）"]
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
        let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平")
        let categories = ["A", "B", "C", "D", "E", "F", "G", ""]
        var text = "name,category,employer,introduced_on,station,note\r\n"
        text.reserveCapacity(rows * 120)
        for i in 0..<rows {
            let name = "\(namePrefix)\(surnames[i % surnames.count])\(given[(i / 20) % given.count])\(given[(i / 400) % given.count])\(i)"
            let station = stations[i % stations.count]
            let date = station.start.adding(days: (i / stations.count) % 700)
            let note = i % 10 == 0 ? "\"硕士，劳动合同\r\n第二页\"" : "博士学位证书"
            text += "\(name),\(categories[i % categories.count]),\(employers[i % employers.count]),\(date),\(station.name),\(note)\r\n"
        }
        return Data([0xEF, 0xBB, 0xBF] + Array(text.utf8))
    }
}

/// Times the phases from the importer's progress calls.
final class PhaseClock: @unchecked Sendable {
    private var firstSeen: [(ImportControl.Phase, UInt64)] = []
    private let lock = NSLock()

    private var lastCall: UInt64 = 0

    func note(_ phase: ImportControl.Phase) {
        lock.lock(); defer { lock.unlock() }
        lastCall = DispatchTime.now().uptimeNanoseconds
        if firstSeen.last?.0 != phase { firstSeen.append((phase, lastCall)) }
    }

    func summary(end: UInt64) -> String {
        lock.lock(); defer { lock.unlock() }
        var parts: [String] = []
        for (i, (phase, t)) in firstSeen.enumerated() {
            let next = i + 1 < firstSeen.count ? firstSeen[i + 1].1 : lastCall
            parts.append("\(phase.rawValue) \(format(Double(next - t) / 1e9))")
        }
        // After the last progress call: closing the journal entry and the durable COMMIT.
        parts.append("commit \(format(Double(end - lastCall) / 1e9))")
        return parts.joined(separator: ", ")
    }
}

/// Seconds with three decimals, without `String(format:)` (whose %@ needs bridging on Linux).
func format(_ seconds: Double) -> String {
    let ms = Int((seconds * 1000).rounded())
    let frac = String(ms % 1000)
    return "\(ms / 1000)." + String(repeating: "0", count: 3 - frac.count) + frac
}
