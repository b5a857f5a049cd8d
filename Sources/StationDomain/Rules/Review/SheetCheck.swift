/// Checks a score sheet against its form (SPEC "Default score sheets"): every key is a criterion
/// of the form, every score within 0…max, and — for submission — every criterion scored.
public enum SheetCheck {
    /// All problems of the sheet; `forSubmission` also requires every criterion to be scored.
    public static func check(_ sheet: ScoreSheet, form: ScoreForm, forSubmission: Bool) -> Decision {
        var reasons: [Refusal] = []
        let maxima = Dictionary(uniqueKeysWithValues: form.criteria.map { ($0.key, $0.max) })
        for key in sheet.scores.keys.sorted() {
            let value = sheet.scores[key]!
            guard let max = maxima[key] else { reasons.append(.criterionUnknown(key: key)); continue }
            if let problem = line(value, max: max, key: key, halfPoints: form.halfPoints) { reasons.append(problem) }
        }
        if forSubmission {
            for c in form.criteria where sheet.scores[c.key] == nil { reasons.append(.criterionNotScored(key: c.key)) }
        }
        return Decision(reasons)
    }

    /// The problem with one score typed for one criterion (outside 0…max, or a half point the
    /// form does not allow), nil when it is fine: what the sheet's line refuses as it is typed.
    public static func line(_ value: Score, max: Int, key: String, halfPoints: Bool) -> Refusal? {
        if value < 0 || value > Score(max) { return .criterionOutOfBounds(key: key, value: value, max: max) }
        if !halfPoints && !value.isWhole { return .halfPointsNotAllowed(key: key, value: value) }
        return nil
    }

    /// The sheet's total in the form's scale (raw points × scaleTo / raw maximum).
    public static func total(of sheet: ScoreSheet, form: ScoreForm) -> Points {
        total(of: sheet.scores, form: form)
    }

    /// The total of `scores` in the form's scale (keys the form lacks count for nothing).
    public static func total(of scores: [String: Score], form: ScoreForm) -> Points {
        let halves = form.criteria.reduce(0) { $0 + (scores[$1.key]?.halves ?? 0) }
        guard let scale = form.scaleTo, form.rawMaximum > 0 else { return Points(halves, over: 2) }
        return Points(halves * scale, over: 2 * form.rawMaximum)
    }
}
