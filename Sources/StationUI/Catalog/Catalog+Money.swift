import StationDomain

/// The words of issue 14: evaluations, revocation and money — refusals, command names, states.
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// The journal's words for the evaluation and money commands; nil for any other name.
    public func moneyCommandName(_ name: String) -> String? {
        switch name {
        case "evaluation-open-year": return tr("开启年度评估", "open the evaluations of")
        case "evaluation-correct-count": return tr("更正评估人数", "correct the count of")
        case "evaluation-decide": return tr("评定等级", "decide the grade of")
        case "station-revoke": return tr("撤销设站资格", "revoke")
        case "subsidy-amount": return tr("核定补助金额", "decide the subsidy amount of")
        case "subsidy-payment": return tr("拨付补助", "pay the subsidy of")
        case "subsidy-spending": return tr("登记补助支出", "record spending of")
        case "subsidy-return": return tr("责令退回补助", "order a return from")
        default: return nil
        }
    }
}

/// The words of the 年度评估 record, the 补助 area and their forms.
extension Catalog {
    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // 年度评估: the list's new keys and the record
    public var keyOpenYear: String { t("开启评估", "open year") }
    public func confirmOpenYear(_ y: Int) -> String { t("开启在\(y)年结束的评估年度的评估记录？", "Open the evaluations of the years ending in \(y)?") }
    public func yearOpened(_ n: Int, _ y: Int) -> String { t("已开启\(y)年度评估：\(n)个工作站", "Opened the \(y) evaluations: \(n) stations") }
    public func evaluationTitle(_ station: String, _ y: Int) -> String { t("\(station) · \(y)年度评估", "\(station) · evaluation \(y)") }
    public var keyCorrect: String { t("更正人数", "correct count") }
    public var keyDecide: String { t("评定等级", "decide grade") }
    public var keyRevoke: String { t("撤销设站资格", "revoke") }
    public var keyTexts: String { t("撤销函与公告", "letter and announcement") }
    public var keyStation: String { t("工作站", "station") }
    public func notAnEvaluationYearHere(_ y: Int) -> String {
        t("该工作站没有在\(y)年结束的评估年度。", "The station has no evaluation year ending in \(y).")
    }
    public var notOpenedYet: String { t("本年度评估尚未开启：请在年度评估列表按 o 开启。", "This evaluation is not open yet: press o on the year's list.") }
    public func spanLine(_ span: EvaluationYear, year: Int) -> String {
        t("评估年度：\(span.start) 至 \(span.end)（\(year)年度，管理期第\(span.ordinal)年）",
          "Evaluation year: \(span.start) to \(span.end) (ending in \(year), year \(span.ordinal) of the period)")
    }
    /// The 已记录 column of a year not opened yet (no evaluation record): not a grade, not "—".
    public var notOpenedShort: String { t("未开启", "not opened") }
    public func evaluationState(_ e: Evaluation?) -> String {
        guard let e else { return t("状态：尚未开启", "State: not opened") }
        if let d = e.decidedOn, e.grade != nil {
            return t("状态：已评定（\(d)，\(e.decisionReference)）", "State: decided (\(d), \(e.decisionReference))")
        }
        return t("状态：已开启，待评定", "State: open, to be decided")
    }
    public func evaluatorLine(_ e: Evaluator?) -> String {
        switch e {
        case .thirdParty(let name)?: return t("评估方：受委托第三方机构 \(name)", "Evaluated by: the entrusted third party \(name)")
        case .bureau?: return t("评估方：市科技局", "Evaluated by: the Bureau")
        case nil: return t("评估方：（评定时填写）", "Evaluated by: (given at the decision)")
        }
    }
    public func countLine(_ computed: Int, from: String) -> String {
        t("人数：计算 \(computed) 名（为在柳企业引进的\(from)类以上人才）", "Count: \(computed) computed (talents of category \(from)+ brought to Liuzhou enterprises)")
    }
    public func correctionLine(_ n: Int, reason: String) -> String { t("　　　更正为 \(n) 名，理由：\(reason)", "       corrected to \(n), reason: \(reason)") }
    public func notEnterpriseLine(_ n: Int) -> String { t("　　　事业单位及其他用人单位 \(n) 名，不计入", "       \(n) with institutions or other employers: not counted") }
    public func unclassifiedLine(_ n: Int) -> String {
        t("　　　用人单位未分类 \(n) 名：须先在“人才”中分类，才能评定", "       \(n) with an unclassified employer: classify them under Talents before deciding")
    }
    public func sheetsLine(_ a: ScoreAggregation?) -> String {
        guard let a, let mean = a.aggregate else { return t("评分表：尚无已提交的评分表", "Score sheets: none submitted") }
        let trimmed = a.trimmed ? t("，去掉一个最高分和一个最低分", ", highest and lowest dropped") : ""
        return t("评分表：\(a.sheets.count) 份已提交，汇总 \(mean) 分\(trimmed)，极差 \(a.spread.map { "\($0)" } ?? "—")",
                 "Score sheets: \(a.sheets.count) submitted, aggregate \(mean)\(trimmed), spread \(a.spread.map { "\($0)" } ?? "—")")
    }
    public func flagsLine(_ f: EvaluationFlags) -> String {
        let yes = t("是", "yes"), no = t("否", "no")
        return t("不合格情形：远低于设站标准 \(f.farBelowStandard ? yes : no)；不配合招引及需求征集 \(f.didNotCooperate ? yes : no)；有名无实 \(f.inNameOnly ? yes : no)；其他 \(f.hasOtherGround ? f.otherGround : no)",
                 "Grounds: far below standard \(f.farBelowStandard ? yes : no); did not cooperate \(f.didNotCooperate ? yes : no); in name only \(f.inNameOnly ? yes : no); other \(f.hasOtherGround ? f.otherGround : no)")
    }
    public func gradeLine(computed: Grade?, recorded: Grade?) -> String {
        t("等级：应评 \(gradeText(computed))；已评定 \(gradeText(recorded))", "Grade: due \(gradeText(computed)); decided \(gradeText(recorded))")
    }
    public func capLine(_ cap: Fen?) -> String { t("补助上限：\(cap?.description ?? "—")（在“补助”中核定与拨付）", "Subsidy cap: \(cap?.description ?? "—") (amount and payments under Subsidies)") }
    public func revocationLine(_ years: [Int]) -> String {
        t("建议撤销：连续两年不合格（\(years.map(String.init).joined(separator: "、"))），按 r 记录市科技局的撤销决定",
          "Revocation proposed: unqualified \(years.map(String.init).joined(separator: " and ")); r records the Bureau's decision")
    }
    public func revokedLine(_ s: Station) -> String {
        t("已撤销：\(s.endedOn?.description ?? "—")，\(s.revocationReference)；按 l 查看函告与公告", "Revoked on \(s.endedOn?.description ?? "—"), \(s.revocationReference); l shows the letter and the announcement")
    }
    public func talentsHeading(_ what: String, _ n: Int) -> String { t("\(what)（\(n)）", "\(what) (\(n))") }
    /// The amount column of a line whose amount is not decided yet (its state says 待核定 too).
    public var amountUndecided: String { t("待核定", "undecided") }
    public var countedHeading: String { t("计入的人才", "Talents counted") }
    public var unclassifiedHeading: String { t("用人单位未分类", "Unclassified employer") }
    public var notEnterpriseHeading: String { t("不计入（事业单位及其他）", "Not counted (institutions and other)") }
    public func talentLine(_ t0: Talent) -> String {
        "  \(t0.introducedOn)  \(t0.name)  \(t0.category.map { t("\($0.rawValue)类", "cat. \($0.rawValue)") } ?? "—")  \(t0.employer)"
    }
    public var rulesMissing: String { t("未载入政策或工作日历，无法办理。", "No policy or calendar is loaded: nothing can be decided.") }
    public func decided(_ station: String, _ g: Grade) -> String { t("已评定：\(station) \(gradeText(g))", "Decided: \(station) \(gradeText(g))") }
    public func revoked(_ station: String) -> String { t("已撤销：\(station)（按 l 查看函告与公告）", "Revoked: \(station) (l shows the letter and announcement)") }
    public func revocationTextsTitle(_ station: String) -> String { t("撤销函与公告：\(station)", "Revocation texts: \(station)") }

