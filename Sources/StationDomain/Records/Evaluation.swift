/// 年度评估/评价: one station, one year (Art. 10).
public struct Evaluation: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var year: Int
    /// Count of category-G-or-above talents introduced in the year, computed from talent records.
    public var computedCount: Int
    /// A clerk's correction of the count, only with a reason.
    public var correctedCount: Int?
    public var correctionReason: String
    public var flags: EvaluationFlags
    /// The recorded grade, once decided.
    public var grade: Grade?
    public var decidedOn: CivilDate?
    public var decisionReference: String
    /// Who evaluated (Art. 10: 由市科技局组织或委托第三方机构组织).
    public var evaluator: Evaluator

    /// `year` is the calendar year the evaluation year ends in (`EvaluationYear.year`).
    public init(id: Int64? = nil, stationId: Int64, year: Int, computedCount: Int, correctedCount: Int? = nil,
                correctionReason: String = "", flags: EvaluationFlags = EvaluationFlags(), grade: Grade? = nil,
                decidedOn: CivilDate? = nil, decisionReference: String = "", evaluator: Evaluator = .bureau) {
        self.id = id; self.stationId = stationId; self.year = year; self.computedCount = computedCount
        self.correctedCount = correctedCount; self.correctionReason = correctionReason; self.flags = flags
        self.grade = grade; self.decidedOn = decidedOn; self.decisionReference = decisionReference
        self.evaluator = evaluator
    }

    /// The count that grades: the correction when there is one.
    public var count: Int { correctedCount ?? computedCount }
}

/// Who carried out an annual evaluation (Art. 10): the Bureau itself, or the third-party agency
/// it entrusted, by name.
public enum Evaluator: Codable, Hashable, Sendable {
    case bureau
    case thirdParty(String)
}

/// Art. 10.4 unqualified situations that apply whatever the count. The Measures' list is open
/// (不合格情形包含但不限于): besides the three named situations an approver may record another
/// ground in words (`otherGround`; blank = none).
public struct EvaluationFlags: Codable, Hashable, Sendable {
    /// 评估结果与设站标准差距较大
    public var farBelowStandard: Bool
    /// 不配合开展招引活动、需求征集
    public var didNotCooperate: Bool
    /// 有名无实，没有配备站长、工作人员 (read from the station's staffing: `EvaluationRule.flags(for:policy:)`)
    public var inNameOnly: Bool
    /// Another ground, in the approver's words.
    public var otherGround: String

    public init(farBelowStandard: Bool = false, didNotCooperate: Bool = false, inNameOnly: Bool = false,
                otherGround: String = "") {
        self.farBelowStandard = farBelowStandard; self.didNotCooperate = didNotCooperate; self.inNameOnly = inNameOnly
        self.otherGround = otherGround
    }

    /// Whether another ground is stated (blank text is none).
    public var hasOtherGround: Bool { !otherGround.trimmingCharacters(in: " ").isEmpty }

    public var any: Bool { farBelowStandard || didNotCooperate || inNameOnly || hasOtherGround }
}

public enum Grade: String, Codable, CaseIterable, Sendable {
    case a = "A", b = "B", c = "C"
    case unqualified
}
