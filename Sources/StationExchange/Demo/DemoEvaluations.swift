import Foundation
import StationDomain
import StationStore

/// The demo's evaluation history, so the grade charts, the annual report's recorded grades, the
/// subsidy list and the revocation letter have something to show. Nothing is invented: every
/// evaluation year of a station (`EvaluationYears`) that ended by `lastYear` is opened with its
/// count (`TalentTally`) and staffing flag (`EvaluationRule.flags`) and decided six weeks after it
/// ended by `EvaluationRule.decide` — when the rules allow it (a policy in force that day, no
/// talent with an unclassified employer; otherwise it stays open, for the user to decide); a
/// graded year gets its subsidy line (`SubsidyRule.line`, amount 待核定) — in the live demo a year
/// ended six weeks or more before today that cannot be decided is left unopened instead, for the
/// user to open, classify and decide at the terminal; and a station imported as
/// revoked with two unqualified years in a row (`RevocationRule`) gets its decision recorded.
enum DemoEvaluations {
    /// `book`: the rules to judge by (default: the share's files); `today`: the live demo's day —
    /// only evaluation years ended before it are opened, and only those decided by it are decided
    /// (an evaluation year that ended less than six weeks ago stays open).
    static func seed(into db: AppDatabase, share: ShareDirectory, through lastYear: Int, by user: String,
                     book given: PolicyBook? = nil, today: CivilDate? = nil) throws {
        let book = try given ?? share.policyBook()
        let talents = try db.talents(station: nil)
        let periods = try db.stationPeriods()
        try db.write(command: "demo-evaluations", by: user, asSetUp: true) { journal in
            journal.summary = "演示评估记录"
            for station in try journal.records(Station.self) {
                guard let id = station.id, let own = book.inForce(on: station.agreementDate) ?? book.policies.first else { continue }
                var evaluations: [Evaluation] = []
                for span in EvaluationYears.of(station, policy: own, periods: periods)
                where span.year <= lastYear && today.map({ span.end < $0 }) ?? true {
                    let decided = span.end.adding(days: 42)
                    guard let counting = book.inForce(on: span.end) else { continue }
                    let tally = TalentTally.of(talents, station: station, year: span, stationPolicy: own, countingPolicy: counting,
                                               periods: periods)
                    var evaluation = Evaluation(stationId: id, year: span.year, computedCount: tally.count,
                                                flags: EvaluationRule.flags(for: station, policy: own))
                    if today.map({ decided <= $0 }) ?? true, let policy = book.inForce(on: decided),
                       let done = try? EvaluationRule.decide(evaluation, station: station, stationPolicy: own, decisionPolicy: policy,
                                                             tally: tally, flags: evaluation.flags, evaluator: .bureau, on: decided,
                                                             reference: "柳科评〔\(decided.year)〕\(id)号", periods: periods) {
                        evaluation = done
                        if case .success(let line) = SubsidyRule.line(for: done, station: station, stationPolicy: own,
                                                                      decisionPolicy: policy, periods: periods) {
                            try journal.insert(line)
                        }
                    } else if let today, decided <= today {
                        // The live demo leaves a year the rules could not decide (an unclassified
                        // employer) unopened: the user opens it (`o`), classifies and decides it.
                        continue
                    }
                    evaluations.append(try journal.insert(evaluation))
                }
                if station.status == .revoked,
                   let years = RevocationRule.unqualifiedRun(evaluations: evaluations, station: station, policy: own, periods: periods),
                   let last = evaluations.filter({ years.contains($0.year) }).compactMap(\.decidedOn).max() {
                    let date = last.adding(days: 30)
                    try journal.update(RevocationRule.revoke(station, on: date, reference: "柳科发〔\(date.year)〕\(id)号"))
                }
            }
        }
    }
}
