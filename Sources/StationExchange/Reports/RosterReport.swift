import StationDomain

/// `report roster`: every station with its type, unit, partners, head, management period and
/// status in fact: an active station past its period is 期满终止 (or 期满续约), and one
/// ending within the policy's 90 days says so
/// (`PeriodOutcome`, `ManagementPeriod.endsWithin`). Cost: O(stations²) for
/// finding renewals, fine for the handful a city has.
public enum RosterReport {
    public static func make(from source: ReportSource) -> Report {
        var table = TextTable(headers: ["工作站", "类型", "设站单位", "共建方", "站长", "管理期", "状态"])
        let stations = source.stations.sorted { ($0.agreementDate, $0.name) < ($1.agreementDate, $1.name) }
        for s in stations {
            let unit = source.unit(s.unitId)?.name ?? "#\(s.unitId)"
            let partners = s.partnerIds.map { source.partner($0)?.name ?? "#\($0)" }.joined(separator: "；")
            var period = "—"
            var status = ReportWords.status(s.status)
            if let policy = source.policy(forStation: s) {
                period = ManagementPeriod(station: s, policy: policy).description
                switch PeriodOutcome.of(s, on: source.today, among: source.stations, policy: policy) {
                // The status in fact (Art. 8 自动终止), whatever is stored.
                case .terminated(let end): status = "期满终止（管理期已于\(end)届满，未续约）"
                case .renewed(_, let end): status = "期满续约（管理期已于\(end)届满，已续约）"
                case .running(let end):
                    // SPEC: stations whose period ends within 90 days (policy.practice) are listed.
                    let within = policy.practice.periodEndingWithinDays
                    if ManagementPeriod(station: s, policy: policy).endsWithin(days: within, of: source.today) {
                        status += "（管理期将于\(end)届满，\(source.today.days(to: end))天后）"
                    }
                case .closed: break
                }
            }
            if let ended = s.endedOn, s.status != .active { status += " \(ended)" }
            table.rows.append([ReportWords.stationName(s), ReportWords.type(s.type), unit, partners, s.head, period, status])
        }
        var lines = ["# 工作站名册 (station roster)", "", "截至 (as of) \(source.today)，共 \(stations.count) 个工作站", ""]
        lines += stations.isEmpty ? ["（没有工作站 / no stations）"] : table.markdown()
        lines += ReportWords.quotaExceptions(source)
        return Report(text: lines.joined(separator: "\n") + "\n",
                      table: TextTable(headers: ["station", "type", "unit", "partners", "head", "period", "status"],
                                       rows: table.rows, plainColumns: [5]))
    }
}
