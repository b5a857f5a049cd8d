import StationDomain

/// What the 待办 dashboard lists on `today`, each item decided by a domain rule: stations whose
/// management period ends within the policy's days (`ManagementPeriod.endingSoon`), active
/// stations whose period is over and that must be closed as renewed or terminated
/// (`PeriodOutcome`), subsidies
/// overdue or due within the policy's working days (`SubsidyRule.status` over the
/// `WorkdayCalendar`; a date the calendar does not cover gives "unknown", naming the year), and
/// active stations with a revocation proposal (`RevocationRule`).
/// Cost: O(stations × evaluations + subsidies × payments) plus the calendar walks.
public struct TodoItems: Sendable {
    public enum SubsidyState: Equatable, Sendable {
        /// `provisional`: counted past the working-day table with weekends only.
        case overdue(due: CivilDate, workingDaysLate: Int, provisional: Bool)
        case dueSoon(due: CivilDate, workingDaysLeft: Int, provisional: Bool)
        /// The calendar does not reach the dates involved (`missingYear`: the year it lacks).
        case unknown(due: CivilDate?, missingYear: Int?)

        /// The due date, when it is known.
        public var due: CivilDate? {
            switch self {
            case .overdue(let d, _, _), .dueSoon(let d, _, _): return d
            case .unknown(let d, _): return d
            }
        }
    }

    public var periodDays: Int
    public var dueWorkingDays: Int
    public var periodsEnding: [(station: Station, end: CivilDate)] = []
    public var periodsOver: [(station: Station, outcome: PeriodOutcome)] = []
    public var subsidies: [(station: Station?, subsidy: Subsidy, state: SubsidyState)] = []
    public var revocations: [(station: Station, years: [Int])] = []
    // Issue 12 (`TodoItems+Stations.swift`)
    public var atRisk: [Pace] = []
    public var noticesEnding: [NoticeEnding] = []
    public var evaluationsDue: [(station: Station, year: EvaluationYear)] = []
    public var waiting: [Waiting] = []
    public var headChanges: [(station: Station, count: Int)] = []
    public var inNameOnly: [Station] = []
    public var unclassifiedTalents = 0

    /// Nil when no policy is loaded (nothing can be judged).
    public static func compute(_ ctx: Context) throws -> TodoItems? {
        let rules = ctx.rules
        guard let policy = rules.policy(on: ctx.today) else { return nil }
        let today = ctx.today
        var items = TodoItems(periodDays: policy.practice.periodEndingWithinDays,
                              dueWorkingDays: policy.practice.subsidyDueWithinWorkingDays)
        let stations = try ctx.store.stations()
        let byId = Dictionary(stations.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        items.periodsEnding = ManagementPeriod.endingSoon(stations, within: items.periodDays, of: today, policy: policy)
            .map { s in (station: s, end: (rules.period(of: s) ?? ManagementPeriod(station: s, policy: policy)).end) }
        for s in stations where s.status == .active {
            let outcome = PeriodOutcome.of(s, on: today, among: stations, policy: rules.policy(forStation: s) ?? policy)
            switch outcome {
            case .renewed, .terminated: items.periodsOver.append((s, outcome))
            case .running, .closed: break
            }
        }
        // Oldest first: the longest-overdue closing is the clerk's first job.
        func end(_ s: Station) -> CivilDate { (rules.period(of: s) ?? ManagementPeriod(station: s, policy: policy)).end }
        items.periodsEnding.sort { $0.end < $1.end }
        items.periodsOver.sort { end($0.station) < end($1.station) }
        for subsidy in try ctx.store.subsidies() {
            let station = byId[subsidy.stationId]
            guard let calendar = rules.calendar else {
                if subsidy.cap > .zero && subsidy.approved != .zero { items.subsidies.append((station, subsidy, .unknown(due: subsidy.dueOn, missingYear: nil))) }
                continue
            }
            let payments = try subsidy.id.map { try ctx.store.payments(subsidy: $0) } ?? []
            let decisionPolicy = subsidy.decidedOn.flatMap { rules.policies?.inForce(on: $0) } ?? rules.policy(forYear: subsidy.year) ?? policy
            do {
                // A line with no amount yet (待核定) is due and can be overdue like any other.
                let standing = try SubsidyRule.standing(subsidy, payments: payments, on: today, calendar: calendar, policy: decisionPolicy)
                switch standing.timing {
                case .overdue(let late, let provisional)? where standing.state == .overdue:
                    items.subsidies.append((station, subsidy, .overdue(due: standing.due!.date, workingDaysLate: late, provisional: provisional)))
                case .dueSoon(let left, let provisional)?:
                    items.subsidies.append((station, subsidy, .dueSoon(due: standing.due!.date, workingDaysLeft: left, provisional: provisional)))
                default: break
                }
            } catch WorkdayCalendarError.yearNotCovered(let year, _) {
                items.subsidies.append((station, subsidy, .unknown(due: subsidy.dueOn, missingYear: year)))
            }
        }
        // Earliest due first (the longest overdue leads); a line whose date cannot be told goes last.
        func order(_ x: (station: Station?, subsidy: Subsidy, state: SubsidyState)) -> (Int, Int, String, Int) {
            (x.state.due == nil ? 1 : 0, x.state.due?.dayNumber ?? 0, x.station?.name ?? "", x.subsidy.year)
        }
        items.subsidies.sort { order($0) < order($1) }
        let periods = try ctx.store.stationPeriods(station: nil)
        for s in stations where s.status == .active {
            guard let id = s.id else { continue }
            if let years = RevocationRule.proposal(evaluations: try ctx.store.evaluations(station: id), station: s,
                                                   policy: rules.policy(forStation: s) ?? policy, periods: periods) {
                items.revocations.append((s, years))
            }
        }
        try items.computeStations(ctx, stations: stations, policy: policy)
        return items
    }
}
