/// Art. 11–13: the subsidy a graded year earns, the approver's amount, the due date, and the
/// ledger checks. Money in integer fen. O(1) except the ledger sums.
public enum SubsidyRule {
    /// The cap for `year` graded `grade`: the Art. 11 amount when the year lies inside the
    /// station's management period (any day of it), else refused.
    public static func cap(grade: Grade, year: Int, station: Station, policy: Policy) -> Result<Fen, Refused> {
        let period = ManagementPeriod(station: station, policy: policy)
        guard period.overlaps(year: year) else {
            return .failure(Refused([.yearOutsideManagementPeriod(year: year, period: period.description)]))
        }
        return .success(policy.subsidyCap(for: grade))
    }

    /// The approver's amount must be 0 … cap.
    public static func checkAmount(_ amount: Fen, cap: Fen) -> Decision {
        var reasons: [Refusal] = []
        if amount < .zero { reasons.append(.amountNegative(amount)) }
        if amount > cap { reasons.append(.amountAboveCap(amount: amount, cap: cap)) }
        return Decision(reasons)
    }

    /// Due date: the 60th working day after the decision date (the decision day not counted,
    /// Civil Code Art. 201). Throws when the calendar does not cover the span.
    public static func dueDate(decidedOn: CivilDate, calendar: WorkdayCalendar, policy: Policy) throws -> CivilDate {
        try calendar.date(addingWorkdays: policy.paymentWorkingDays, to: decidedOn)
    }

    /// The subsidy record for a decided evaluation, or the reasons it earns none.
    public static func subsidy(for evaluation: Evaluation, station: Station, calendar: WorkdayCalendar,
                               policy: Policy) throws -> Subsidy {
        let grade = evaluation.grade ?? Grading.grade(of: evaluation, policy: policy)
        let cap = try SubsidyRule.cap(grade: grade, year: evaluation.year, station: station, policy: policy).get()
        let due = try evaluation.decidedOn.map { try dueDate(decidedOn: $0, calendar: calendar, policy: policy) }
        return Subsidy(stationId: evaluation.stationId, year: evaluation.year, grade: grade, cap: cap,
                       decidedOn: evaluation.decidedOn, dueOn: due)
    }

    /// Where a subsidy's payment stands on `today`.
    public static func status(_ subsidy: Subsidy, payments: [Payment], on today: CivilDate,
                              calendar: WorkdayCalendar, policy: Policy) throws -> PaymentStatus {
        let paid = payments.filter { $0.subsidyId == subsidy.id }.reduce(Fen.zero) { $0 + $1.amount }
        guard let approved = subsidy.approved, approved > .zero else { return .nothingToPay }
        if paid >= approved { return .paid }
        guard let due = subsidy.dueOn else { return .notDecided }
        if today > due { return .overdue(due: due, workingDaysLate: try calendar.workdays(after: due, through: today)) }
        let left = try calendar.workdays(after: today, through: due)
        return left <= policy.practice.subsidyDueWithinWorkingDays ? .dueSoon(due: due, workingDaysLeft: left) : .pending(due: due)
    }

    /// Art. 13: an ordered return may not exceed what was paid.
    public static func checkClawback(_ amount: Fen, payments: [Payment]) -> Decision {
        let paid = payments.reduce(Fen.zero) { $0 + $1.amount }
        var reasons: [Refusal] = []
        if amount < .zero { reasons.append(.amountNegative(amount)) }
        if amount > paid { reasons.append(.clawbackAbovePaid(clawback: amount, paid: paid)) }
        return Decision(reasons)
    }

    /// Art. 12: spending per use (salaries, promotion, roadshows, liaison, travel).
    public static func spendingByUse(_ lines: [SpendingLine]) -> [FundUse: Fen] {
        lines.reduce(into: [:]) { $0[$1.use, default: .zero] = $0[$1.use, default: .zero] + $1.amount }
    }
}

public enum PaymentStatus: Hashable, Sendable {
    case nothingToPay
    case notDecided
    case paid
    case pending(due: CivilDate)
    case dueSoon(due: CivilDate, workingDaysLeft: Int)
    case overdue(due: CivilDate, workingDaysLate: Int)
}
