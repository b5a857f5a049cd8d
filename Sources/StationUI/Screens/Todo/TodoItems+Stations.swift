import StationDomain
import StationStore

/// The 待办 lines of issue 12, each decided by a domain rule:
/// - stations at risk this evaluation year (`PaceRule` over `TalentTally`'s count so far, against
///   the qualifying threshold and last year's recorded grade);
/// - public notices whose last day is within `noticeWorkingDays` working days (3);
/// - evaluation years over and not decided (`EvaluationYears`, no grade recorded);
/// - applications waiting on a step, with the day they got there and how long ago;
/// - more than one head change in a period, stations in name only (`StaffingRule.flags`);
/// - talents whose employer kind is not recorded (a count; the line opens them).
/// Cost: per active station its filings, evaluations and talents (indexed reads); the
/// applications with their events; one count over the talent table.
extension TodoItems {
    /// 公示 3 个工作日内期满 (issue 12).
    public static let noticeWorkingDays = 3

    public struct Pace: Sendable {
        public var station: Station
        public var year: EvaluationYear
        public var pace: PaceRule.Pace
    }

    public struct NoticeEnding: Sendable {
        public var notice: Notice
        public var names: [String]
        public var workingDaysLeft: Int
    }

    public struct Waiting: Sendable {
        public var application: Application
        public var since: CivilDate
        public var days: Int
    }

    mutating func computeStations(_ ctx: Context, stations: [Station], policy fallback: Policy) throws {
        let rules = ctx.rules, today = ctx.today
        let periods = (try? ctx.store.stationPeriods()) ?? []
        for s in stations where s.status == .active {
            guard let id = s.id else { continue }
            let policy = rules.policy(forStation: s) ?? fallback
            let mine = periods.filter { $0.stationId == id }
            let flags = StaffingRule.flags(s, filings: try ctx.store.staffFilings(station: id), policy: policy)
            if flags.tooManyHeadChanges { headChanges.append((s, flags.headChanges)) }
            if flags.inNameOnly { inNameOnly.append(s) }
            let years = EvaluationYears.of(s, policy: policy, periods: mine)
            let evaluations = try ctx.store.evaluations(station: id)
            for y in years where y.end < today && !evaluations.contains(where: { $0.year == y.year && $0.grade != nil }) {
                evaluationsDue.append((s, y))
            }
            if let current = years.first(where: { $0.contains(today) }) {
                let counting = rules.countingPolicy(forYear: current.year) ?? policy
                // TalentTally's window and rule, counted in the store (a station may hold 10⁴ talents).
                var soFar = 0
                if let window = TalentTally.window(station: s, year: current, policy: policy, periods: mine), window.lowerBound <= today {
                    soFar = try ctx.store.enterpriseTalentCount(station: id, within: window.lowerBound...min(window.upperBound, today),
                                                                from: counting.countedFromCategory)
                }
                let last = evaluations.filter { $0.year < current.year && $0.grade != nil }.max { $0.year < $1.year }?.grade
                if let pace = PaceRule.pace(countSoFar: soFar, year: current.start...current.end, today: today, lastGrade: last,
                                            policy: counting), pace.risk != nil {
                    atRisk.append(Pace(station: s, year: current, pace: pace))
                }
            }
        }
        // A station recorded as ended still owes the decision of the evaluation years it finished
        // (`EvaluationYears` leaves out those after its end); a revoked one is closed.
        for s in stations where s.status == .ended {
            guard let id = s.id else { continue }
            let years = EvaluationYears.of(s, policy: rules.policy(forStation: s) ?? fallback, periods: periods.filter { $0.stationId == id })
            let evaluations = try ctx.store.evaluations(station: id)
            for y in years where y.end < today && !evaluations.contains(where: { $0.year == y.year && $0.grade != nil }) {
                evaluationsDue.append((s, y))
            }
        }
        if let calendar = rules.calendar {
            let applications = try ctx.store.applications()
            let names = Dictionary(applications.compactMap { a in a.id.map { ($0, a.proposedName) } }, uniquingKeysWith: { a, _ in a })
            for round in try ctx.store.rounds() {
                guard let rid = round.id else { continue }
                for n in try ctx.store.notices(round: rid) where today <= n.lastDay {
                    guard let left = try? calendar.workdays(after: today, through: n.lastDay), left <= Self.noticeWorkingDays else { continue }
                    noticesEnding.append(NoticeEnding(notice: n, names: n.applicationIds.compactMap { names[$0] }, workingDaysLeft: left))
                }
            }
        }
        let terminal: Set<ApplicationState> = [.agreementSigned, .withdrawn, .rejected, .notSelected]
        for a in try ctx.store.applications() where !terminal.contains(a.state) {
            guard let id = a.id else { continue }
            let since = try ctx.store.applicationEvents(application: id).map(\.on).max() ?? a.createdOn
            waiting.append(Waiting(application: a, since: since, days: max(0, since.days(to: today))))
        }
        waiting.sort { $0.since < $1.since }
        noticesEnding.sort { $0.notice.lastDay < $1.notice.lastDay }
        evaluationsDue.sort { $0.year.end < $1.year.end }
        unclassifiedTalents = try ctx.store.unclassifiedTalentCount()
    }

    /// How many lines each kind has, for the home menu's line of 待办: (word, count), those with
    /// at least one, most pressing first.
    public func counts(_ c: Catalog) -> [(String, Int)] {
        let overdue = subsidies.filter { if case .overdue = $0.state { return true } else { return false } }.count
        let all: [(String, Int)] = [
            (c.todoCountOverdue, overdue), (c.todoCountDue, subsidies.count - overdue), (c.todoCountNotices, noticesEnding.count),
            (c.todoCountPeriodsOver, periodsOver.count), (c.todoCountPeriodsEnding, periodsEnding.count),
            (c.todoCountEvaluations, evaluationsDue.count), (c.todoCountRevocations, revocations.count),
            (c.todoCountAtRisk, atRisk.count), (c.todoCountApplications, waiting.count), (c.todoCountHeadChanges, headChanges.count),
            (c.todoCountInNameOnly, inNameOnly.count), (c.todoCountUnclassified, unclassifiedTalents),
        ]
        return all.filter { $0.1 > 0 }
    }
}
