/// Art. 5.5 (工作站原则上每年评选一次，由市科技局牵头启动实施): one selection round a year, opened
/// by the Bureau, with at least one place. A second round in a year needs a written reason
/// ("in principle"). O(rounds).
public enum RoundRule {
    public static func check(_ round: Round, existing: [Round], reasonForSecond: String = "") -> Decision {
        var reasons: [Refusal] = []
        if round.places < 1 { reasons.append(.roundPlaces(round.places)) }
        let sameYear = existing.filter { $0.year == round.year && ($0.id == nil || $0.id != round.id) }
        if !sameYear.isEmpty && reasonForSecond.trimmingCharacters(in: " ").isEmpty {
            reasons.append(.secondRoundInYear(round.year))
        }
        return Decision(reasons)
    }
}
