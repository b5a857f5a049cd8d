import Foundation
import StationDomain
import StationStore

/// The demo's evaluation history, so the grade charts, the annual report's recorded grades, the
/// subsidy list and the revocation letter have something to show. Nothing is invented: each
/// evaluation's count is `TalentCount` over the imported talents, its grade `Grading`'s, its
/// subsidy `SubsidyRule.subsidy`'s (decided on 20 March of the next year; not yet paid), and the
/// station with two unqualified years in a row (`RevocationRule`) is marked revoked.
enum DemoEvaluations {
    /// Years evaluated: every year before `lastYear` that a station's period reaches into.
    static func seed(into db: AppDatabase, share: ShareDirectory, through lastYear: Int, by user: String) throws {
        let book = try share.policyBook()
        let calendar = try share.workdayCalendar()
        let talents = try db.talents(station: nil)
        try db.write(command: "demo-evaluations", by: user, asSetUp: true) { journal in
            journal.summary = "演示评估记录"
            for station in try journal.records(Station.self) {
                guard let id = station.id else { continue }
                var evaluations: [Evaluation] = []
                for year in stride(from: station.agreementDate.year, through: lastYear, by: 1) {
                    let decided = CivilDate(year: year + 1, month: 3, day: 20)!
                    guard let policy = book.inForce(on: decided) ?? book.inForce(on: CivilDate(year: year, month: 12, day: 31)!),
                          ManagementPeriod(station: station, policy: policy).overlaps(year: year) else { continue }
                    if let ended = station.endedOn, ended.year < year { continue }
                    let count = TalentCount.count(talents, stationId: id, year: year, policy: policy)
                    let grade = Grading.grade(count: count, flags: EvaluationFlags(), policy: policy)
                    let evaluation = try journal.insert(Evaluation(stationId: id, year: year, computedCount: count, grade: grade,
                                                                   decidedOn: decided, decisionReference: "柳科评〔\(year + 1)〕\(id)号"))
                    evaluations.append(evaluation)
                    if grade != .unqualified {
                        try journal.insert(try SubsidyRule.subsidy(for: evaluation, station: station, calendar: calendar, policy: policy))
                    }
                }
                if station.status == .revoked, let policy = book.policies.last,
                   let years = RevocationRule.proposal(evaluations: evaluations, policy: policy) {
                    let date = CivilDate(year: years.last! + 1, month: 4, day: 30)!
                    try journal.update(RevocationRule.revoke(station, on: date, reference: "柳科发〔\(date.year)〕\(id)号"))
                }
            }
        }
    }
}
