import Foundation
import StationDomain
import StationStore

/// This year's selection round in the live demo, taken through the store's own commands (so the
/// demo also proves them), every date relative to `today`: opened 100 days ago with 5 places; a
/// renewal of the station whose period ends soon, approved by the Bureau and waiting for the
/// leading group's decision; one application in its public notice (published two days ago) and one
/// with an objection lodged yesterday; two in review with score sheets for the demo reviewer
/// 张伟 (`zhangwei`: one new, one draft, and one submitted earlier in the round); a draft being
/// taken in; one withdrawn. A step the rules refuse on some day (a calendar year the working-day
/// table does not know yet) leaves its application where it got to: the demo still opens.
enum DemoRound {
    static let reviewers: [(login: String, name: String)] = [("zhangwei", "张伟"), ("lina", "李娜"), ("wangfang", "王芳"), ("liuyang", "刘洋")]
    static let units: [(name: String, code: String)] = [
        ("柳州市虚构新材料科技有限公司", "91450204MA5L00001"), ("柳州市虚构智慧物流有限公司", "91450205MA5L00002"),
        ("柳州市虚构生物医药研究有限公司", "91450206MA5L00003"), ("柳州虚构文旅发展集团有限公司", "91450202MA5L00004"),
    ]

    static func seed(into db: AppDatabase, files: PolicyFiles, calendar: WorkdayCalendar?, by setup: String, today: CivilDate) throws {
        func day(_ n: Int) -> CivilDate { today.adding(days: -n) }
        for (login, name) in reviewers where try db.user(login) == nil {
            try db.save(User(login: login, displayName: name, roles: [.reviewer]), replacing: nil, by: setup)
        }
        var unitIds: [String: Int64] = [:]
        for u in try db.units() { unitIds[u.name] = u.id }
        for (name, prefix) in units where unitIds[name] == nil {
            guard let code = CreditCode.completing(prefix) else { continue }
            unitIds[name] = try db.perform(SaveUnit(Unit(name: name, creditCode: code, kind: .enterprise, address: "柳州市"),
                                                    replacing: nil), by: setup, asSetUp: true).id
        }
        var partners: [String: Partner] = [:]
        for p in try db.partners() { partners[p.name] = p }
        let opened = day(100)
        guard let round = try? db.perform(OpenRound(Round(year: opened.year, places: 5, openedOn: opened, note: "演示：本年度评选"),
                                                    today: opened, files: files), by: setup, asSetUp: true) else { return }
        let policy = try files.book(stored: [], continuations: try db.provisionalContinuations().map(\.continuation)).inForce(on: today)
            ?? files.policies.last?.policy

        /// Takes the intake and then the steps in order; stops quietly at the first refused one.
        func application(_ name: String, unit: String, partner: String, renews: Station? = nil, complete: Bool = true,
                         intake: Int, steps: [(ApplicationStep, Int, String)]) -> Application? {
            guard let unitId = unitIds[unit], let p = partners[partner], let pid = p.id else { return nil }
            let head: String = renews?.head ?? "覃" + String(name.prefix(1)) + "明"
            let staff: [String] = renews?.staff ?? ["韦工", "莫工"]
            var a = Application(roundId: round.id ?? 0, unitId: unitId, partnerIds: [pid], type: p.kind.stationType, proposedName: name,
                                proposedHead: head, staff: staff, renewsStationId: renews?.id, createdOn: day(intake))
            var lines: [ConditionCheck] = []
            for n in 1...6 {
                let state: ConditionState
                if complete { state = n >= 4 ? .forReviewers : .met } else { state = n == 1 ? .met : .unchecked }
                var evidence = ""
                if n == 1 { evidence = "营业执照（统一社会信用代码4502开头）" }
                if n == 3 && complete { evidence = "正式合作协议原件" }
                lines.append(ConditionCheck(number: n, state: state, evidence: evidence))
            }
            a.conditions = lines
            a.materials = MaterialKind.allCases.enumerated().map { i, kind in
                MaterialReceipt(kind: kind, receivedOn: complete || i < 3 ? day(intake) : nil)
            }
            guard var saved = try? db.perform(SaveApplication(a, replacing: nil, today: day(intake)), by: setup, asSetUp: true) else { return nil }
            for (step, ago, text) in steps {
                let input = StepInput(applicationId: saved.id ?? 0, step: step, expected: saved.state, date: day(ago),
                                      reference: step.needsReference ? text : "", reason: step.needsReference ? "" : text,
                                      objector: step == .lodgeObjection ? "市民张某（实名来信）" : "",
                                      today: day(ago), files: files, calendar: calendar)
                let moved = try? (step.permission == .decisions ? db.perform(DecideStep(input), by: setup, asSetUp: true)
                                                                 : db.perform(TakeStep(input), by: setup, asSetUp: true))
                guard let moved else { break }
                saved = moved
            }
            return saved
        }
        func assign(_ a: Application?, _ logins: [String], ago: Int) {
            guard let id = a?.id else { return }
            _ = try? db.perform(AssignReviewers(applicationId: id, reviewers: logins, deadline: day(ago - 14), date: day(ago), files: files), by: setup, asSetUp: true)
        }
        /// Each reviewer's sheet filled to `total` (nil: left new; a negative total: a draft of two lines).
        func score(_ a: Application?, _ totals: [String: Int?], ago: Int) throws {
            guard let id = a?.id, let policy else { return }
            for sheet in try db.reviewSheets(application: id) {
                guard let wanted = totals[sheet.reviewer], let total = wanted, let form = policy.form(id: sheet.formId, version: sheet.formVersion) else { continue }
                var scores: [String: Score] = [:]
                var left = abs(total)
                for c in (total < 0 ? Array(form.criteria.prefix(2)) : form.criteria) {
                    let v = min(c.max, left)
                    scores[c.key] = Score(v)
                    left -= v
                }
                // As the reviewer would: a draft is kept apart (only they see it), a submission journalled.
                let draft = SheetDraft(sheetId: sheet.id ?? 0, scores: scores)
                if total > 0 {
                    try db.perform(SubmitSheet(draft, form: form, on: day(ago)), by: sheet.reviewer, asSetUp: true)
                } else {
                    try db.perform(SaveDraft(draft), by: sheet.reviewer, asSetUp: true)
                }
            }
        }

        // Reviewed together, shortlisted 60 days ago, approved by the Bureau 50 days ago.
        let review: [(ApplicationStep, Int, String)] = [(.submit, 90, ""), (.startReview, 85, "")]
        let renewed = try db.stations().first { $0.name == "粤港澳大湾区虚构人才服务中心柳州工作站" }
        let a = application(renewed?.name ?? "粤港澳大湾区虚构人才服务中心柳州工作站", unit: "柳州虚构螺蛳粉食品科技股份有限公司",
                            partner: "粤港澳大湾区虚构高层次人才服务中心有限公司", renews: renewed, intake: 95, steps: review)
        let b = application("华东虚构理工大学柳州新材料人才工作站", unit: "柳州市虚构新材料科技有限公司", partner: "华东虚构理工大学",
                            intake: 95, steps: review)
        let c = application("长三角虚构科技人才服务协会柳州智慧物流人才工作站", unit: "柳州市虚构智慧物流有限公司",
                            partner: "长三角虚构科技人才服务协会", intake: 95, steps: review)
        _ = application("慕尼黑虚构应用技术大学柳州职教培训人才工作站", unit: "柳州虚构职业技术学院", partner: "慕尼黑虚构应用技术大学",
                        intake: 95, steps: [(.submit, 90, ""), (.withdraw, 88, "单位因场地调整主动撤回")])
        assign(a, ["wangfang", "lina"], ago: 85)
        assign(b, ["zhangwei", "lina"], ago: 85)
        assign(c, ["lina", "wangfang"], ago: 85)
        try score(a, ["wangfang": 86, "lina": 90], ago: 70)
        try score(b, ["zhangwei": 84, "lina": 82], ago: 70)
        try score(c, ["lina": 80, "wangfang": 83], ago: 70)
        if let id = round.id {
            _ = try? db.perform(ConfirmShortlist(roundId: id, date: day(60), today: day(60), files: files), by: setup, asSetUp: true)
        }
        let year = day(50).year
        for (x, n) in [(a, 11), (b, 12), (c, 13)] {
            guard let x, let current = try db.fetch(Application.self, id: x.id ?? 0) else { continue }
            let input = StepInput(applicationId: x.id ?? 0, step: .bureauApprove, expected: current.state, date: day(50),
                                  reference: "柳科发〔\(year)〕\(n)号", today: day(50), files: files)
            _ = try? db.perform(DecideStep(input), by: setup, asSetUp: true)
        }
        // The leading group approved two; the renewal waits for its decision. Their notice was
        // published two days ago; an objection against one came yesterday.
        for x in [b, c] {
            guard let x, let current = try db.fetch(Application.self, id: x.id ?? 0) else { continue }
            let input = StepInput(applicationId: x.id ?? 0, step: .groupApprove, expected: current.state, date: day(30),
                                  reference: "市委人才工作领导小组\(day(30).year)年第2次会议", today: day(30), files: files)
            _ = try? db.perform(DecideStep(input), by: setup, asSetUp: true)
        }
        if let b, let current = try db.fetch(Application.self, id: b.id ?? 0) {
            _ = try? db.perform(TakeStep(StepInput(applicationId: b.id ?? 0, step: .publishNotice, expected: current.state, date: day(2),
                                                   today: day(2), files: files, calendar: calendar)), by: setup, asSetUp: true)
        }
        if let c, let current = try db.fetch(Application.self, id: c.id ?? 0) {
            _ = try? db.perform(TakeStep(StepInput(applicationId: c.id ?? 0, step: .lodgeObjection, expected: current.state, date: day(1),
                                                   reason: "办公场所与申报材料不符", objector: "市民张某（实名来信）",
                                                   today: day(1), files: files, calendar: calendar)), by: setup, asSetUp: true)
        }

        // In review now: 张伟 has one sheet new and one a draft; the others' sheets are in.
        let d = application("慕尼黑虚构应用技术大学柳州生物医药人才工作站", unit: "柳州市虚构生物医药研究有限公司",
                            partner: "慕尼黑虚构应用技术大学", intake: 30, steps: [(.submit, 25, ""), (.startReview, 20, "")])
        let g = application("北方虚构交通大学柳州文旅人才工作站", unit: "柳州虚构文旅发展集团有限公司", partner: "北方虚构交通大学",
                            intake: 30, steps: [(.submit, 25, ""), (.startReview, 20, "")])
        assign(d, ["zhangwei", "liuyang"], ago: 20)
        assign(g, ["zhangwei", "lina"], ago: 20)
        try score(d, ["liuyang": 78, "zhangwei": nil], ago: 5)
        try score(g, ["lina": 75, "zhangwei": -30], ago: 3)
        // Being taken in: three materials still to come.
        _ = application("西部虚构材料科学研究院柳州医疗器械人才工作站", unit: "柳州市虚构人民医院", partner: "西部虚构材料科学研究院",
                        complete: false, intake: 5, steps: [])
    }
}
