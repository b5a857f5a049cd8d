/// 建设补助: one station, one evaluation year (Art. 11–13). Money in fen.
public struct Subsidy: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var year: Int
    public var grade: Grade
    public var cap: Fen
    /// The approver's amount (≤ cap); nil until recorded (待核定: still due, can be overdue).
    public var approved: Fen?
    /// The date the result was determined (考核结果确定); the 60-working-day clock starts after it.
    public var decidedOn: CivilDate?
    /// A due date kept from elsewhere; used only when `decidedOn` is unknown — otherwise the due
    /// date is always counted afresh (`SubsidyRule.due`), so adding a year's holidays corrects it.
    public var dueOn: CivilDate?

    public init(id: Int64? = nil, stationId: Int64, year: Int, grade: Grade, cap: Fen, approved: Fen? = nil,
                decidedOn: CivilDate? = nil, dueOn: CivilDate? = nil) {
        self.id = id; self.stationId = stationId; self.year = year; self.grade = grade; self.cap = cap
        self.approved = approved; self.decidedOn = decidedOn; self.dueOn = dueOn
    }
}

public struct Payment: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var subsidyId: Int64
    public var paidOn: CivilDate
    public var amount: Fen
    public var reference: String

    public init(id: Int64? = nil, subsidyId: Int64, paidOn: CivilDate, amount: Fen, reference: String = "") {
        self.id = id; self.subsidyId = subsidyId; self.paidOn = paidOn; self.amount = amount; self.reference = reference
    }
}

/// A spending line against a subsidy, tagged with an Art. 12 use.
public struct SpendingLine: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var subsidyId: Int64
    public var on: CivilDate
    public var use: FundUse
    public var amount: Fen
    public var note: String

    public init(id: Int64? = nil, subsidyId: Int64, on: CivilDate, use: FundUse, amount: Fen, note: String = "") {
        self.id = id; self.subsidyId = subsidyId; self.on = on; self.use = use; self.amount = amount; self.note = note
    }
}

/// Art. 12: 人员工资、技术推介、项目路演、交流联络协调、差旅费补贴等 — the list ends in 等, so
/// "other" is a sixth use, stated in the spending line's note (`SubsidyRule.checkSpending`).
public enum FundUse: String, Codable, CaseIterable, Sendable {
    case salaries
    case technologyPromotion = "technology_promotion"
    case roadshow
    case liaison
    case travel
    case other
}

/// Art. 13: an ordered return of misused or unspent funds.
public struct Clawback: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var subsidyId: Int64
    public var orderedOn: CivilDate
    public var amount: Fen
    public var reason: String

    public init(id: Int64? = nil, subsidyId: Int64, orderedOn: CivilDate, amount: Fen, reason: String) {
        self.id = id; self.subsidyId = subsidyId; self.orderedOn = orderedOn; self.amount = amount; self.reason = reason
    }
}
