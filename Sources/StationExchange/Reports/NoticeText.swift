import StationDomain

/// `report notice ROUND`: the public notice (公示) of a round's approved list (Art. 5.3), with its
/// first and last day. The days come from the round's stored notice when there is one, else from
/// `publishedOn` through `NoticePeriod` (5 working days on the workday calendar). Lists the
/// applications the leading group approved (group_approved and every later state but rejected
/// and withdrawn). Cost: O(applications).
public enum NoticeText {
    static let approvedStates: Set<ApplicationState> = [.groupApproved, .inNotice, .objection, .agreementSigned]

    /// `round`: the round's year (e.g. 2025) or its number.
    public static func make(round key: String, publishedOn: CivilDate?, from source: ReportSource) throws -> Report {
        guard let number = Int(key),
              let round = source.rounds.first(where: { $0.year == number }) ?? source.rounds.first(where: { $0.id == Int64(number) }),
              let roundId = round.id else { throw ReportError.unknownRound(key) }
        let approved = source.applications.filter { $0.roundId == roundId && approvedStates.contains($0.state) }
            .sorted { ($0.proposedName, $0.id ?? 0) < ($1.proposedName, $1.id ?? 0) }
        guard !approved.isEmpty else { throw ReportError.noApprovedApplications(round: round.year) }

        let period: (first: CivilDate, last: CivilDate, published: CivilDate)
        let days: Int
        if let publishedOn {
            let policy = try source.policies.judging(on: publishedOn)
            days = policy.noticeWorkingDays
            do {
                let p = try NoticePeriod(publishedOn: publishedOn, calendar: source.calendar, policy: policy)
                period = (p.firstDay, p.lastDay, p.publishedOn)
            } catch { throw ReportError.calendar("\(error)") }
        } else if let stored = source.notices.filter({ $0.roundId == roundId }).max(by: { $0.publishedOn < $1.publishedOn }) {
            period = (stored.firstDay, stored.lastDay, stored.publishedOn)
            days = try source.calendar.workdays(after: stored.firstDay.adding(days: -1), through: stored.lastDay)
        } else {
            throw ReportError.noNoticeDate(round: round.year)
        }

        var table = TextTable(headers: ["序号", "拟设工作站名称", "设站单位", "共建方", "类型", "站长人选"],
                              alignments: [.right, .left, .left, .left, .left, .left])
        for (i, a) in approved.enumerated() {
            table.rows.append([String(i + 1), a.proposedName, source.unit(a.unitId)?.name ?? "#\(a.unitId)",
                               a.partnerIds.map { source.partner($0)?.name ?? "#\($0)" }.joined(separator: "；"),
                               ReportWords.type(a.type), a.proposedHead])
        }
        let first = ReportWords.chinese(period.first), last = ReportWords.chinese(period.last)
        var lines = [
            "# 关于\(round.year)年度柳州市人才工作站拟设站名单的公示",
            "",
            "根据《柳州市人才工作站管理暂行办法（修订）》第五条规定，经第三方机构组织专家评审、市科技局审定、"
                + "市委人才工作领导小组会议审定同意，现将\(round.year)年度拟设立的\(approved.count)家柳州市人才工作站名单予以公示。",
            "",
        ]
        lines += table.markdown()
        lines += [
            "",
            "公示期：\(first)至\(last)（\(days)个工作日）。",
            "",
            "公示期间，如对公示对象有异议，请以书面形式向市科技局反映，并提供必要的证明材料。"
                + "以单位名义反映的应加盖单位公章，以个人名义反映的应署真实姓名和联系方式。",
            "",
            "柳州市科学技术局",
            ReportWords.chinese(period.published),
        ]
        return Report(text: lines.joined(separator: "\n") + "\n",
                      table: TextTable(headers: ["no", "station", "unit", "partners", "type", "head"], rows: table.rows))
    }
}
