/// A calendar date with no time and no zone: the only kind of date the Measures speak of.
///
/// Dates in stationdesk are China Standard Time calendar dates; which day "today" is belongs to
/// the caller (the domain has no clock). Stored and shown as `YYYY-MM-DD`.
/// Arithmetic goes through a day number (days since 1970-01-01), so it needs no Foundation
/// `Calendar` and no ICU: O(1) per operation.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Creates a date, or nil when the day does not exist (2025-02-29, 2025-13-01).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysInMonth(year: year, month: month) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or a day that does not exist.
    /// Reads the string's UTF-8 in place (no array of its bytes: this runs for every date of an import).
    public init?(_ text: String) {
        guard text.utf8.count == 10 else { return nil }
        var text = text
        let parts: (Int, Int, Int)? = text.withUTF8 { bytes in
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for i in range {
                    let b = bytes[i]
                    guard b >= 48 && b <= 57 else { return nil }
                    value = value * 10 + Int(b - 48)
                }
                return value
            }
            guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
            return (y, m, d)
        }
        guard let (y, m, d) = parts else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date `dayNumber` days after 1970-01-01 (negative before it).
    public init(dayNumber: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// Days since 1970-01-01.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { weekday >= 6 }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: dayNumber + days) }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: CivilDate) -> Int { other.dayNumber - dayNumber }

    /// The same day `years` later; 29 February becomes 28 February in a common year.
    public func adding(years: Int) -> CivilDate {
        let y = year + years
        let d = min(day, CivilDate.daysInMonth(year: y, month: month))
        return CivilDate(year: y, month: month, day: d)!
    }

    /// `YYYY-MM-DD`, written digit by digit into the string's own storage: it is the stored form of
    /// every date (a talent's row as it is bound), and interpolating padded parts cost 2,600
    /// instructions a date (callgrind, issue 15).
    public var description: String {
        if year >= 0 && year <= 9999 {
            return String(unsafeUninitializedCapacity: 10) { out in
                func put(_ n: Int, at i: Int, width: Int) {
                    var n = n
                    for k in stride(from: i + width - 1, through: i, by: -1) {
                        out[k] = UInt8(48 + n % 10)
                        n /= 10
                    }
                }
                put(year, at: 0, width: 4)
                out[4] = UInt8(ascii: "-")
                put(month, at: 5, width: 2)
                out[7] = UInt8(ascii: "-")
                put(day, at: 8, width: 2)
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func isLeapYear(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension CivilDate: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        let text = try c.decode(String.self)
        guard let date = CivilDate(text) else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "not a date YYYY-MM-DD: \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}
