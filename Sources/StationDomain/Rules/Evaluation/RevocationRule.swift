/// Art. 10.4: 连续两年评估不合格的，撤销设站资格. Evaluation years of one station that are
/// unqualified in a run of consecutive calendar years; a year with no decided evaluation breaks
/// the run. O(n log n) in the evaluations.
public enum RevocationRule {
    /// The years of the most recent run of `policy.revocationConsecutiveUnqualifiedYears` (2)
    /// consecutive unqualified years, or nil when there is none (no revocation to propose).
    /// Only evaluations with a recorded grade count; an undecided year is a missing year.
    public static func proposal(evaluations: [Evaluation], policy: Policy) -> [Int]? {
        let needed = policy.revocationConsecutiveUnqualifiedYears
        let graded = Dictionary(evaluations.compactMap { e in e.grade.map { (e.year, $0) } },
                                uniquingKeysWith: { first, _ in first })
        var best: [Int]?
        var run: [Int] = []
        for year in graded.keys.sorted() {
            if graded[year] == .unqualified {
                if let last = run.last, last != year - 1 { run = [] }
                run.append(year)
                if run.count >= needed { best = Array(run.suffix(needed)) }
            } else {
                run = []
            }
        }
        return best
    }

    /// The station after the approver records the Bureau's revocation decision (Art. 10.4).
    public static func revoke(_ station: Station, on date: CivilDate, reference: String) -> Station {
        var s = station
        s.status = .revoked
        s.endedOn = date
        s.revocationReference = reference
        return s
    }
}