    // Forms
    public var fieldCount: String { t("更正后人数（留空：取消更正）", "Corrected count (empty: no correction)") }
    public var fieldCorrectionReason: String { t("理由", "Reason") }
    public var fieldFarBelow: String { t("远低于设站标准", "Far below standard") }
    public var fieldNoCooperation: String { t("不配合招引及需求征集", "Did not cooperate") }
    public var fieldNameOnly: String { t("有名无实（无站长或人员）", "In name only") }
    public var fieldOtherGround: String { t("其他不合格情形（文字）", "Other ground (in words)") }
    public var fieldEvaluator: String { t("评估方", "Evaluated by") }
    public var evaluatorChoices: [String] { [t("市科技局", "the Bureau"), t("受委托第三方机构", "entrusted third party")] }
    public var fieldThirdParty: String { t("第三方机构名称", "Third party's name") }
    public var fieldDecisionDate: String { t("决定日期", "Decision date") }
    public var fieldDecisionReference: String { t("文号", "Reference") }
    public var yesNo: [String] { [t("否", "no"), t("是", "yes")] }
    public var fieldAmountYuan: String { t("金额（元，可到分）", "Amount (yuan, to the fen)") }
    public var fieldDate: String { t("日期", "Date") }
    public var fieldVoucher: String { t("凭证号", "Voucher") }
    public var fieldUse: String { t("用途", "Use") }
    public var fieldSpendingNote: String { t("说明（用途为“其他”时必填）", "Note (required for “other”)") }
    public var fieldReturnReason: String { t("退回理由", "Reason for the return") }
    public var notAnAmount: String { t("应为金额，如 50000 或 49,999.50", "must be an amount such as 50000 or 49,999.50") }
    public var notACount: String { t("应为非负整数", "must be a whole number, 0 or more") }
    public func formTitle(_ what: String, _ subject: String) -> String { "\(what) · \(subject)" }
    public func recordedMessage(_ what: String, _ subject: String) -> String { t("已保存：\(what)（\(subject)）", "Saved: \(what) (\(subject))") }

