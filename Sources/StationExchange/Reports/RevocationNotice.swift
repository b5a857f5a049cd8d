import StationDomain

/// `report revocation STATION`: the two texts Art. 10.4 asks for once the Bureau revokes a station
/// (撤销的人才工作站经市科技局审议决定后，发文公布并函告建设方): the letter to the co-builders (函告)
/// and the public announcement (发文公布), one after the other, in one language, each with the
/// issuing office and the decision date. The years are the station's consecutive unqualified
/// evaluation years (`RevocationRule.unqualifiedRun`, over its evaluation years only). A station not
/// yet revoked but with such a run gets drafts marked as such; any other station is refused.
public enum RevocationNotice {
    public enum Text: String, CaseIterable, Sendable { case letter, announcement }

    public static func make(station key: String, from source: ReportSource, language: ReportLanguage = .zh,
                            texts: [Text] = Text.allCases) throws -> Report {
        let facts = try Facts(station: key, source: source, language: language)
        var parts: [[String]] = []
        for t in texts { parts.append(t == .letter ? letter(facts) : announcement(facts)) }
        return Report(text: parts.map { $0.joined(separator: "\n") }.joined(separator: "\n\n---\n\n") + "\n")
    }

    struct Facts {
        let w: MoneyWords
        let station: Station
        let unit: String
        let partners: [String]
        let years: [String]
        let decided: Bool
        let date: CivilDate
        let reference: String

        init(station key: String, source: ReportSource, language: ReportLanguage) throws {
            let w = MoneyWords(language: language)
            let zh = language == .zh
            guard let station = source.station(named: key), let stationId = station.id else { throw ReportError.unknownStation(key) }
            guard let policy = source.policy(forStation: station) ?? source.policies.policies.last else {
                throw ReportError.notRevocable(station: station.name, reason: zh ? "没有可依据的政策" : "no policy loaded")
            }
            let evaluations = source.evaluations.filter { $0.stationId == stationId }
            guard let run = RevocationRule.unqualifiedRun(evaluations: evaluations, station: station, policy: policy,
                                                          periods: source.periods) else {
                let n = policy.revocationConsecutiveUnqualifiedYears
                throw ReportError.notRevocable(station: station.name,
                    reason: zh ? "没有连续\(n)个评估年度不合格的记录" : "no \(n) consecutive unqualified evaluation years recorded")
            }
            let spans = EvaluationYears.of(station, policy: policy, periods: source.periods)
            self.w = w
            self.station = station
            unit = source.unit(station.unitId)?.name ?? "#\(station.unitId)"
            partners = station.partnerIds.map { source.partner($0)?.name ?? "#\($0)" }
            years = run.map { y in
                let span = spans.first { $0.year == y }.map { zh ? "（\(w.date($0.start))至\(w.date($0.end))）" : " (\($0.start) to \($0.end))" } ?? ""
                return (zh ? "\(y)年度" : "the evaluation year ending in \(y)") + span
            }
            decided = station.status == .revoked
            date = decided ? (station.endedOn ?? source.today) : source.today
            reference = station.revocationReference
        }

        var zh: Bool { w.language == .zh }
        var draft: [String] {
            decided ? [] : [zh ? "> 草稿：尚未记录撤销决定" : "> DRAFT: the revocation decision has not been recorded", ""]
        }
        var builders: String { (partners + [unit]).joined(separator: zh ? "、" : ", ") }
        var yearList: String { years.joined(separator: zh ? "、" : " and ") }
        var decision: String {
            zh ? "经市科技局审议决定" + (reference.isEmpty ? "" : "（\(reference)）")
               : "the Bureau has decided" + (reference.isEmpty ? "" : " (\(reference))")
        }
        var signature: [String] { ["", w.office, w.date(date)] }
    }

    /// 函告建设方: the letter to the co-builders.
    static func letter(_ f: Facts) -> [String] {
        let s = f.station
        if f.zh {
            return f.draft + [
                "# 关于撤销“\(s.name)”设站资格的函",
                "",
                f.builders + "：",
                "",
                "　　由\(f.unit)与\(f.partners.joined(separator: "、"))共建的“\(s.name)”（\(f.w.type(s.type))，合作协议签订日期"
                    + "\(f.w.date(s.agreementDate))），在\(f.yearList)评估中连续\(f.years.count)年评估不合格。",
                "",
                "　　根据《柳州市人才工作站管理暂行办法（修订）》第十条第四项“连续两年评估不合格的，撤销设站资格、终止合作”的规定，"
                    + "\(f.decision)，撤销“\(s.name)”设站资格，终止合作。",
                "",
                "　　自本函发出之日起，各建设方不得再以“人才工作站”名义从事任何活动。",
                "",
                "　　特此函告。",
            ] + f.signature
        }
        return f.draft + [
            "# Letter on the revocation of “\(s.name)”",
            "",
            "To \(f.builders):",
            "",
            "“\(s.name)”, built by \(f.unit) with \(f.partners.joined(separator: ", ")) (\(f.w.type(s.type)) station, agreement signed "
                + "\(f.w.date(s.agreementDate))), was evaluated unqualified in \(f.years.count) consecutive evaluation years: \(f.yearList).",
            "",
            "Under Art. 10.4 of the Liuzhou Talent Workstation Measures (revised) — a station evaluated unqualified in two consecutive years "
                + "loses its qualification and the cooperation ends — \(f.decision) to revoke the qualification of “\(s.name)” and end the cooperation.",
            "",
            "From the date of this letter no co-builder may carry on any activity in the name of a “talent workstation”.",
        ] + f.signature
    }

    /// 发文公布: the public announcement.
    static func announcement(_ f: Facts) -> [String] {
        let s = f.station
        if f.zh {
            return f.draft + [
                "# 关于撤销“\(s.name)”设站资格的公告",
                "",
                "　　“\(s.name)”（设站单位：\(f.unit)；共建方：\(f.partners.joined(separator: "、"))）在\(f.yearList)评估中连续"
                    + "\(f.years.count)年评估不合格。根据《柳州市人才工作站管理暂行办法（修订）》第十条第四项的规定，\(f.decision)，"
                    + "撤销其设站资格，终止合作。",
                "",
                "　　自本公告发布之日起，该工作站各建设方不得再以“人才工作站”名义从事任何活动。",
                "",
                "　　特此公告。",
            ] + f.signature
        }
        return f.draft + [
            "# Announcement: the qualification of “\(s.name)” is revoked",
            "",
            "“\(s.name)” (lead unit: \(f.unit); co-builders: \(f.partners.joined(separator: ", "))) was evaluated unqualified in "
                + "\(f.years.count) consecutive evaluation years: \(f.yearList). Under Art. 10.4 of the Liuzhou Talent Workstation Measures "
                + "(revised), \(f.decision) to revoke its qualification and end the cooperation.",
            "",
            "From the date of this announcement no co-builder of the station may carry on any activity in the name of a “talent workstation”.",
        ] + f.signature
    }
}
