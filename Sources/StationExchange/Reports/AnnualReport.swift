import StationDomain

/// `report annual YEAR`: the evaluation years ending in YEAR (`YearEvaluations`, the same lines
/// the 年度评估 screen shows — revoked and ended stations leave the years after their end), each
/// with its span, the category-G-or-above talents brought to enterprises (`TalentTally`), those
/// with an unclassified employer (the year cannot be decided while there are any), the grade the
/// count gives, the decided grade and its date, and the cap; then any corrections of a count
/// (beside the computed count, with the reason), the grade distribution, the quota exceptions,
/// and the issuing office and date. One language. Cost: O(talents + stations × evaluations).
public enum AnnualReport {
    public static func make(year: Int, from source: ReportSource, language: ReportLanguage = .zh) throws -> Report {
        guard let policy = source.policy(forYear: year) else { throw ReportError.noPolicy(year: year) }
        let w = MoneyWords(language: language)
        let zh = language == .zh
        let lines = YearEvaluations.lines(year: year, stations: source.stations, talents: source.talents,
                                          evaluations: source.evaluations, periods: source.periods,
                                          stationPolicy: source.policy(forStation:),
                                          yearPolicy: policy)
        let from = policy.countedFromCategory.rawValue
        var table = TextTable(headers: zh ? ["工作站", "类型", "评估年度", "计入人数", "未分类", "应评等级", "已评定", "评定日期", "补助上限"]
                                          : ["Station", "Type", "Evaluation year", "Counted", "Unclassified", "Due grade", "Decided", "Decided on", "Cap"],
                              alignments: [.left, .left, .left, .right, .right, .left, .left, .left, .right])
        var csv = TextTable(headers: ["station", "type", "year_start", "year_end", "count", "computed_count", "unclassified",
                                      "computed_grade", "recorded_grade", "decided_on", "cap_yuan"],
                            plainColumns: [2, 3, 4, 5, 6, 9, 10])
        var counts: [Grade: Int] = [:]
        var total = 0
        for line in lines {
            total += line.count
            if let g = line.recorded ?? line.computed { counts[g, default: 0] += 1 }
            let count = line.evaluation?.correctedCount != nil ? "\(line.count)*" : String(line.count)
            table.rows.append([w.station(line.station), w.type(line.station.type), w.span(line.span), count,
                               String(line.tally.unclassified.count), w.grade(line.computed), w.grade(line.recorded),
                               line.evaluation?.decidedOn?.description ?? "—", line.cap?.description ?? "—"])
            csv.rows.append([w.station(line.station), line.station.type.rawValue, line.span.start.description, line.span.end.description,
                             String(line.count), String(line.computedCount), String(line.tally.unclassified.count),
                             line.computed?.rawValue ?? "", line.recorded?.rawValue ?? "",
                             line.evaluation?.decidedOn?.description ?? "", line.cap.map(ReportWords.plainYuan) ?? ""])
        }
        var out: [String] = []
        out.append(zh ? "# \(year)年度工作站评估汇总" : "# Annual evaluations ending in \(year)")
        out.append("")
        out.append(zh ? "依据：\(policy.title)，第\(policy.version)版，有效期 \(policy.validFrom) 至 \(policy.validUntil)"
                      : "Policy: \(policy.id), version \(policy.version), in force \(policy.validFrom) to \(policy.validUntil)")
        out.append(yearsRule(policy, year: year, zh: zh))
        let t = policy.gradeThresholds
        out.append(zh ? "等级标准：为在柳企业引进\(from)类以上人才 A ≥ \(t.a)，B ≥ \(t.b)，C ≥ \(t.c) 名（含本数）；不足 \(t.c) 名或有第十条第四项不合格情形的为不合格。事业单位等其他用人单位的人才不计入；用人单位未分类的，须先分类方可评定。"
                      : "Grades: talents of category \(from) or above brought to Liuzhou enterprises, A ≥ \(t.a), B ≥ \(t.b), C ≥ \(t.c) (the number included); fewer than \(t.c), or any Art. 10.4 ground, is unqualified. Talents of institutions and other employers do not count; a year with any unclassified employer cannot be decided until they are classified.")
        if !policy.isInForce(on: source.today) {
            out.append(zh ? "注意：该政策已于 \(policy.validUntil) 到期" : "Note: this policy expired on \(policy.validUntil)")
        }
        out.append("")
        if lines.isEmpty {
            out.append(zh ? "（没有在\(year)年内结束的评估年度）" : "(No evaluation year ends in \(year).)")
        } else {
            out += table.markdown()
            out.append("")
            out.append(zh ? "合计：\(lines.count) 个工作站，\(total) 名\(from)类以上人才" : "Total: \(lines.count) stations, \(total) talents of category \(from) or above")
            let corrected = lines.filter { $0.evaluation?.correctedCount != nil }
            if !corrected.isEmpty {
                out.append("")
                out.append(zh ? "\\* 经办人更正的人数（计算值与理由）：" : "\\* Counts corrected by a clerk (computed count and reason):")
                for l in corrected {
                    let e = l.evaluation!
                    out.append(zh ? "- \(w.station(l.station))：计算 \(l.computedCount) 名，更正为 \(l.count) 名；理由：\(e.correctionReason)"
                                  : "- \(w.station(l.station)): computed \(l.computedCount), corrected to \(l.count); reason: \(e.correctionReason)")
                }
            }
            let blocked = lines.filter(\.blocked)
            if !blocked.isEmpty {
                out.append("")
                out.append(zh ? "尚不能评定（有用人单位未分类的人才）：" : "Cannot be decided yet (talents with an unclassified employer):")
                for l in blocked {
                    let names = l.tally.unclassified.map(\.name).joined(separator: zh ? "、" : ", ")
                    out.append("- \(w.station(l.station))\(zh ? "：" : ": ")\(names)")
                }
            }
            out.append("")
            out.append(zh ? "## 等级分布" : "## Grade distribution")
            out.append("")
            out += TextChart().bars(Grade.allCases.map { TextChart.Bar(w.grade($0), counts[$0, default: 0]) })
        }
        out += ReportWords.quotaExceptions(source, language: language)
        out += w.issued(on: source.today)
        return Report(text: out.joined(separator: "\n") + "\n", table: csv)
    }

    static func yearsRule(_ policy: Policy, year: Int, zh: Bool) -> String {
        switch policy.evaluationYearMode {
        case .management:
            return zh ? "评估年度：按管理期计，自协议签订日起每满一年为一个评估年度，两年管理期共两个；本表列出在\(year)年内结束的评估年度。"
                      : "Evaluation years: by management period — a year from the agreement date, then the next (two in a two-year period); listed here are those ending in \(year)."
        case .calendar:
            return zh ? "评估年度：按自然年计，只评估在管理期内不少于\(EvaluationYears.calendarMinimumDays)天的年度（两年管理期至多两个）；本表列出\(year)年度。"
                      : "Evaluation years: calendar years with at least \(EvaluationYears.calendarMinimumDays) days inside the management period (at most two in a two-year period); listed here is \(year)."
        }
    }
}
