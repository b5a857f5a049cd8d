import StationDomain

/// `report roster`: every station with its type, unit, partners, head, management period and
/// status in fact: an active station past its period is 期满终止 (or 期满续约), and one
/// ending within the policy's 90 days says so
/// (`PeriodOutcome`, `ManagementPeriod.endsWithin`). Cost: O(stations²) for
/// finding renewals, fine for the handful a city has. Written in one language (`language`).
public enum RosterReport {
    public static func make(from source: ReportSource, language: ReportLanguage = .zh) -> Report {
        let w = MoneyWords(language: language), tr = w.tr
        var table = TextTable(headers: tr("工作站|类型|设站单位|共建方|站长|管理期|状态", "Station|Type|Unit|Partners|Head|Period|Status")
            .split(separator: "|").map(String.init))
        let stations = source.stations.sorted { ($0.agreementDate, $0.name) < ($1.agreementDate, $1.name) }
        for s in stations {
            let unit = source.unit(s.unitId)?.name ?? "#\(s.unitId)"
            let partners = s.partnerIds.map { source.partner($0)?.name ?? "#\($0)" }.joined(separator: tr("；", "; "))
            var period = "—"
            var status = language == .zh ? ReportWords.status(s.status) : s.status.rawValue
            if let policy = source.policy(forStation: s) {
                period = ManagementPeriod(station: s, policy: policy).description
                switch PeriodOutcome.of(s, on: source.today, among: source.stations, policy: policy) {
                // The status in fact (Art. 8 自动终止), whatever is stored.
                case .terminated(let end): status = tr("期满终止（管理期已于\(end)届满，未续约）", "ended with its period (\(end), not renewed)")
                case .renewed(_, let end): status = tr("期满续约（管理期已于\(end)届满，已续约）", "renewed (the period ended \(end))")
                case .running(let end):
                    // SPEC: stations whose period ends within 90 days (policy.practice) are listed.
                    let within = policy.practice.periodEndingWithinDays
                    if ManagementPeriod(station: s, policy: policy).endsWithin(days: within, of: source.today) {
                        status += tr("（管理期将于\(end)届满，\(source.today.days(to: end))天后）",
                                     " (the period ends \(end), in \(source.today.days(to: end)) days)")
                    }
                case .closed: break
                }
            }
            if let ended = s.endedOn, s.status != .active { status += " \(ended)" }
            table.rows.append([language == .zh ? ReportWords.stationName(s) : w.station(s), w.type(s.type), unit, partners, s.head, period, status])
        }
        var lines = [tr("# 工作站名册", "# Station roster"), "",
                     tr("截至 \(source.today)，共 \(stations.count) 个工作站", "As of \(source.today): \(stations.count) stations"), ""]
        lines += stations.isEmpty ? [tr("（没有工作站）", "(no stations)")] : table.markdown()
        lines += ReportWords.quotaExceptions(source, language: language)
        return Report(text: lines.joined(separator: "\n") + "\n",
                      table: TextTable(headers: ["station", "type", "unit", "partners", "head", "period", "status"],
                                       rows: table.rows, plainColumns: [5]))
    }
}
