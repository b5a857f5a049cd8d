import StationDomain

/// Everything a report reads, as plain records: reports are pure functions of this, so they are
/// tested with golden files and no store. `load(from:)` fills it from the store.
public struct ReportSource: Sendable {
    public var units: [StationDomain.Unit]
    public var partners: [Partner]
    public var stations: [Station]
    /// Every station's management periods (a renewal continues the station).
    public var periods: [StationPeriod]
    public var talents: [Talent]
    public var evaluations: [Evaluation]
    public var subsidies: [Subsidy]
    public var payments: [Payment]
    public var spending: [SpendingLine]
    public var clawbacks: [Clawback]
    public var rounds: [Round]
    public var applications: [Application]
    public var notices: [Notice]
    /// Approvers' recorded exceptions to Art. 5.4's limits; every report that lists stations or
    /// approvals lists them too (SPEC "Quota and limits").
    public var quotaExceptions: [QuotaException]
    public var policies: PolicyBook
    public var calendar: WorkdayCalendar
    /// Today in China Standard Time (the caller's clock; reports have none).
    public var today: CivilDate

    public init(units: [StationDomain.Unit] = [], partners: [Partner] = [], stations: [Station] = [], periods: [StationPeriod] = [],
                talents: [Talent] = [], evaluations: [Evaluation] = [], subsidies: [Subsidy] = [],
                payments: [Payment] = [], spending: [SpendingLine] = [], clawbacks: [Clawback] = [], rounds: [Round] = [], applications: [Application] = [],
                notices: [Notice] = [], quotaExceptions: [QuotaException] = [], policies: PolicyBook,
                calendar: WorkdayCalendar, today: CivilDate) {
        self.units = units; self.partners = partners; self.stations = stations; self.periods = periods; self.talents = talents
        self.evaluations = evaluations; self.subsidies = subsidies; self.payments = payments
        self.spending = spending; self.clawbacks = clawbacks
        self.rounds = rounds; self.applications = applications; self.notices = notices
        self.quotaExceptions = quotaExceptions
        self.policies = policies; self.calendar = calendar; self.today = today
    }

    func unit(_ id: Int64) -> StationDomain.Unit? { units.first { $0.id == id } }
    func partner(_ id: Int64) -> Partner? { partners.first { $0.id == id } }

    /// A station by its name or its number; a revoked station's name still finds it.
    func station(named key: String) -> Station? {
        stations.first { $0.name == key } ?? Int64(key).flatMap { id in stations.first { $0.id == id } }
    }

    /// The policy whose rules govern calendar year `year`: the one in force on its last day, else
    /// on any day of it (the latest such day). Nil when no policy covers the year.
    func policy(forYear year: Int) -> Policy? {
        policies.governing(year: year)
    }

    /// The policy a station's agreement was made under (it fixes the management period's length):
    /// the one in force on the agreement date, else the earliest policy.
    func policy(forStation s: Station) -> Policy? {
        policies.governing(agreementOn: s.agreementDate)
    }
}

/// Words shared by the reports.
enum ReportWords {
    /// The section every station or approval report ends with: each recorded quota exception
    /// (empty when there is none). `applicationIds`: only those of these applications (nil: all).
    /// `language`: nil keeps the older two-language heading of the reports not yet in one language.
    static func quotaExceptions(_ source: ReportSource, applicationIds: Set<Int64>? = nil,
                                language: ReportLanguage? = nil) -> [String] {
        let list = source.quotaExceptions.filter { e in applicationIds.map { $0.contains(e.applicationId) } ?? true }
        guard !list.isEmpty else { return [] }
        let en = language == .en
        var table = TextTable(headers: en ? ["Application", "Exception", "Reason", "Approver", "Date"] : ["申请", "例外", "理由", "审定人", "日期"])
        for e in list {
            let name = source.applications.first { $0.id == e.applicationId }?.proposedName ?? "#\(e.applicationId)"
            let kind = e.kind == .secondStationForUnit ? (en ? "second station of a unit" : "同一单位第二个工作站")
                                                       : (en ? "beyond the plan's cap" : "超出规划名额")
            table.rows.append([name, kind, e.reason, e.by, e.on.description])
        }
        let heading: String
        switch language {
        case nil: heading = "## 名额例外 (quota exceptions, Art. 5.4)"
        case .zh?: heading = "## 名额例外（第五条第四项）"
        case .en?: heading = "## Quota exceptions (Art. 5.4)"
        }
        return ["", heading, ""] + table.markdown()
    }

    static func type(_ t: StationType) -> String { t == .university ? "高校院所类" : "社会组织机构类" }

    static func grade(_ g: Grade?) -> String {
        switch g {
        case .a?: return "A"
        case .b?: return "B"
        case .c?: return "C"
        case .unqualified?: return "不合格"
        case nil: return "—"
        }
    }

    static func status(_ s: StationStatus) -> String {
        switch s {
        case .active: return "运行中"
        case .ended: return "已终止"
        case .revoked: return "已撤销"
        }
    }

    /// A station's name as it must be shown: a revoked station's name is marked (SPEC Art. 10).
    static func stationName(_ s: Station) -> String { s.status == .revoked ? "\(s.name)（已撤销）" : s.name }

    /// `2025年3月1日`, the form official texts use.
    static func chinese(_ d: CivilDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    /// Money for CSV: yuan with two decimals and no grouping (`100000.00`), which spreadsheets read as numbers.
    static func plainYuan(_ f: Fen) -> String {
        let cents = f.value.magnitude % 100
        return (f.value < 0 ? "-" : "") + String(f.value.magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }
}
