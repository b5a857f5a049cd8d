import StationDomain

/// `report annual YEAR`: every station whose management period reaches into YEAR, with its type,
/// the count of category-G-or-above talents credited to it and introduced that year
/// (`TalentCount`), the grade that count gives (`Grading`), the recorded grade if any, and the
/// subsidy cap (`SubsidyRule.cap`, of the recorded grade when there is one), then the grade
/// distribution as a bar chart (`TextChart`). Cost: O(stations × talents).
public enum AnnualReport {
    public static func make(year: Int, from source: ReportSource) throws -> Report {
        guard let policy = source.policy(forYear: year) else { throw ReportError.noPolicy(year: year) }
        let stations = ActiveStations.inYear(year, source.stations) { s in
            source.policy(forStation: s).map { ManagementPeriod(station: s, policy: $0) }
        }
        var table = TextTable(headers: ["工作站", "类型", "G类以上人才", "按人数应评", "已记录等级", "补助上限"],
                              alignments: [.left, .left, .right, .left, .left, .right])
        var counts: [Grade: Int] = [:]
        var total = 0
        for s in stations {
            let count = TalentCount.count(source.talents, stationId: s.id ?? -1, year: year, policy: policy)
            total += count
            let evaluation = source.evaluations.first { $0.stationId == s.id && $0.year == year }
            let computed = Grading.grade(count: count, flags: evaluation?.flags ?? EvaluationFlags(),
                                         policy: policy)
            let recorded = evaluation?.grade
            let effective = recorded ?? computed
            counts[effective, default: 0] += 1
            let cap: String
            switch SubsidyRule.cap(grade: effective, year: year, station: s, policy: policy) {
            case .success(let fen): cap = fen.description
            case .failure: cap = "管理期外"
            }
            table.rows.append([ReportWords.stationName(s), ReportWords.type(s.type), String(count),
                               ReportWords.grade(computed), ReportWords.grade(recorded), cap])
        }
        var lines: [String] = []
        lines.append("# \(year)年度工作站评估汇总 (annual summary \(year))")
        lines.append("")
        lines.append("依据 (policy)：\(policy.title)，第\(policy.version)版，有效期 \(policy.validFrom) 至 \(policy.validUntil)")
        let t = policy.gradeThresholds
        lines.append("等级标准 (grades)：A ≥ \(t.a)，B ≥ \(t.b)，C ≥ \(t.c) 名\(policy.countedFromCategory.rawValue)类以上人才（含本数），不足 \(t.c) 名或有第十条第四项情形为不合格")
        if !policy.isInForce(on: source.today) {
            lines.append("注意 (note)：该政策已于 \(policy.validUntil) 到期 (this policy expired \(policy.validUntil))")
        }
        lines.append("")
        if stations.isEmpty {
            lines.append("（\(year)年没有处于管理期内的工作站 / no station was within its management period in \(year)）")
        } else {
            lines += table.markdown()
            lines.append("")
            lines.append("合计 (total)：\(stations.count) 个工作站，\(total) 名\(policy.countedFromCategory.rawValue)类以上人才")
            lines.append("")
            lines.append("## 等级分布 (grade distribution)")
            lines.append("")
            lines += TextChart().bars(Grade.allCases.map { TextChart.Bar(ReportWords.grade($0), counts[$0, default: 0]) })
        }
        lines += ReportWords.quotaExceptions(source)
        return Report(text: lines.joined(separator: "\n") + "\n", table: csvTable(table))
    }

    /// The CSV version: plain column names and numbers a spreadsheet can sum.
    private static func csvTable(_ t: TextTable) -> TextTable {
        TextTable(headers: ["station", "type", "count", "computed_grade", "recorded_grade", "cap_yuan"],
                  rows: t.rows.map { r in
                      [r[0], r[1], r[2], r[3], r[4] == "—" ? "" : r[4],
                       Fen(yuanText: r[5]).map(ReportWords.plainYuan) ?? r[5]]
                  }, plainColumns: [2, 5])
    }
}
