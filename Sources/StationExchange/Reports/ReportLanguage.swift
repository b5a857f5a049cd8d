import StationDomain

/// The one language a report is written in (Chinese by default, English with `--lang en`): no
/// report of evaluations, subsidies or revocation carries both.
public enum ReportLanguage: String, CaseIterable, Sendable {
    case zh, en

    /// The report language of a reader's language.
    public init(_ language: Language) { self = language == .en ? .en : .zh }
}

/// The words of the evaluation, subsidy and revocation reports, in one language.
struct MoneyWords {
    let language: ReportLanguage
    func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// Art. 3 and 10.4: the Bureau issues the reports and the revocation texts.
    var office: String { tr("柳州市科学技术局", "Liuzhou Municipal Bureau of Science and Technology") }
    func date(_ d: CivilDate) -> String { language == .zh ? ReportWords.chinese(d) : d.description }
    func issued(on d: CivilDate) -> [String] {
        ["", tr("出具单位：\(office)", "Issued by: \(office)"), tr("出具日期：\(date(d))", "Date: \(date(d))")]
    }

    func type(_ t: StationType) -> String {
        t == .university ? tr("高校院所类", "university/institute") : tr("社会组织机构类", "organisation")
    }

    func grade(_ g: Grade?) -> String {
        switch g {
        case .a?: return "A"
        case .b?: return "B"
        case .c?: return "C"
        case .unqualified?: return tr("不合格", "unqualified")
        case nil: return "—"
        }
    }

    /// A station's name, marked when revoked or ended (Art. 10.4: the name may no longer be used).
    func station(_ s: Station) -> String {
        switch s.status {
        case .active: return s.name
        case .revoked: return s.name + tr("（已撤销）", " (revoked)")
        case .ended: return s.name + tr("（已终止）", " (ended)")
        }
    }

    func span(_ y: EvaluationYear) -> String { "\(y.start)–\(y.end)" }

    var toBeDecided: String { tr("待核定", "to be decided") }

    func state(_ s: SubsidyStanding) -> String {
        var word: String
        switch s.state {
        case .toBeDecided: word = toBeDecided
        case .awaitingPayment: word = tr("待拨付", "awaiting payment")
        case .partlyPaid: word = tr("部分拨付", "partly paid")
        case .paid: word = tr("已拨付", "paid")
        case .overdue: word = tr("逾期", "overdue")
        case .returned: word = tr("已追回", "return ordered")
        case .nothingToPay: word = tr("无需拨付", "nothing to pay")
        }
        switch s.state == .returned ? nil : s.timing {
        case .overdue(let late, let provisional)?:
            word += tr("\(late)个工作日", " \(late) working days") + (provisional ? provisionalMark : "")
        case .dueSoon(let left, let provisional)?:
            word += tr("，剩\(left)个工作日", ", \(left) working days left") + (provisional ? provisionalMark : "")
        case .pending?, nil: break
        }
        return word
    }

    var provisionalMark: String { tr("（暂定）", " (provisional)") }

    func due(_ d: ProvisionalDate?) -> String {
        guard let d else { return "—" }
        return d.date.description + (d.provisional ? provisionalMark : "")
    }

    func provisionalNote(_ years: [Int]) -> String {
        let list = years.map(String.init).joined(separator: language == .zh ? "、" : ", ")
        return tr("注：标“暂定”的日期落在\(list)年，工作日表尚无该年节假日安排，仅按周末计算（最早可能的日期）；国务院办公厅公布该年放假安排后补入 data/calendar/cn-workday-exceptions.tsv 即自动更正。",
                  "Note: dates marked provisional fall in \(list), for which the working-day table has no holiday notice yet; they are counted with weekends as the only days off (the earliest the date can be) and correct themselves once that year's State Council notice is added to data/calendar/cn-workday-exceptions.tsv.")
    }

    func use(_ u: FundUse) -> String {
        switch u {
        case .salaries: return tr("人员工资", "salaries")
        case .technologyPromotion: return tr("技术推介", "technology promotion")
        case .roadshow: return tr("项目路演", "project roadshows")
        case .liaison: return tr("交流联络协调", "liaison and coordination")
        case .travel: return tr("差旅费补贴", "travel subsidies")
        case .other: return tr("其他", "other")
        }
    }

    func evaluator(_ e: Evaluator) -> String {
        switch e {
        case .bureau: return tr("市科技局", "the Bureau")
        case .thirdParty(let name): return name
        }
    }
}
