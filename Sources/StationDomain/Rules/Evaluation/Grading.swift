/// Art. 10.3–10.4 and 11: the annual grade and the subsidy cap it earns.
///
/// A ≥ 30, B ≥ 20, C ≥ 10 category-G-or-above talents (以上 includes the number, so exactly 30
/// is A); fewer than C's threshold is unqualified; and unqualified whatever the count when
/// flagged (far below standard, did not cooperate, in name only). O(1).
public enum Grading {
    public static func grade(count: Int, flags: EvaluationFlags, policy: Policy) -> Grade {
        if flags.any { return .unqualified }
        let t = policy.gradeThresholds
        if count >= t.a { return .a }
        if count >= t.b { return .b }
        if count >= t.c { return .c }
        return .unqualified
    }

    public static func grade(of evaluation: Evaluation, policy: Policy) -> Grade {
        grade(count: evaluation.count, flags: evaluation.flags, policy: policy)
    }

    /// The count is computed from talent records; a clerk's correction needs a reason (SPEC
    /// "Annual evaluation"), and no count may be negative.
    public static func checkCount(of evaluation: Evaluation) -> Decision {
        var reasons: [Refusal] = []
        if evaluation.computedCount < 0 { reasons.append(.countNegative(evaluation.computedCount)) }
        if let c = evaluation.correctedCount {
            if c < 0 { reasons.append(.countNegative(c)) }
            if evaluation.correctionReason.trimmingCharacters(in: " ").isEmpty { reasons.append(.correctionReasonRequired) }
        }
        return Decision(reasons)
    }

    /// Art. 11 cap for the grade (10万/8万/5万 yuan; nothing for unqualified), in fen.
    public static func subsidyCap(for grade: Grade, policy: Policy) -> Fen { policy.subsidyCap(for: grade) }
}
