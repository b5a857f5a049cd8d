import StationDomain

/// The 待办 lines of issue 12 and the home menu's counts (kept apart from Catalog+Todo.swift).
extension Catalog {
    private func td(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var todoAtRiskHeading: String {
        td("本评估年度有风险（按目前进度推算，年末不足合格线或低于上年等级）", "At risk this evaluation year (at the present pace: below the pass line or last year's grade)")
    }
    public func todoAtRiskLine(_ name: String, _ p: PaceRule.Pace, year: EvaluationYear) -> String {
        let why: String
        switch p.risk {
        case .belowQualifying(let t)?: why = td("不足 \(t) 名", "below \(t)")
        case .belowLastYear(let g)?: why = td("低于上年 \(gradeText(g))", "below last year's \(gradeText(g))")
        case nil: why = ""
        }
        return td("至今 \(p.countSoFar) 名  推算 \(p.projected) 名（\(why)）  至 \(year.end)  \(name)",
                  "\(p.countSoFar) so far  \(p.projected) projected (\(why))  to \(year.end)  \(name)")
    }
    public func todoNoticesHeading(_ n: Int) -> String { td("公示 \(n) 个工作日内期满", "Public notices ending within \(n) working days") }
    public func todoNoticeLine(_ n: Notice, left: Int, names: [String]) -> String {
        let who = names.joined(separator: td("、", ", "))
        return left == 0 ? td("\(n.lastDay) 今天期满  \(who)", "\(n.lastDay) ends today  \(who)")
                         : td("\(n.lastDay) 期满  还剩 \(left) 个工作日  \(who)", "\(n.lastDay) ends  \(left) working days left  \(who)")
    }
    public var todoEvaluationsHeading: String { td("评估年度已结束、尚未评定", "Evaluation years over and not decided") }
    public func todoEvaluationLine(_ name: String, year: EvaluationYear) -> String {
        td("\(year.end) 结束  \(year.year)年度（\(year.start)–\(year.end)）  \(name)", "\(year.end) over  \(year.year) (\(year.start)–\(year.end))  \(name)")
    }
    public var todoApplicationsHeading: String { td("等待办理的申请", "Applications waiting on a step") }
    public func todoApplicationLine(_ a: Application, since: CivilDate, days: Int) -> String {
        td("\(since) 起  已等 \(days) 天  \(applicationState(a.state))  \(a.proposedName)",
           "since \(since)  \(days) days  \(applicationState(a.state))  \(a.proposedName)")
    }
    public var todoHeadChangesHeading: String { td("一个管理期内站长变更超过1次", "Head changed more than once in a period") }
    public func todoHeadChangesLine(_ name: String, _ n: Int) -> String { td("变更 \(n) 次  \(name)", "\(n) changes  \(name)") }
    public var todoInNameOnlyHeading: String { td("有名无实（无站长或人员不足2名）", "In name only (no head, or fewer than 2 staff)") }
    public func todoInNameOnlyLine(_ s: Station) -> String {
        let head = s.head.isEmpty ? td("无站长", "no head") : td("站长 \(s.head)", "head \(s.head)")
        return td("\(head)，工作人员 \(s.staff.count) 名  \(stationName(s))", "\(head), \(s.staff.count) staff  \(stationName(s))")
    }
    public var todoUnclassifiedHeading: String { td("用人单位性质未分类的人才", "Talents whose employer is not classified") }
    public func todoUnclassifiedLine(_ n: Int) -> String {
        td("\(n) 名人才的单位性质未分类（年度评估只计企业）——按 Enter 列出", "\(n) talent(s) with an unclassified employer (grades count enterprises only): Enter lists them")
    }

    // Home menu counts
    public var todoCountOverdue: String { td("补助逾期", "overdue") }
    public var todoCountDue: String { td("补助到期", "due") }
    public var todoCountNotices: String { td("公示", "notices") }
    public var todoCountPeriodsOver: String { td("期满", "over") }
    public var todoCountPeriodsEnding: String { td("将满", "ending") }
    public var todoCountEvaluations: String { td("待评估", "to evaluate") }
    public var todoCountRevocations: String { td("撤销", "revoke") }
    public var todoCountAtRisk: String { td("风险", "at risk") }
    public var todoCountApplications: String { td("申请", "applications") }
    public var todoCountHeadChanges: String { td("换站长", "heads") }
    public var todoCountInNameOnly: String { td("有名无实", "in name only") }
    public var todoCountUnclassified: String { td("未分类", "unclassified") }
    public func todoCounts(_ counts: [(String, Int)]) -> String {
        counts.isEmpty ? td("没有待办事项", "nothing due") : counts.map { "\($0.0) \($0.1)" }.joined(separator: " · ")
    }
}
