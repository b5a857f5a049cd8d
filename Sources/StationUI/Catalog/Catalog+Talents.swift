import StationDomain

/// The strings of the 人才 talents area (kept apart from Catalog.swift so areas merge cleanly).
extension Catalog {
    private func tr(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var tabTalentList: String { tr("名单", "List") }
    public var tabTalentChart: String { tr("各站每年引进", "Per station per year") }
    public var keySwitchTalentView: String { tr("名单/图表", "list/chart") }
    public var columnTalentName: String { tr("姓名", "Name") }
    public var columnCategory: String { tr("类别", "Cat.") }
    public var columnEmployer: String { tr("用人单位", "Employer") }
    public var columnIntroducedOn: String { tr("引进日期", "Introduced") }
    public var columnStation: String { tr("工作站", "Station") }
    public var fieldEmployerUnit: String { tr("登记的设站单位", "Registered unit") }
    public var fieldIDNumber: String { tr("身份证号（已遮盖）", "ID number (masked)") }
    public var fieldNote: String { tr("备注/证明材料", "Note / evidence") }
    public var talentRecordHeading: String { tr("人才记录", "Talent record") }
    public var noCategory: String { tr("无", "none") }
    public var noStation: String { tr("—", "—") }
    public var notRecorded: String { tr("未登记", "not recorded") }
    public var talentGone: String { tr("这条人才记录已被删除。", "This talent record was deleted.") }
    public var talentsEmpty: String { tr("还没有人才记录。可用 stationdesk import talents 导入。", "No talent records yet. stationdesk import talents adds them.") }
    public func categoryText(_ c: TalentCategory?) -> String { c.map { $0.rawValue + tr("类", "") } ?? noCategory }
    /// An employer kind as a word; nil is 未分类 (unclassified).
    public func employerKind(_ k: EmployerKind?) -> String {
        switch k {
        case .enterprise?: return tr("企业", "enterprise")
        case .institution?: return tr("事业单位", "institution")
        case .other?: return tr("其他", "other")
        case nil: return unclassified
        }
    }
    public var unclassified: String { tr("未分类", "unclassified") }

    /// The chart's heading: which talents, which years.
    public func perStationChartHeading(from: String, years: ClosedRange<Int>) -> String {
        tr("各工作站每年引进的\(from)类以上人才（\(years.lowerBound)–\(years.upperBound)年，每格一年）",
           "Cat. \(from)+ introduced per station per year, \(years.lowerBound)–\(years.upperBound)")
    }
    public var allTalentsChartHeading: String {
        tr("各工作站每年引进的人才（未载入政策，计全部类别）", "Talents introduced per station per year (no policy loaded: every category)")
    }
    public var totalsPerYearHeading: String { tr("全部工作站合计，每年：", "All stations together, per year:") }
    public func yearLabel(_ y: Int) -> String { tr("\(y)年", "\(y)") }
    public var chartEmpty: String { tr("没有可画的数据。", "Nothing to chart.") }
}
