/// Art. 10.3 (为在柳企业引进G类以上人才): the talents behind one station's count for one
/// evaluation year. A talent counts when it is credited to the station, of the policy's category
/// or above (A…G), introduced inside the evaluation year *and* inside the station's active life
/// (`StationLife`: from its first agreement to the period's end or an earlier revocation or end),
/// and its employer is an enterprise. Of the talents that would count but for their
/// employer, those with an institution or other employer are listed apart (they do not count), and
/// those with an unclassified employer block the decision (`EvaluationRule.checkDecision`).
/// Decision recorded in issue 14 and SPEC "Annual evaluation". Pure; O(talents).
public struct TalentTally: Equatable, Sendable {
    /// Counted: enterprise employers.
    public var counted: [Talent] = []
    /// Not counted: institutions (hospitals, schools) and other employers.
    public var notEnterprise: [Talent] = []
    /// Employer kind not recorded: the year cannot be decided while there is any.
    public var unclassified: [Talent] = []

    public init(counted: [Talent] = [], notEnterprise: [Talent] = [], unclassified: [Talent] = []) {
        self.counted = counted; self.notEnterprise = notEnterprise; self.unclassified = unclassified
    }

    public var count: Int { counted.count }

    /// How many talents each part holds, without the talents: what a list of every station needs
    /// (the 年度评估 screen asks the store for these rather than reading 10⁵ talents).
    public struct Counts: Equatable, Sendable {
        public var counted: Int, notEnterprise: Int, unclassified: Int
        public init(counted: Int = 0, notEnterprise: Int = 0, unclassified: Int = 0) {
            self.counted = counted; self.notEnterprise = notEnterprise; self.unclassified = unclassified
        }
    }

    public var counts: Counts { Counts(counted: counted.count, notEnterprise: notEnterprise.count, unclassified: unclassified.count) }

    /// The window the talents of `year` must fall in for `station`: the year cut to the active life
    /// (nil when they do not meet).
    public static func window(station: Station, year: EvaluationYear, policy: Policy,
                              periods: [StationPeriod] = []) -> ClosedRange<CivilDate>? {
        let life = StationLife(station, period: ManagementPeriod(station: station, policy: policy), periods: periods)
        let from = max(life.start, year.start), to = min(life.end ?? year.end, year.end)
        return from <= to ? from...to : nil
    }

    /// The tally of `talents` (any station's; others are skipped) for `station` in `year`.
    /// `stationPolicy` fixes the active life (the station's own policy); `countingPolicy` says
    /// which categories count (the policy governing the year).
    public static func of(_ talents: [Talent], station: Station, year: EvaluationYear,
                          stationPolicy: Policy, countingPolicy: Policy, periods: [StationPeriod] = []) -> TalentTally {
        var tally = TalentTally()
        guard let id = station.id,
              let window = window(station: station, year: year, policy: stationPolicy, periods: periods) else { return tally }
        let lowest = countingPolicy.countedFromCategory
        for t in talents where t.stationId == id && window.contains(t.introducedOn) {
            guard let c = t.category, c <= lowest else { continue }
            switch t.employerKind {
            case .enterprise?: tally.counted.append(t)
            case .institution?, .other?: tally.notEnterprise.append(t)
            case nil: tally.unclassified.append(t)
            }
        }
        return tally
    }
}
