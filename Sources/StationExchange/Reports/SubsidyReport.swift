import StationDomain

/// `report subsidies YEAR`: the subsidies of evaluation year YEAR with grade, cap, approved amount,
/// paid so far, due date and where payment stands (`SubsidyRule.status`: overdue with working
/// days late, due soon, paid...). Cost: O(subsidies × payments).
public enum SubsidyReport {
    public static func make(year: Int, from source: ReportSource) throws -> Report {
        let subsidies = source.subsidies.filter { $0.year == year }
            .sorted { (stationName($0, source), $0.id ?? 0) < (stationName($1, source), $1.id ?? 0) }
        var table = TextTable(headers: ["工作站", "等级", "补助上限", "核定金额", "已拨付", "应付日期", "状态"],
                              alignments: [.left, .left, .right, .right, .right, .left, .left])
        var csvRows: [[String]] = []
        var overdue = 0
        for s in subsidies {
            let payments = source.payments.filter { $0.subsidyId == s.id }
            let paid = payments.reduce(Fen.zero) { $0 + $1.amount }
            let policy = source.policies.inForce(on: s.decidedOn ?? source.today) ?? source.policy(forYear: year)
            var status = "—"
            if let policy {
                do {
                    let state = try SubsidyRule.status(s, payments: payments, on: source.today, calendar: source.calendar, policy: policy)
                    status = words(state)
                    if case .overdue = state { overdue += 1 }
                } catch { status = "无法计算：\(error)" }
            }
            let name = stationName(s, source)
            table.rows.append([name, ReportWords.grade(s.grade), s.cap.description, s.approved?.description ?? "—",
                               paid.description, s.dueOn?.description ?? "—", status])
            csvRows.append([name, s.grade.rawValue, ReportWords.plainYuan(s.cap), s.approved.map(ReportWords.plainYuan) ?? "",
                            ReportWords.plainYuan(paid), s.dueOn?.description ?? "", status])
        }
        var lines = ["# \(year)年度建设补助 (subsidies for \(year))", "",
                     "截至 (as of) \(source.today)：\(subsidies.count) 笔，逾期 (overdue) \(overdue) 笔", ""]
        lines += subsidies.isEmpty ? ["（\(year)年度没有补助记录 / no subsidies recorded for \(year)）"] : table.markdown()
        return Report(text: lines.joined(separator: "\n") + "\n",
                      table: TextTable(headers: ["station", "grade", "cap_yuan", "approved_yuan", "paid_yuan", "due_on", "status"],
                                       rows: csvRows, plainColumns: [2, 3, 4, 5]))
    }

    static func stationName(_ s: Subsidy, _ source: ReportSource) -> String {
        source.stations.first { $0.id == s.stationId }.map(ReportWords.stationName) ?? "#\(s.stationId)"
    }

    static func words(_ state: PaymentStatus) -> String {
        switch state {
        case .nothingToPay: return "无需拨付"
        case .notDecided: return "未确定考核结果"
        case .paid: return "已付清"
        case .pending(let due): return "待拨付（\(due)前）"
        case .dueSoon(_, let left): return "即将到期（剩\(left)个工作日）"
        case .overdue(_, let late): return "逾期\(late)个工作日"
        }
    }
}
