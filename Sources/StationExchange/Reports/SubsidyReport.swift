import StationDomain

/// `report subsidies YEAR`: the subsidy lines of the evaluation years ending in YEAR, each with
/// grade, cap, decided amount (待核定 when none yet — still due, and overdue like any other),
/// paid, spent, returned (Art. 13 责令退回) and balance (结余), the due date (60 working days after
/// the decision; marked provisional past the working-day table) and the state
/// (`SubsidyRule.standing`: 待核定, 待拨付, 部分拨付, 已拨付, 逾期, 已追回); then spending by use
/// (Art. 12) and the ordered returns with their reasons; the issuing office and date. One language.
/// Cost: O(subsidies × (payments + spending + clawbacks)).
public enum SubsidyReport {
    public static func make(year: Int, from source: ReportSource, language: ReportLanguage = .zh) throws -> Report {
        let w = MoneyWords(language: language)
        let zh = language == .zh
        let subsidies = source.subsidies.filter { $0.year == year }
            .sorted { (stationName($0, source, w), $0.id ?? 0) < (stationName($1, source, w), $1.id ?? 0) }
        var table = TextTable(headers: zh ? ["工作站", "等级", "补助上限", "核定金额", "已拨付", "已支出", "已退回", "结余", "应付日期", "状态"]
                                          : ["Station", "Grade", "Cap", "Amount", "Paid", "Spent", "Returned", "Balance", "Due", "State"],
                              alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .left, .left])
        var csv = TextTable(headers: ["station", "grade", "cap_yuan", "approved_yuan", "paid_yuan", "spent_yuan", "returned_yuan",
                                      "balance_yuan", "due_on", "due_provisional", "state"],
                            plainColumns: [2, 3, 4, 5, 6, 7, 8])
        var uses = TextTable(headers: zh ? ["工作站", "用途", "金额", "说明"] : ["Station", "Use", "Amount", "Note"],
                             alignments: [.left, .left, .right, .left])
        var returns = TextTable(headers: zh ? ["工作站", "日期", "金额", "理由"] : ["Station", "Date", "Amount", "Reason"],
                                alignments: [.left, .left, .right, .left])
        var overdue = 0
        var missingYears = Set<Int>()
        var totals = (paid: Fen.zero, spent: Fen.zero, returned: Fen.zero)
        for s in subsidies {
            let name = stationName(s, source, w)
            let spending = source.spending.filter { $0.subsidyId == s.id }
            var state = "—", due = "—", dueCSV = ("", "")
            var standing: SubsidyStanding?
            if let policy = source.policies.inForce(on: s.decidedOn ?? source.today) ?? source.policy(forYear: year) {
                do {
                    let st = try SubsidyRule.standing(s, payments: source.payments, spending: spending, clawbacks: source.clawbacks,
                                                      on: source.today, calendar: source.calendar, policy: policy)
                    standing = st
                    state = w.state(st)
                    due = w.due(st.due)
                    dueCSV = (st.due?.date.description ?? "", st.due?.provisional == true ? "yes" : "")
                    if st.state == .overdue { overdue += 1 }
                    if let d = st.due, d.provisional, let m = d.missingYear { missingYears.formUnion(m...max(m, d.date.year)) }
                } catch { state = (zh ? "无法计算：" : "cannot tell: ") + "\(error)" }
            }
            let paid = standing?.paid ?? .zero, spent = standing?.spent ?? .zero, returned = standing?.returned ?? .zero
            totals = (totals.paid + paid, totals.spent + spent, totals.returned + returned)
            let balance = paid - spent - returned
            table.rows.append([name, w.grade(s.grade), s.cap.description, s.approved?.description ?? w.toBeDecided,
                               paid.description, spent.description, returned.description, balance.description, due, state])
            csv.rows.append([name, s.grade.rawValue, ReportWords.plainYuan(s.cap), s.approved.map(ReportWords.plainYuan) ?? "",
                             ReportWords.plainYuan(paid), ReportWords.plainYuan(spent), ReportWords.plainYuan(returned),
                             ReportWords.plainYuan(balance), dueCSV.0, dueCSV.1, standing?.state.rawValue ?? ""])
            for (use, amount) in SubsidyRule.spendingByUse(spending).sorted(by: { FundUse.allCases.firstIndex(of: $0.key)! < FundUse.allCases.firstIndex(of: $1.key)! }) {
                let stated = use == .other ? spending.filter { $0.use == .other }.map(\.note).joined(separator: zh ? "；" : "; ") : ""
                uses.rows.append([name, w.use(use), amount.description, stated])
            }
            for c in source.clawbacks where c.subsidyId == s.id {
                returns.rows.append([name, c.orderedOn.description, c.amount.description, c.reason])
            }
        }
        var out = [zh ? "# \(year)年度建设补助" : "# Construction subsidies for the evaluation years ending in \(year)", ""]
        out.append(zh ? "截至 \(source.today)：\(subsidies.count) 笔，逾期 \(overdue) 笔；已拨付 \(totals.paid)，已支出 \(totals.spent)，已退回 \(totals.returned)，结余 \(totals.paid - totals.spent - totals.returned)"
                      : "As of \(source.today): \(subsidies.count) lines, \(overdue) overdue; paid \(totals.paid), spent \(totals.spent), returned \(totals.returned), balance \(totals.paid - totals.spent - totals.returned)")
        out.append(zh ? "第十一条：考核结果确定后60个工作日内发放；结余 = 已拨付 − 已支出 − 已退回。"
                      : "Art. 11: paid within 60 working days after the result is determined; balance = paid − spent − returned.")
        out.append("")
        if subsidies.isEmpty {
            out.append(zh ? "（\(year)年度没有补助记录）" : "(No subsidy recorded for \(year).)")
        } else {
            out += table.markdown()
            if !missingYears.isEmpty { out += ["", w.provisionalNote(missingYears.sorted())] }
            if !uses.rows.isEmpty { out += ["", zh ? "## 资金用途（第十二条）" : "## Use of funds (Art. 12)", ""] + uses.markdown() }
            if !returns.rows.isEmpty { out += ["", zh ? "## 责令退回（第十三条）" : "## Ordered returns (Art. 13)", ""] + returns.markdown() }
        }
        out += w.issued(on: source.today)
        return Report(text: out.joined(separator: "\n") + "\n", table: csv)
    }

    static func stationName(_ s: Subsidy, _ source: ReportSource, _ w: MoneyWords) -> String {
        source.stations.first { $0.id == s.stationId }.map(w.station) ?? "#\(s.stationId)"
    }
}
