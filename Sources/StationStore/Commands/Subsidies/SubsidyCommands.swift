import GRDB
import StationDomain

extension CommandContext {
    /// The stored subsidy `id` and its station's name (the journal's subject).
    func subsidy(_ id: Int64) throws -> (subsidy: Subsidy, subject: String) {
        let s = try existing(Subsidy.self, id)
        let station = try record(Station.self, id: s.stationId)?.name ?? "#\(s.stationId)"
        return (s, "\(station) \(s.year)")
    }
}

/// 核定金额 (approver): the amount of a subsidy line in yuan and fen, kept as integer fen: 0 … the
/// grade's cap (Art. 11 不超过), and not below what was paid already. Outcome: the line.
public struct SetSubsidyAmount: StoreCommand {
    public static let permission = Permission.subsidyAmounts
    public var original: Subsidy
    public var amount: Fen

    public init(_ original: Subsidy, amount: Fen) { self.original = original; self.amount = amount }
    public var name: String { "subsidy-amount" }

    public func perform(_ tx: CommandContext) throws -> Subsidy {
        guard let id = original.id else { throw StoreError.notFound(table: Subsidy.tableSpec.name, id: -1) }
        tx.subject = try tx.subsidy(id).subject
        try tx.require(SubsidyRule.checkAmount(amount, for: original,
                                               payments: try tx.records(Payment.self, where: "subsidy_id = ?", [id])))
        var s = original
        s.approved = amount
        return try tx.update(s, replacing: original)
    }
}

/// 拨付 (approver): one payment of a subsidy — date (not after today, not before the decision),
/// amount, reference. Several are allowed; together never more than the decided amount, and none
/// while the amount is 待核定. Outcome: the payment.
public struct RecordPayment: StoreCommand {
    public static let permission = Permission.payments
    public var payment: Payment
    public var today: CivilDate

    public init(_ payment: Payment, today: CivilDate) { self.payment = payment; self.today = today }
    public var name: String { "subsidy-payment" }

    public func perform(_ tx: CommandContext) throws -> Payment {
        let (subsidy, subject) = try tx.subsidy(payment.subsidyId)
        tx.subject = subject
        var reasons = payment.paidOn > today ? [Refusal.dateInFuture(payment.paidOn)] : []
        reasons += SubsidyRule.checkPayment(payment, subsidy: subsidy,
                                            payments: try tx.records(Payment.self, where: "subsidy_id = ?", [payment.subsidyId])).reasons
        try tx.require(Decision(reasons))
        return try tx.insert(payment)
    }
}

/// 支出 (clerk): a spending line against a subsidy, tagged with an Art. 12 use — the five named
/// or "other" stated in words (…等); spending together never more than what was paid. Outcome: the line.
public struct RecordSpending: StoreCommand {
    public static let permission = Permission.spending
    public var line: SpendingLine
    public var today: CivilDate

    public init(_ line: SpendingLine, today: CivilDate) { self.line = line; self.today = today }
    public var name: String { "subsidy-spending" }

    public func perform(_ tx: CommandContext) throws -> SpendingLine {
        tx.subject = try tx.subsidy(line.subsidyId).subject
        var reasons = line.on > today ? [Refusal.dateInFuture(line.on)] : []
        reasons += SubsidyRule.checkSpending(line, payments: try tx.records(Payment.self, where: "subsidy_id = ?", [line.subsidyId]),
                                             spending: try tx.records(SpendingLine.self, where: "subsidy_id = ?", [line.subsidyId])).reasons
        try tx.require(Decision(reasons))
        return try tx.insert(line)
    }
}

/// 责令退回 (approver, Art. 13): an ordered return — amount, reason, date; ordered returns together
/// never more than what was paid. Outcome: the return.
public struct OrderReturn: StoreCommand {
    public static let permission = Permission.clawbacks
    public var clawback: Clawback
    public var today: CivilDate

    public init(_ clawback: Clawback, today: CivilDate) { self.clawback = clawback; self.today = today }
    public var name: String { "subsidy-return" }

    public func perform(_ tx: CommandContext) throws -> Clawback {
        tx.subject = try tx.subsidy(clawback.subsidyId).subject
        var reasons = clawback.orderedOn > today ? [Refusal.dateInFuture(clawback.orderedOn)] : []
        reasons += SubsidyRule.checkClawback(clawback,
                                             payments: try tx.records(Payment.self, where: "subsidy_id = ?", [clawback.subsidyId]),
                                             clawbacks: try tx.records(Clawback.self, where: "subsidy_id = ?", [clawback.subsidyId])).reasons
        try tx.require(Decision(reasons))
        return try tx.insert(clawback)
    }
}
