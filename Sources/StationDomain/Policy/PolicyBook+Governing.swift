/// Which policy governs what: the one home of these answers (the screens' `DeskRules` and the
/// reports' `ReportSource` ask here). A decision dated D: `inForce(on:)` (nil when none: refused).
extension PolicyBook {
    /// The policy whose rules govern calendar year `year`: the one in force on its last day, else
    /// the latest one whose validity reaches into the year (as `report annual` picks it).
    public func governing(year: Int) -> Policy? {
        if let p = inForce(on: CivilDate(year: year, month: 12, day: 31)!) { return p }
        return policies.last { $0.validFrom.year <= year && year <= $0.validUntil.year }
    }

    /// The policy a station's agreement was made under (it fixes the management period's
    /// length): the one in force on the agreement date, else the earliest.
    public func governing(agreementOn date: CivilDate) -> Policy? {
        inForce(on: date) ?? policies.first
    }

    /// The policy whose practice numbers (90 days, 10 working days) apply on `date`: the one in
    /// force (or continued), else the last expired one — its numbers are the latest known.
    public func latestKnown(on date: CivilDate) -> Policy? {
        inForce(on: date) ?? policies.last { $0.validFrom <= date } ?? policies.first
    }
}
