import Foundation
import StationDomain
import StationStore

/// The demo's reviewers and score sheets, so 我的评分 and the aggregate have something to show:
/// five fictional reviewers (张伟 `zhangwei` … 陈静 `chenjing`) and a clerk (赵磊 `zhaolei`);
/// on the latest evaluation year, five submitted sheets for one station with one far from the
/// others, and for 张伟 also an overdue draft, a sheet due soon, and one on the longest form.
/// Everything goes through the store's own commands (assign by the admin who seeds, submit and
/// save drafts as each reviewer), journalled as set-up (never undone by `u`), so the demo also
/// proves that road.
public enum DemoReviews {
    public static let reviewers: [(login: String, name: String)] = [
        ("zhangwei", "张伟"), ("lina", "李娜"), ("wangfang", "王芳"), ("liuyang", "刘洋"), ("chenjing", "陈静"),
    ]

    /// Seeds after `DemoData.seed` (it needs the stations' evaluations). `admin` must be an
    /// admin and clerk (the store's first admin is). Cost: a few dozen small commands.
    public static func seed(into db: AppDatabase, share: ShareDirectory, by admin: String, today: CivilDate) throws {
        let book = try share.policyBook()
        guard let policy = book.policies.last else { return }
        for (login, name) in reviewers where try db.user(login) == nil {
            _ = try db.save(User(login: login, displayName: name, roles: [.reviewer]), replacing: nil, by: admin)
        }
        if try db.user("zhaolei") == nil {
            _ = try db.save(User(login: "zhaolei", displayName: "赵磊", roles: [.clerk]), replacing: nil, by: admin)
        }
        let stations = try db.stations()
        // The latest year evaluated, and its evaluations by station type.
        var latest: [(Evaluation, Station)] = []
        for s in stations {
            guard let id = s.id, let e = try db.evaluations(station: id).last else { continue }
            latest.append((e, s))
        }
        guard let year = latest.map({ $0.0.year }).max() else { return }
        latest = latest.filter { $0.0.year == year }
        // Stations still running first: a revoked one is scored last, if at all.
        latest = latest.filter { $0.1.status != .revoked } + latest.filter { $0.1.status == .revoked }
        let organization = latest.filter { $0.1.type == .organization }
        let university = latest.filter { $0.1.type == .university }
        func day(_ offset: Int) -> CivilDate { CivilDate(dayNumber: today.dayNumber + offset) }

        // One station scored by all five, one of them far below the rest.
        if let (e, s) = organization.first ?? university.first, let form = policy.form(for: .evaluation, type: s.type), let eid = e.id {
            let totals = [84, 79, 88, 81, 46]
            for (i, (login, _)) in reviewers.enumerated() {
                let sheet = try db.perform(AssignSheet(.evaluation, eid, to: login, form: form, deadline: day(-5)), by: admin, asSetUp: true)
                try db.perform(SubmitSheet(SheetDraft(sheetId: sheet.id!, scores: spread(totals[i], over: form),
                                                      comment: i == 4 ? "材料不全，多项无佐证" : ""), form: form, on: day(-6 - i)), by: login, asSetUp: true)
            }
        }
        // 张伟's other sheets: overdue with a draft, due soon, and the longest form.
        let others = (organization.dropFirst() + university).compactMap { pair -> (Evaluation, Station, ScoreForm)? in
            guard let f = policy.form(for: .evaluation, type: pair.1.type) else { return nil }
            return (pair.0, pair.1, f)
        }
        for (k, (e, _, form)) in others.prefix(3).enumerated() {
            guard let eid = e.id else { continue }
            let deadline = [day(-3), day(9), day(19)][k]
            let sheet = try db.perform(AssignSheet(.evaluation, eid, to: "zhangwei", form: form, deadline: deadline), by: admin, asSetUp: true)
            if k == 0 {
                let first = form.criteria.prefix(2)
                try db.perform(SaveDraft(SheetDraft(sheetId: sheet.id!,
                                                    scores: Dictionary(uniqueKeysWithValues: first.map { ($0.key, Score($0.max - 3)) }))),
                               by: "zhangwei")
            }
        }
        // A tie of 张伟's, to a unit he is not scoring.
        let scored = Set(latest.map { $0.1.unitId })
        if let unit = try db.units().first(where: { $0.id != nil && !scored.contains($0.id!) }) {
            try db.perform(DeclareTie(ReviewerTie(reviewer: "zhangwei", unitId: unit.id, note: "曾任该单位技术顾问（2022–2024）")), by: "zhangwei", asSetUp: true)
        }
    }

    /// Scores of a form adding up to `total` (each criterion at most its maximum), spread in
    /// proportion to the maxima.
    public static func spread(_ total: Int, over form: ScoreForm) -> [String: Score] {
        var left = min(total, form.rawMaximum)
        var scores: [String: Score] = [:]
        for (i, c) in form.criteria.enumerated() {
            let share = i == form.criteria.count - 1 ? left : min(c.max, (total * c.max + form.rawMaximum / 2) / form.rawMaximum)
            let v = min(c.max, max(0, min(share, left)))
            scores[c.key] = Score(v)
            left -= v
        }
        return scores
    }
}
