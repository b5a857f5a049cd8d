import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of the suite's table: our figure, the floor or the program a user would use instead
/// (measured in the same run), their ratio, the target and whether it is met.
struct SuiteRow {
    var what: String
    var ours: String
    var beside: String
    var ratio: String
    var target: String
    var verdict: String
}

/// Medians and spreads of repeated samples.
struct Samples {
    var values: [Double] = []
    mutating func add(_ v: Double) { values.append(v) }
    var median: Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
}

enum Fmt {
    static func ms(_ v: Double) -> String {
        v.isNaN ? "—" : v >= 100 ? String(format: "%.0f ms", v) : v >= 10 ? String(format: "%.1f ms", v) : String(format: "%.2f ms", v)
    }
    static func s(_ v: Double) -> String { v.isNaN ? "—" : String(format: "%.2f s", v / 1000) }
    static func time(_ v: Double) -> String { v >= 1000 ? s(v) : ms(v) }
    static func mib(_ kib: Int) -> String { String(format: "%.0f MiB", Double(kib) / 1024) }
    static func ratio(_ a: Double, _ b: Double) -> String {
        guard !a.isNaN, !b.isNaN, b > 0 else { return "—" }
        return String(format: "%.2f×", a / b)
    }
    /// "median (min–max)" of samples in ms or s.
    static func spread(_ x: Samples) -> String {
        x.values.count < 3 ? time(x.median) : "\(time(x.median)) (\(time(x.min))–\(time(x.max)))"
    }
}

/// What the machine is and how busy it was: printed above and below the table.
enum Machine {
    static func describe() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "?"
        let mem = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("MemTotal") }
            .flatMap { $0.split(separator: " ").dropFirst().first.flatMap { Int($0) } } ?? 0
        return "\(cpu), \(ProcessInfo.processInfo.activeProcessorCount) cores, \(mem / 1_048_576) GiB"
    }

    /// The 1-minute load average (what `uptime` shows first).
    static func load() -> String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "?" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }
}

extension Array where Element == SuiteRow {
    /// The table as Markdown (what the README's performance section shows).
    func markdown() -> String {
        var out = "| what | stationdesk | beside it (same run) | ratio | target | |\n|---|---|---|---|---|---|\n"
        for r in self {
            out += "| \(r.what) | \(r.ours) | \(r.beside) | \(r.ratio) | \(r.target) | \(r.verdict) |\n"
        }
        return out
    }
}
