import StationDomain

/// Reads the date forms that reach stationdesk from spreadsheets: `2024-03-05` (what export writes),
/// and what Excel/WPS on Chinese Windows write for a date cell: `2024/3/5`, `2024-3-5`, `2024.3.5`,
/// `2024年3月5日`.
enum DateText {
    enum Problem: Error, Equatable {
        /// Not shaped like a date at all.
        case notADate
        /// Shaped like one, but the day does not exist (2023-02-29, 2024-13-01).
        case noSuchDay(year: Int, month: Int, day: Int)
    }

    static func parse(_ text: String) -> Result<CivilDate, Problem> {
        if let d = CivilDate(text) { return .success(d) }   // the fast path: YYYY-MM-DD
        var parts: [Int] = []
        var current: Int? = nil
        var digits = 0
        var separators: [Character] = []
        for ch in text {
            if let v = ch.wholeNumberValue, ch.isASCII {
                current = (current ?? 0) * 10 + v
                digits += 1
                guard digits <= 4 else { return .failure(.notADate) }
            } else {
                guard let c = current else { return .failure(.notADate) }
                parts.append(c); current = nil; digits = 0
                separators.append(ch)
            }
        }
        let endsWithDigits = current != nil
        if let c = current { parts.append(c) }
        let shapeOK: Bool
        switch String(separators) {
        case "--", "//", "..": shapeOK = endsWithDigits
        case "年月日": shapeOK = !endsWithDigits
        default: shapeOK = false
        }
        guard shapeOK, parts.count == 3, parts[0] >= 1000 else { return .failure(.notADate) }
        guard let d = CivilDate(year: parts[0], month: parts[1], day: parts[2]) else {
            return .failure(.noSuchDay(year: parts[0], month: parts[1], day: parts[2]))
        }
        return .success(d)
    }

    static func message(_ problem: Problem, _ text: String) -> Words {
        switch problem {
        case .notADate:
            return Words("“\(text)”不是日期，应写作 YYYY-MM-DD", "'\(text)' is not a date; write YYYY-MM-DD")
        case .noSuchDay:
            return Words("日期“\(text)”不存在", "there is no such day as '\(text)'")
        }
    }
}