    // 补助 area
    public func fundUse(_ u: FundUse) -> String {
        switch u {
        case .salaries: return t("人员工资", "salaries")
        case .technologyPromotion: return t("技术推介", "technology promotion")
        case .roadshow: return t("项目路演", "project roadshows")
        case .liaison: return t("交流联络协调", "liaison")
        case .travel: return t("差旅费补贴", "travel")
        case .other: return t("其他", "other")
        }
    }
    public func subsidyState(_ s: SubsidyStanding.State?) -> String {
        switch s {
        case .toBeDecided?: return t("待核定", "to be decided")
        case .awaitingPayment?: return t("待拨付", "awaiting payment")
        case .partlyPaid?: return t("部分拨付", "partly paid")
        case .paid?: return t("已拨付", "paid")
        case .overdue?: return t("逾期", "overdue")
        case .returned?: return t("已追回", "return ordered")
        case .nothingToPay?: return t("无需拨付", "nothing to pay")
        case nil: return t("全部", "all")
        }
    }
    public var provisionalMark: String { t("（暂定）", " (provisional)") }
    /// A due date in a list column: `*` marks a provisional one (`provisionalLegend` explains it).
    public func dueShort(_ d: ProvisionalDate?) -> String { d.map { $0.date.description + ($0.provisional ? "*" : "") } ?? "—" }
    public var provisionalLegend: String {
        t("* 暂定：该年节假日安排尚未录入工作日表，只按周末计算（data/calendar/README.md）",
          "* provisional: that year's holidays are not in the working-day table yet; weekends only (data/calendar/README.md)")
    }
    public func dueText(_ d: ProvisionalDate?) -> String { d.map { $0.date.description + ($0.provisional ? provisionalMark : "") } ?? "—" }
    public var columnGrade: String { t("等级", "Grade") }
    public var columnCap: String { t("上限", "Cap") }
    public var columnAmount: String { t("核定", "Amount") }
    public var columnPaid: String { t("已拨付", "Paid") }
    public var columnDue: String { t("应付日期", "Due") }
    public var columnState: String { t("状态", "State") }
    public var keyState: String { t("按状态", "by state") }
    public var keyAmount: String { t("核定金额", "amount") }
    public var keyPay: String { t("拨付", "pay") }
    public var keySpend: String { t("支出", "spending") }
    public var keyReturn: String { t("责令退回", "order return") }
    public func subsidiesEmpty(_ y: Int) -> String { t("\(y)年度没有补助记录（评定等级后自动生成）。", "No subsidy for \(y) (a decided grade creates one).") }
    /// The year beside the counts line: "Year" left out in English, so all six counts fit 80 columns.
    public func subsidyYear(_ y: Int) -> String { t("\(y)年度", "\(y)") }
    public func stateCounts(_ counts: [(SubsidyStanding.State, Int)]) -> String {
        counts.map { "\(subsidyStateShort($0.0)) \($0.1)" }.joined(separator: t("　", "  "))
    }
    /// The state as a tab and in the counts line of 补助, where all seven must fit 80 columns: the
    /// same words in Chinese, shorter ones in English.
    public func subsidyStateShort(_ s: SubsidyStanding.State?) -> String {
        switch s {
        case .toBeDecided?: return t("待核定", "undecided")
        case .awaitingPayment?: return t("待拨付", "unpaid")
        case .returned?: return t("已追回", "returned")
        default: return subsidyState(s)
        }
    }
    public func subsidyTitle(_ station: String, _ y: Int) -> String { t("\(station) · \(y)年度补助", "\(station) · subsidy \(y)") }
    public func subsidyHead(_ s: Subsidy) -> String {
        t("等级 \(gradeText(s.grade))　上限 \(s.cap)　核定金额 \(s.approved?.description ?? subsidyState(.toBeDecided))",
          "Grade \(gradeText(s.grade))  cap \(s.cap)  amount \(s.approved?.description ?? subsidyState(.toBeDecided))")
    }
    public func dueLine(decided: CivilDate?, due: ProvisionalDate?, days: Int) -> String {
        t("决定日 \(decided?.description ?? "—")　应付日期 \(dueText(due))（\(days)个工作日内）",
          "Decided \(decided?.description ?? "—")  due \(dueText(due)) (within \(days) working days)")
    }
    /// Under a provisional due date: why it is provisional and what makes it final.
    public func provisionalNote(_ missingYear: Int?) -> String {
        let y = missingYear.map(String.init) ?? "—"
        return t("暂定：工作日表尚无\(y)年的节假日安排，只按周末计算（最早可能的日期），补入后自动更正",
                 "provisional: the table has no \(y) holidays yet; weekends only (the earliest it can be) until they are added")
    }
    public func standingLine(_ s: SubsidyStanding) -> String {
        var words = subsidyState(s.state)
        switch s.state == .returned ? nil : s.timing {
        case .overdue(let late, let p)?: words += t(" \(late)个工作日", " \(late) working days") + (p ? provisionalMark : "")
        case .dueSoon(let left, let p)?: words += t("，还剩\(left)个工作日", ", \(left) working days left") + (p ? provisionalMark : "")
        case .pending?, nil: break
        }
        return t("状态：", "State: ") + words
    }
    public func ledgerLine(_ s: SubsidyStanding) -> String {
        t("已拨付 \(s.paid)　已支出 \(s.spent)　已退回 \(s.returned)　结余 \(s.balance)",
          "Paid \(s.paid)  spent \(s.spent)  returned \(s.returned)  balance \(s.balance)")
    }
    public var paymentsHeading: String { t("拨付", "Payments") }
    public var spendingHeading: String { t("支出（第十二条）", "Spending (Art. 12)") }
    public var returnsHeading: String { t("责令退回（第十三条）", "Ordered returns (Art. 13)") }
    public var noneLine: String { t("  无", "  none") }
}
