#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StationDomain

/// The time stamp written into journal entries: China Standard Time (UTC+8), whatever the
/// server's zone, formatted by hand (no DateFormatter, no ICU): `2026-11-27 06:50:01.123+08:00`.
public enum JournalClock {
    /// Replaced by tests that need a fixed time.
    nonisolated(unsafe) public static var now: () -> String = { format(epochMilliseconds: currentMilliseconds()) }

    public static func currentMilliseconds() -> Int64 {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Int64(ts.tv_sec) * 1000 + Int64(ts.tv_nsec) / 1_000_000
    }

    public static func format(epochMilliseconds ms: Int64) -> String {
        let local = ms + 8 * 3_600_000
        let dayMs: Int64 = 86_400_000
        var days = local / dayMs
        var rest = local % dayMs
        if rest < 0 { rest += dayMs; days -= 1 }
        let date = CivilDate(dayNumber: Int(days))
        func pad(_ n: Int64, _ w: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        let h = rest / 3_600_000, m = rest / 60_000 % 60, s = rest / 1000 % 60, milli = rest % 1000
        return "\(date) \(pad(h, 2)):\(pad(m, 2)):\(pad(s, 2)).\(pad(milli, 3))+08:00"
    }
}
