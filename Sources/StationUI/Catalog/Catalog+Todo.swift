import StationDomain

/// The strings of the 待办 dashboard.
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public func todoPeriodsHeading(_ days: Int) -> String { tr("管理期 \(days) 天内届满", "Management periods ending within \(days) days") }
    public var todoPeriodsOverHeading: String {
        tr("管理期已满，待登记终止或续约", "Periods over: record the ending or the renewal")
    }
    public func todoPeriodOverLine(_ name: String, outcome: PeriodOutcome) -> String {
        switch outcome {
        case .renewed(_, let end): return tr("\(end) 届满  已续约，应登记终止  \(name)", "\(end) ended  renewed: record the ending  \(name)")
        case .terminated(let end): return tr("\(end) 届满  未续约，自动终止  \(name)", "\(end) ended  not renewed: ends automatically  \(name)")
        case .running, .closed: return name
        }
    }
    public func todoSubsidiesHeading(_ days: Int) -> String {
        tr("补助逾期或 \(days) 个工作日内到期", "Subsidies overdue or due within \(days) working days")
    }
    public var todoRevocationsHeading: String { tr("建议撤销（连续两年不合格）", "Revocations proposed (two unqualified years in a row)") }
    public var todoNothing: String { tr("  无", "  none") }
    // Each line puts the date and the state first and the station's name last, so a long name
    // cut at 80 columns never hides what is due.
    public func todoPeriodLine(_ name: String, end: CivilDate, days: Int) -> String {
        tr("\(end) 届满  还剩 \(days) 天  \(name)", "\(end) ends  \(days) days left  \(name)")
    }
    /// `provisional`: counted past the working-day table (weekends only); `amountDecided` false: 待核定.
    public func todoOverdue(_ name: String, year: Int, due: CivilDate, late: Int, provisional: Bool = false,
                            amountDecided: Bool = true) -> String {
        tr("\(due)\(provisional ? "（暂定）" : "") 应付  已逾期 \(late) 个工作日\(amountDecided ? "" : "  金额待核定")  \(year)年度  \(name)",
           "\(due)\(provisional ? " (provisional)" : "") due  \(late) working days overdue\(amountDecided ? "" : "  amount to be decided")  \(year)  \(name)")
    }
    public func todoDueSoon(_ name: String, year: Int, due: CivilDate, left: Int, provisional: Bool = false,
                            amountDecided: Bool = true) -> String {
        tr("\(due)\(provisional ? "（暂定）" : "") 应付  还剩 \(left) 个工作日\(amountDecided ? "" : "  金额待核定")  \(year)年度  \(name)",
           "\(due)\(provisional ? " (provisional)" : "") due  \(left) working days left\(amountDecided ? "" : "  amount to be decided")  \(year)  \(name)")
    }
    public func todoUnknownDue(_ name: String, year: Int, due: CivilDate?, missingYear: Int?) -> String {
        let cal = missingYear.map { tr("没有 \($0) 年的工作日历", "no \($0) calendar") } ?? tr("没有工作日历", "no workday calendar")
        let d = due.map { "\($0)" } ?? "—"
        return tr("\(d) 应付  是否到期未知（\(cal)）  \(year)年度  \(name)", "\(d) due  unknown (\(cal))  \(year)  \(name)")
    }
    public func todoRevocationLine(_ name: String, years: [Int]) -> String {
        tr("\(years.map(String.init).joined(separator: "、"))年不合格  \(name)",
           "unqualified in \(years.map(String.init).joined(separator: " and "))  \(name)")
    }
    public var todoNoRules: String { tr("未载入政策或工作日历，待办无法计算。", "No policy or calendar loaded; the to-do list cannot be computed.") }
    public func todoAsOf(_ d: CivilDate) -> String { tr("截至 \(d)", "As of \(d)") }
}
