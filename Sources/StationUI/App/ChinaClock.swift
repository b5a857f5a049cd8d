#if canImport(Glibc)
import Glibc
#endif
import StationDomain

/// Which calendar day it is in China (UTC+8, no daylight saving), whatever the server's time
/// zone: the domain has no clock, so the executable asks this once at start and passes it in.
public enum ChinaClock {
    public static let offsetSeconds = 8 * 3600

    /// Today's date in China for a Unix time (seconds since 1970-01-01T00:00Z).
    public static func date(unixSeconds: Int) -> CivilDate {
        let local = unixSeconds + offsetSeconds
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return CivilDate(dayNumber: day)
    }

    /// Today in China by the system clock (the only clock read in the program's UI path).
    public static func today() -> CivilDate { date(unixSeconds: Int(time(nil))) }
}
