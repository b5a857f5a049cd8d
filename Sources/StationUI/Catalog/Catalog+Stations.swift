import StationDomain

/// The strings of the 工作站 stations area, and the station words the other areas share.
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// A station's name as it must be shown wherever it appears: a revoked or terminated one
    /// marked first, so the mark survives truncation (SPEC Art. 10; Art. 8).
    public func stationName(_ s: Station) -> String {
        switch s.status {
        case .revoked: return revokedMark + s.name
        case .ended: return endedMark + s.name
        case .active: return s.name
        }
    }
    public var revokedMark: String { tr("〔已撤销〕", "[revoked] ") }
    public var endedMark: String { tr("〔已终止〕", "[ended] ") }
    public func stationStatus(_ s: StationStatus) -> String {
        switch s {
        case .active: return tr("运行中", "active")
        case .ended: return tr("已终止", "ended")
        case .revoked: return tr("已撤销", "revoked")
        }
    }
    /// The status a station has in fact (Art. 8): an active station whose period is over is
    /// 期满终止 (or 期满续约 when a renewal was signed) although nobody has recorded it yet; the
    /// stored status when there is no outcome (no policy loaded). `short`: the list's narrow
    /// column (English only differs).
    public func stationStatus(_ s: Station, outcome: PeriodOutcome?, short: Bool = false) -> String {
        switch outcome {
        case .terminated?: return tr("期满终止", short ? "period over" : "ended (period over)")
        case .renewed?: return tr("期满续约", short ? "renewed" : "ended (renewed)")
        case .running?, .closed?, nil: return stationStatus(s.status)
        }
    }
    public func stationTypeShort(_ t: StationType) -> String {
        switch t { case .university: return tr("高校", "univ"); case .organization: return tr("社会", "org.") }
    }
    public func gradeText(_ g: Grade?) -> String {
        switch g {
        case .a?: return "A"
        case .b?: return "B"
        case .c?: return "C"
        case .unqualified?: return tr("不合格", "unqualified")
        case nil: return "—"
        }
    }
    public var columnType: String { tr("类型", "Type") }
    public var columnUnit: String { tr("设站单位", "Unit") }
    public var columnHead: String { tr("站长", "Head") }
    public var columnAgreement: String { tr("协议日期", "Agreement") }
    public var columnPeriodEnd: String { tr("管理期至", "Period end") }
    public var columnStatus: String { tr("状态", "Status") }
    /// Cells of the stations list's status column: the longest status word fits.
    public var statusColumnWidth: Int { language == .zh ? 8 : 11 }
    public var stationsEmpty: String { tr("还没有工作站。可用 stationdesk import stations 导入。", "No stations yet. stationdesk import stations adds them.") }
    public var unknownUnit: String { tr("（未知单位）", "(unknown unit)") }
    public var noPolicy: String { tr("（未载入政策）", "(no policy loaded)") }

    // record
    public var fieldPartners: String { tr("共建方", "Partners") }
    public var fieldStaff: String { tr("工作人员", "Staff") }
    public var fieldPeriod: String { tr("管理期", "Management period") }
    public var fieldEndedOn: String { tr("终止/撤销日期", "Ended on") }
    public var fieldRevocationReference: String { tr("撤销文号", "Revocation reference") }
    public var fieldPlaqueOn: String { tr("授牌日期", "Plaque on") }
    public var none: String { tr("无", "none") }
    public func periodEndsSoon(days: Int) -> String { tr("⚠ 管理期将在 \(days) 天内届满", "⚠ the management period ends within \(days) days") }
    public func periodEndsIn(_ days: Int) -> String { tr("还剩 \(days) 天", "\(days) days left") }
    public var sectionFilings: String { tr("人员变更备案", "Staff filings") }
    public var sectionActivities: String { tr("活动", "Activities") }
    public var sectionEvaluations: String { tr("年度评估", "Evaluations") }
    public var sectionTalentsPerYear: String { tr("每年引进的人才（全部类别）", "Talents introduced per year (every category)") }
    public func staffRole(_ r: StaffRole) -> String { r == .head ? tr("站长", "head") : tr("工作人员", "staff") }
    public func filingLine(_ f: StaffFiling) -> String {
        tr("\(f.filedOn)  \(staffRole(f.role))：\(f.oldPerson) → \(f.newPerson)  \(f.reason)",
           "\(f.filedOn)  \(staffRole(f.role)): \(f.oldPerson) → \(f.newPerson)  \(f.reason)")
    }
    public func activityLine(_ a: Activity) -> String {
        tr("\(a.on)  第\(a.duty)项职责  \(a.title)", "\(a.on)  duty \(a.duty)  \(a.title)")
    }
    public func evaluationLine(_ e: Evaluation, computed: Grade?) -> String {
        let recorded = gradeText(e.grade)
        return tr("\(e.year)年  G类以上 \(e.count) 名  应评 \(gradeText(computed))  已记录 \(recorded)  \(e.decisionReference)",
                  "\(e.year)  counted \(e.count)  due \(gradeText(computed))  recorded \(recorded)  \(e.decisionReference)")
    }
    public var nothingRecorded: String { tr("（无记录）", "(none recorded)") }
    public var keyScrollRecord: String { tr("滚动", "scroll") }
}
