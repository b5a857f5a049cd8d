import Foundation
import StationDomain
import StationStore

/// `stationdesk --demo`: a programme running on the day it is opened. The sample files are
/// imported as tests know them (`DemoData`), then every date is placed relative to `today` so each
/// area has something real to show: stations in their first and second management year, one
/// ending within 90 days, one renewed (its next period started), one ended without renewal; an
/// evaluation year ended and open, a subsidy due and one overdue (`DemoEvaluations`); the Measures
/// continued provisionally (原政策继续执行, 十五五 2026–2030, cap 10) so this year's round can run;
/// this year's round in progress (`DemoRound`); and the reviewers' sheets of the open evaluation
/// year, five submitted on one station with one far from the rest (`DemoReviews`).
///
/// All of it is set-up, not the user's commands: it is journalled as set-up ("setup-…", never
/// undone) and written by the set-up login `demo` (the store's first admin), so the journal says
/// who; the person at the terminal is added with every role (admin, clerk, approver, reviewer) to
/// try every area.
public enum DemoLive {
    /// The login that writes the set-up (the journal says who: "demo").
    public static let setupUser = "demo"

    /// Where each sample station stands on `today`, by name. A station not named here keeps the
    /// terminated station's offset.
    enum Place { case yearOne, yearTwo, endingSoon, renewed, terminated }
    static let places: [String: Place] = [
        "北方虚构交通大学柳州轨道交通人才工作站": .yearOne,
        "长三角虚构科技人才服务协会柳州工作站": .yearTwo,
        "粤港澳大湾区虚构人才服务中心柳州工作站": .endingSoon,
        "西部虚构材料科学研究院·北方虚构交通大学柳州新材料联合人才工作站": .renewed,
        "华东虚构理工大学柳州汽车产业人才工作站": .terminated,
    ]

    /// The first agreement date a station of `place` is given on `today`.
    static func agreement(_ place: Place, today: CivilDate) -> CivilDate {
        switch place {
        case .yearOne: return today.adding(days: -75)
        // Year 1 ended three weeks ago: that evaluation year is open (decided six weeks after its end).
        case .yearTwo: return today.adding(years: -1).adding(days: -20)
        // Its period ends in 59 days.
        case .endingSoon: return today.adding(years: -2).adding(days: 60)
        // The first period ended 101 days ago (its year 2 decided 59 days ago: that subsidy is due);
        // the renewal's period started the day after.
        case .renewed: return today.adding(years: -2).adding(days: -100)
        case .terminated: return today.adding(years: -2).adding(days: -400)
        }
    }

    /// Seeds a fresh store for `login` on `today` from the share folder. Cost: ~100 ms.
    public static func seed(into db: AppDatabase, share: ShareDirectory, login: String, today: CivilDate) throws {
        try db.ensureFirstAdmin(setupUser)
        if login != setupUser {
            try db.save(User(login: login, displayName: login, roles: [.admin, .clerk, .approver, .reviewer]), replacing: nil, by: setupUser)
        }
        try DemoData.seed(into: db, sampleFolder: share.path + "/sample", by: setupUser, evaluationsThrough: nil)
        try placeDates(db, today: today)
        let continuation = ProvisionalContinuation(policyId: "liuzhou-measures-revised", from: CivilDate(year: 2026, month: 1, day: 1)!,
                                                   reason: "演示：市科技局通知新办法出台前原政策继续执行", recordedBy: setupUser,
                                                   recordedOn: CivilDate(year: 2026, month: 1, day: 5)!)
        let files = try share.loadPolicyFiles()
        if (try? files.book(stored: [], continuations: [continuation])) != nil, today.year >= 2026 {
            try db.record(continuation: StoredContinuation(continuation), by: setupUser)
        }
        let book = try files.book(stored: try db.policyVersions(), continuations: try db.provisionalContinuations().map(\.continuation))
        do {
            try DemoEvaluations.seed(into: db, share: share, through: today.year, by: setupUser, book: book, today: today)
        } catch let e as ImportFailure { throw e } catch { throw ImportFailure.store("\(error)") }
        try DemoRound.seed(into: db, files: files, calendar: try? share.workdayCalendar(), by: setupUser, today: today)
        try DemoReviews.seed(into: db, share: share, by: setupUser, today: today)
    }

    /// Moves every station (and the talents credited to it) so it stands where `places` says on
    /// `today`; the renewed station gets its two periods. One set-up entry.
    static func placeDates(_ db: AppDatabase, today: CivilDate) throws {
        try db.write(command: "demo-dates", by: setupUser, asSetUp: true) { w in
            w.summary = "演示数据：日期按今天（\(today)）排列"
            let stations = try w.records(Station.self)
            let fallback = stations.first { places[$0.name] == .terminated }.map {
                $0.agreementDate.days(to: agreement(.terminated, today: today))
            } ?? 0
            var offsets: [Int64: Int] = [:]
            for var s in stations {
                guard let id = s.id else { continue }
                let original = s
                let offset = places[s.name].map { s.agreementDate.days(to: agreement($0, today: today)) } ?? fallback
                offsets[id] = offset
                s.agreementDate = s.agreementDate.adding(days: offset)
                s.endedOn = s.endedOn?.adding(days: offset)
                if places[s.name] == .renewed {
                    let first = s.agreementDate
                    let next = ManagementPeriod(agreementDate: first, years: 2).end.adding(days: 1)
                    try w.insert(StationPeriod(stationId: id, agreementDate: first))
                    try w.insert(StationPeriod(stationId: id, agreementDate: next, renewal: true, appointmentLetterOn: next))
                    s.agreementDate = next
                    s.appointmentLetterOn = next
                }
                if s != original { try w.update(s) }
            }
            for var t in try w.records(Talent.self) {
                let offset = t.stationId.flatMap { offsets[$0] } ?? fallback
                t.introducedOn = t.introducedOn.adding(days: offset)
                guard let id = t.id, let stored = try w.record(Talent.self, id: id) else { continue }
                // Nothing is introduced after today.
                if t.introducedOn > today { try w.delete(stored) } else { try w.update(t, replacing: stored) }
            }
        }
    }
}
