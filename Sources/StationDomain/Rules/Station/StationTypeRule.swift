/// Art. 2 and 7: partners are outside Liuzhou, and the station type follows the partners — a
/// university or institute makes a `university` station, a talent-service organisation or a park
/// an `organization` station. Every mismatch is reported.
public enum StationTypeRule {
    /// The type the partners make, when they agree on one.
    public static func type(for partners: [Partner]) -> StationType? {
        let types = Set(partners.map(\.kind.stationType))
        return types.count == 1 ? types.first : nil
    }

    public static func check(type: StationType, partners: [Partner]) -> Decision {
        var reasons: [Refusal] = []
        if partners.isEmpty { reasons.append(.noPartner) }
        for p in partners {
            if p.kind.stationType != type { reasons.append(.partnerTypeMismatch(partner: p.name, kind: p.kind, type: type)) }
            if PartnerLocation.isInLiuzhou(p.city) {
                reasons.append(.partnerInLiuzhou(partner: p.name))
            }
        }
        return Decision(reasons)
    }
}
