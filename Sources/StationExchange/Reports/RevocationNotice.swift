import StationDomain

/// `report revocation STATION`: the letter telling the co-builders that a station's qualification
/// is revoked (Art. 10.4: 撤销的人才工作站…发文公布并函告建设方). The years come from
/// `RevocationRule.proposal` (two consecutive unqualified evaluation years). A station not yet
/// revoked but with such a run gets a draft marked as such; any other station is refused.
public enum RevocationNotice {
    public static func make(station key: String, from source: ReportSource) throws -> Report {
        guard let station = source.station(named: key), let stationId = station.id else {
            throw ReportError.unknownStation(key)
        }
        let evaluations = source.evaluations.filter { $0.stationId == stationId }
        guard let policy = source.policy(forStation: station) ?? source.policies.policies.last else {
            throw ReportError.notRevocable(station: station.name, reason: "没有可依据的政策 (no policy loaded)")
        }
        guard let years = RevocationRule.proposal(evaluations: evaluations, policy: policy) else {
            throw ReportError.notRevocable(station: station.name,
                reason: "没有连续\(policy.revocationConsecutiveUnqualifiedYears)个年度评估不合格的记录 (no \(policy.revocationConsecutiveUnqualifiedYears) consecutive unqualified evaluation years recorded)")
        }
        let unit = source.unit(station.unitId)?.name ?? "#\(station.unitId)"
        let partners = station.partnerIds.map { source.partner($0)?.name ?? "#\($0)" }
        let yearWords = years.map { "\($0)年度" }.joined(separator: "、")
        let decided = station.status == .revoked
        let date = decided ? (station.endedOn ?? source.today) : source.today
        let reference = station.revocationReference.isEmpty ? "" : "（\(station.revocationReference)）"

        var lines: [String] = []
        if !decided {
            lines += ["> 草稿：尚未记录撤销决定 (DRAFT: the revocation decision has not been recorded)", ""]
        }
        lines += [
            "# 关于撤销“\(station.name)”设站资格的函",
            "",
            (partners + [unit]).joined(separator: "、") + "：",
            "",
            "　　由\(unit)与\(partners.joined(separator: "、"))共建的“\(station.name)”（\(ReportWords.type(station.type))，合作协议签订日期"
                + "\(ReportWords.chinese(station.agreementDate))），在\(yearWords)评估中连续\(years.count)年评估不合格。",
            "",
            "　　根据《柳州市人才工作站管理暂行办法（修订）》第十条第四项“连续两年评估不合格的，撤销设站资格、终止合作”的规定，"
                + "经市科技局审议决定\(reference)，撤销“\(station.name)”设站资格，终止合作。",
            "",
            "　　自本函发出之日起，各建设方不得再以“人才工作站”名义从事任何活动。",
            "",
            "　　特此函告。",
            "",
            "柳州市科学技术局",
            ReportWords.chinese(date),
        ]
        return Report(text: lines.joined(separator: "\n") + "\n")
    }
}
