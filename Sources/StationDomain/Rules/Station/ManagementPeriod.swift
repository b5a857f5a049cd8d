/// The management period of Art. 8 (管理期为两年): it starts on the agreement date and ends the
/// day before the same date two years later; an agreement of 29 February ends on 28 February
/// (SPEC "Running a station"). Pure date arithmetic, O(1).
public struct ManagementPeriod: Hashable, Sendable, CustomStringConvertible {
    public let start: CivilDate
    public let end: CivilDate

    public init(agreementDate: CivilDate, years: Int) {
        start = agreementDate
        if agreementDate.month == 2 && agreementDate.day == 29 && !CivilDate.isLeapYear(agreementDate.year + years) {
            // The "same date" does not exist; the day before 1 March is 28 February.
            end = CivilDate(year: agreementDate.year + years, month: 2, day: 28)!
        } else {
            end = agreementDate.adding(years: years).adding(days: -1)
        }
    }

    public init(agreementDate: CivilDate, policy: Policy) {
        self.init(agreementDate: agreementDate, years: policy.managementPeriodYears)
    }

    public init(station: Station, policy: Policy) { self.init(agreementDate: station.agreementDate, policy: policy) }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    /// Whether any day of calendar year `year` lies inside the period (an evaluation year "within
    /// the management period", Art. 11).
    public func overlaps(year: Int) -> Bool { start.year <= year && year <= end.year }

    /// Whether the period ends on or after `today` and within `days` days of it (以内 includes).
    public func endsWithin(days: Int, of today: CivilDate) -> Bool {
        today <= end && today.days(to: end) <= days
    }

    public var description: String { "\(start)–\(end)" }
}

extension ManagementPeriod {
    /// Active stations whose period ends within `days` days of `today` (SPEC: 90), soonest first.
    public static func endingSoon(_ stations: [Station], within days: Int, of today: CivilDate, policy: Policy) -> [Station] {
        stations.filter { $0.status == .active && ManagementPeriod(station: $0, policy: policy).endsWithin(days: days, of: today) }
            .sorted { $0.agreementDate < $1.agreementDate }
    }
}
