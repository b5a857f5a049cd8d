/// ← [ and → ] on a screen that shows one year of several (年度评估, 补助).
enum YearKeys {
    /// `year` moved to the one before or after within `years` ([]), the refusal at either end, or
    /// nil when `key` is not one of these keys.
    static func step(_ year: inout Int, within years: ClosedRange<Int>, _ key: Key, _ c: Catalog) -> [Effect]? {
        switch key {
        case .left, .char("["):
            guard year > years.lowerBound else { return [.error(c.noEarlier(true))] }
            year -= 1
        case .right, .char("]"):
            guard year < years.upperBound else { return [.error(c.noLater(true))] }
            year += 1
        default:
            return nil
        }
        return []
    }
}
