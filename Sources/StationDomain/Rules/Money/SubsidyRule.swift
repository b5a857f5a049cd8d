/// Art. 11–13: the subsidy a graded evaluation year earns, the approver's amount, the due date,
/// payments, spending and ordered returns. Money in integer fen. O(1) except the ledger sums.
public enum SubsidyRule {
    /// The cap for evaluation year `year` graded `grade`: the Art. 11 amount when `year` names one
    /// of the station's evaluation years (`EvaluationYears`, so at most two per two-year period),
    /// else refused. `policy` is the station's own (it cuts the years) and gives the caps.
    public static func cap(grade: Grade, year: Int, station: Station, policy: Policy,
                           periods: [StationPeriod] = []) -> Result<Fen, Refused> {
        let years = EvaluationYears.of(station, policy: policy, periods: periods)
        guard years.contains(where: { $0.year == year }) else {
            return .failure(Refused([.notAnEvaluationYear(year: year, years: years.map(\.description).joined(separator: "，"))]))
        }
        return .success(policy.subsidyCap(for: grade))
    }

    /// The subsidy line a decided evaluation creates (Art. 11 管理期内任意年度考核结果为A/B/C级):
    /// the cap of its grade under `decisionPolicy` (in force on the decision date), no amount yet
    /// (待核定), the decision date from which the 60 working days run. Refused for an undecided or
    /// unqualified evaluation and for a year that is not one of the station's evaluation years.
    public static func line(for evaluation: Evaluation, station: Station, stationPolicy: Policy,
                            decisionPolicy: Policy, periods: [StationPeriod] = []) -> Result<Subsidy, Refused> {
        guard let grade = evaluation.grade, let decided = evaluation.decidedOn else {
            return .failure(Refused([.notDecided(year: evaluation.year)]))
        }
        guard grade != .unqualified else { return .failure(Refused([.noSubsidyForGrade(grade)])) }
        return cap(grade: grade, year: evaluation.year, station: station, policy: stationPolicy, periods: periods).map { _ in
            Subsidy(stationId: evaluation.stationId, year: evaluation.year, grade: grade,
                    cap: decisionPolicy.subsidyCap(for: grade), decidedOn: decided)
        }
    }

    /// The approver's amount must be 0 … cap.
    public static func checkAmount(_ amount: Fen, cap: Fen) -> Decision {
        var reasons: [Refusal] = []
        if amount < .zero { reasons.append(.amountNegative(amount)) }
        if amount > cap { reasons.append(.amountAboveCap(amount: amount, cap: cap)) }
        return Decision(reasons)
    }

    /// Recording or changing the amount of `subsidy`: 0 … cap, and not below what was paid already.
    public static func checkAmount(_ amount: Fen, for subsidy: Subsidy, payments: [Payment]) -> Decision {
        let paid = total(payments.filter { $0.subsidyId == subsidy.id }.map(\.amount))
        var decision = checkAmount(amount, cap: subsidy.cap)
        if amount >= .zero && amount < paid { decision.reasons.append(.amountBelowPaid(amount: amount, paid: paid)) }
        return decision
    }

    /// Due date: the 60th working day after the decision date (the decision day not counted,
    /// Civil Code Art. 201). Strict: throws when the calendar does not cover the span.
    public static func dueDate(decidedOn: CivilDate, calendar: WorkdayCalendar, policy: Policy) throws -> CivilDate {
        try calendar.date(addingWorkdays: policy.paymentWorkingDays, to: decidedOn)
    }

    /// The due date of `subsidy`, counted from its decision date past the table if need be
    /// (`provisionalDate`: marked provisional until that year's holidays are added); the stored
    /// `dueOn` only when the decision date is unknown. Nil when neither is known.
    public static func due(of subsidy: Subsidy, calendar: WorkdayCalendar, policy: Policy) throws -> ProvisionalDate? {
        if let decided = subsidy.decidedOn {
            return try calendar.provisionalDate(addingWorkdays: policy.paymentWorkingDays, to: decided)
        }
        return subsidy.dueOn.map { ProvisionalDate(date: $0) }
    }

    /// Art. 11: a payment needs a decided amount (not 待核定), is more than zero, is not dated
    /// before the decision, and the payments together never exceed the amount.
    public static func checkPayment(_ payment: Payment, subsidy: Subsidy, payments: [Payment]) -> Decision {
        var reasons: [Refusal] = []
        if payment.amount <= .zero { reasons.append(.amountNotPositive(payment.amount)) }
        if let decided = subsidy.decidedOn, payment.paidOn < decided {
            reasons.append(.dateBeforeDecision(date: payment.paidOn, decidedOn: decided))
        }
        guard let approved = subsidy.approved else { return Decision(reasons + [.amountNotDecided]) }
        let others = total(payments.filter { $0.subsidyId == subsidy.id && ($0.id == nil || $0.id != payment.id) }.map(\.amount))
        if payment.amount > .zero && others + payment.amount > approved {
            reasons.append(.paymentAboveAmount(paid: others + payment.amount, amount: approved))
        }
        return Decision(reasons)
    }

    /// Art. 12: a spending line is more than zero, an "other" use is stated in its note (…等: the
    /// list is open), and spending together never exceeds what was paid.
    public static func checkSpending(_ line: SpendingLine, payments: [Payment], spending: [SpendingLine]) -> Decision {
        var reasons: [Refusal] = []
        if line.amount <= .zero { reasons.append(.amountNotPositive(line.amount)) }
        if line.use == .other && line.note.trimmingCharacters(in: " ").isEmpty { reasons.append(.otherUseNotStated) }
        let paid = total(payments.filter { $0.subsidyId == line.subsidyId }.map(\.amount))
        let others = total(spending.filter { $0.subsidyId == line.subsidyId && ($0.id == nil || $0.id != line.id) }.map(\.amount))
        if line.amount > .zero && others + line.amount > paid {
            reasons.append(.spendingAbovePaid(spent: others + line.amount, paid: paid))
        }
        return Decision(reasons)
    }

