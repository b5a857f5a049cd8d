/// Art. 10: opening a year's evaluations, a clerk's correction of the count, and the approver's
/// decision of the grade. The grade is never typed: it is `Grading`'s result for the count (the
/// correction when there is one) and the flags the approver confirms. Pure; each O(talents).
public enum EvaluationRule {
    /// The flags an evaluation opens with: "in name only" (有名无实) read from the station's
    /// staffing (no head, or fewer than the minimum staff with the head, Art. 4.2 / 10.4).
    public static func flags(for station: Station, policy: Policy) -> EvaluationFlags {
        EvaluationFlags(inNameOnly: !StaffingRule.staffing(head: station.head, staff: station.staff, policy: policy).isAllowed)
    }

    /// The records that opening evaluation year `year` creates: one for every station with an
    /// evaluation year ending in `year` (`EvaluationYears.due`) that has none yet, with its
    /// computed count (`TalentTally`) and its staffing flag. `stationPolicy` gives a station's
    /// policy (its period); `countingPolicy` is the policy governing `year`.
    public static func open(year: Int, stations: [Station], existing: [Evaluation], talents: [Talent],
                            periods: [StationPeriod] = [], stationPolicy: (Station) -> Policy?,
                            countingPolicy: Policy) -> [Evaluation] {
        let have = Set(existing.filter { $0.year == year }.map(\.stationId))
        var perStation: [Int64: [Talent]] = [:]
        for t in talents { if let s = t.stationId { perStation[s, default: []].append(t) } }
        return EvaluationYears.due(in: year, stations, periods: periods, policy: stationPolicy).compactMap { s, span in
            guard let id = s.id, !have.contains(id), let policy = stationPolicy(s) else { return nil }
            let tally = TalentTally.of(perStation[id] ?? [], station: s, year: span, stationPolicy: policy,
                                       countingPolicy: countingPolicy, periods: periods)
            return Evaluation(stationId: id, year: year, computedCount: tally.count, flags: flags(for: s, policy: policy))
        }
    }

    /// A clerk's correction of the count, with a reason (journalled beside the computed count).
    /// `nil` clears the correction. Refused when decided already, without a reason, or negative.
    public static func correct(_ evaluation: Evaluation, to count: Int?, reason: String) -> Result<Evaluation, Refused> {
        var e = evaluation
        e.correctedCount = count
        e.correctionReason = count == nil ? "" : reason
        var reasons: [Refusal] = []
        if let on = evaluation.decidedOn, evaluation.grade != nil { reasons.append(.alreadyDecided(on: on)) }
        reasons += Grading.checkCount(of: e).reasons
        return reasons.isEmpty ? .success(e) : .failure(Refused(reasons))
    }

    /// Every reason the approver may not decide `evaluation` on `date`: the year must be one of
    /// the station's evaluation years and over by `date`; no talent of the year may have an
    /// unclassified employer (`tally`); a reference is needed, and a third party's name; the
    /// count must be valid; a decided evaluation is not decided again (undo it instead).
    public static func checkDecision(_ evaluation: Evaluation, station: Station, stationPolicy: Policy,
                                     tally: TalentTally, evaluator: Evaluator,
                                     on date: CivilDate, reference: String, periods: [StationPeriod] = []) -> Decision {
        var reasons: [Refusal] = []
        if let on = evaluation.decidedOn, evaluation.grade != nil { reasons.append(.alreadyDecided(on: on)) }
        let years = EvaluationYears.of(station, policy: stationPolicy, periods: periods)
        if let span = years.first(where: { $0.year == evaluation.year }) {
            if date <= span.end { reasons.append(.evaluationYearNotOver(ends: span.end)) }
        } else {
            reasons.append(.notAnEvaluationYear(year: evaluation.year, years: years.map(\.description).joined(separator: "，")))
        }
        if !tally.unclassified.isEmpty {
            reasons.append(.unclassifiedEmployers(count: tally.unclassified.count, names: tally.unclassified.map(\.name)))
        }
        if reference.trimmingCharacters(in: " ").isEmpty { reasons.append(.decisionReferenceRequired) }
        if case .thirdParty(let name) = evaluator, name.trimmingCharacters(in: " ").isEmpty {
            reasons.append(.evaluatorNameRequired)
        }
        var counted = evaluation
        counted.computedCount = tally.count
        reasons += Grading.checkCount(of: counted).reasons
        return Decision(reasons)
    }

    /// The decided evaluation: the computed count refreshed from `tally`, the flags, evaluator,
    /// date and reference recorded, and the grade `Grading` gives under `decisionPolicy` (the
    /// policy in force on `date`). Throws every reason of `checkDecision`.
    public static func decide(_ evaluation: Evaluation, station: Station, stationPolicy: Policy, decisionPolicy: Policy,
                              tally: TalentTally, flags: EvaluationFlags, evaluator: Evaluator,
                              on date: CivilDate, reference: String, periods: [StationPeriod] = []) throws -> Evaluation {
        let decision = checkDecision(evaluation, station: station, stationPolicy: stationPolicy, tally: tally,
                                     evaluator: evaluator, on: date, reference: reference, periods: periods)
        guard decision.isAllowed else { throw Refused(decision.reasons) }
        var e = evaluation
        e.computedCount = tally.count
        e.flags = flags
        e.evaluator = evaluator
        e.decidedOn = date
        e.decisionReference = reference.trimmingCharacters(in: " ")
        e.grade = Grading.grade(of: e, policy: decisionPolicy)
        return e
    }
}
