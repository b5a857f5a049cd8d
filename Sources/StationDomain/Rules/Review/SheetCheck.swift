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
            if value < 0 || value > max { reasons.append(.criterionOutOfBounds(key: key, value: value, max: max)) }
        }
        if forSubmission {
            for c in form.criteria where sheet.scores[c.key] == nil { reasons.append(.criterionNotScored(key: c.key)) }
        }
        return Decision(reasons)
    }

    /// The sheet's total in the form's scale (raw points × scaleTo / raw maximum).
    public static func total(of sheet: ScoreSheet, form: ScoreForm) -> Points {
        let raw = form.criteria.reduce(0) { $0 + (sheet.scores[$1.key] ?? 0) }
        guard let scale = form.scaleTo, form.rawMaximum > 0 else { return Points(raw) }
        return Points(raw * scale, over: form.rawMaximum)
    }
}