    /// Art. 13: an ordered return may not exceed what was paid.
    public static func checkClawback(_ amount: Fen, payments: [Payment]) -> Decision {
        let paid = total(payments.map(\.amount))
        var reasons: [Refusal] = []
        if amount < .zero { reasons.append(.amountNegative(amount)) }
        if amount > paid { reasons.append(.clawbackAbovePaid(clawback: amount, paid: paid)) }
        return Decision(reasons)
    }

    /// Art. 13 (责令退回): more than zero, with a reason, and ordered returns together never more
    /// than what was paid.
    public static func checkClawback(_ clawback: Clawback, payments: [Payment], clawbacks: [Clawback]) -> Decision {
        var reasons: [Refusal] = []
        if clawback.amount <= .zero { reasons.append(.amountNotPositive(clawback.amount)) }
        if clawback.reason.trimmingCharacters(in: " ").isEmpty { reasons.append(.clawbackReasonRequired) }
        let others = total(clawbacks.filter { $0.subsidyId == clawback.subsidyId && ($0.id == nil || $0.id != clawback.id) }.map(\.amount))
        if clawback.amount > .zero {
            reasons += checkClawback(others + clawback.amount,
                                     payments: payments.filter { $0.subsidyId == clawback.subsidyId }).reasons
        }
        return Decision(reasons)
    }

    /// Art. 12: spending per use (salaries, promotion, roadshows, liaison, travel, other).
    public static func spendingByUse(_ lines: [SpendingLine]) -> [FundUse: Fen] {
        lines.reduce(into: [:]) { $0[$1.use, default: .zero] = $0[$1.use, default: .zero] + $1.amount }
    }

    /// Where `subsidy` stands on `today`: its state for the 补助 lists, when payment is due, and
    /// the ledger (paid, spent, returned, balance). A line with no amount yet is 待核定 and is due
    /// and can be overdue like any other (never "nothing to pay"). `policy`: the one in force on
    /// the decision date (its 60 working days and 10-day reminder). Throws only for a date before
    /// the working-day table.
    public static func standing(_ subsidy: Subsidy, payments: [Payment], spending: [SpendingLine] = [],
                                clawbacks: [Clawback] = [], on today: CivilDate, calendar: WorkdayCalendar,
                                policy: Policy) throws -> SubsidyStanding {
        let mine = { (id: Int64) in id == subsidy.id }
        var s = SubsidyStanding(paid: total(payments.filter { mine($0.subsidyId) }.map(\.amount)),
                                spent: total(spending.filter { mine($0.subsidyId) }.map(\.amount)),
                                returned: total(clawbacks.filter { mine($0.subsidyId) }.map(\.amount)))
        s.due = try due(of: subsidy, calendar: calendar, policy: policy)
        let owing: Bool
        if subsidy.cap <= .zero || subsidy.approved == .zero {
            s.state = .nothingToPay; owing = false
        } else if let approved = subsidy.approved {
            owing = s.paid < approved
            s.state = !owing ? .paid : (s.paid > .zero ? .partlyPaid : .awaitingPayment)
        } else {
            s.state = .toBeDecided; owing = true
        }
        if owing, let due = s.due {
            if today > due.date {
                let late = try calendar.provisionalWorkdays(after: due.date, through: today)
                s.timing = .overdue(workingDaysLate: late.count, provisional: due.provisional || late.provisional)
                s.state = .overdue
            } else {
                let left = try calendar.provisionalWorkdays(after: today, through: due.date)
                s.timing = left.count <= policy.practice.subsidyDueWithinWorkingDays
                    ? .dueSoon(workingDaysLeft: left.count, provisional: due.provisional || left.provisional)
                    : .pending
            }
        }
        if s.returned > .zero { s.state = .returned }
        return s
    }

    static func total(_ amounts: [Fen]) -> Fen { amounts.reduce(Fen.zero, +) }
}

/// A subsidy's position on one day (`SubsidyRule.standing`).
public struct SubsidyStanding: Hashable, Sendable {
    /// The 补助 area's states (issue 14): 待核定, 待拨付, 部分拨付, 已拨付, 逾期, 已追回; and
    /// "nothing to pay" for an amount decided as zero. Overdue wins over the payment states, an
    /// ordered return over everything.
    public enum State: String, CaseIterable, Sendable {
        case toBeDecided, awaitingPayment, partlyPaid, paid, overdue, returned, nothingToPay
    }

    /// When payment is due, for a line still owing money.
    public enum Timing: Hashable, Sendable {
        case pending
        /// Due within the policy's working days (以内 includes the number; 0 = today).
        case dueSoon(workingDaysLeft: Int, provisional: Bool)
        case overdue(workingDaysLate: Int, provisional: Bool)
    }

    public var state: State = .toBeDecided
    public var timing: Timing?
    public var due: ProvisionalDate?
    public var paid: Fen
    public var spent: Fen
    public var returned: Fen

    public init(state: State = .toBeDecided, timing: Timing? = nil, due: ProvisionalDate? = nil,
                paid: Fen = .zero, spent: Fen = .zero, returned: Fen = .zero) {
        self.state = state; self.timing = timing; self.due = due; self.paid = paid; self.spent = spent; self.returned = returned
    }

    /// 结余: what the station still holds of the subsidy (paid, less spent, less returned).
    public var balance: Fen { paid - spent - returned }
}
