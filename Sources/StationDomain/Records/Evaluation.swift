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

    public init(id: Int64? = nil, stationId: Int64, year: Int, computedCount: Int, correctedCount: Int? = nil,
                correctionReason: String = "", flags: EvaluationFlags = EvaluationFlags(), grade: Grade? = nil,
                decidedOn: CivilDate? = nil, decisionReference: String = "") {
        self.id = id; self.stationId = stationId; self.year = year; self.computedCount = computedCount
        self.correctedCount = correctedCount; self.correctionReason = correctionReason; self.flags = flags
        self.grade = grade; self.decidedOn = decidedOn; self.decisionReference = decisionReference
    }

    /// The count that grades: the correction when there is one.
    public var count: Int { correctedCount ?? computedCount }
}

/// Art. 10.4 unqualified situations that apply whatever the count.
public struct EvaluationFlags: Codable, Hashable, Sendable {
    /// 评估结果与设站标准差距较大
    public var farBelowStandard: Bool
    /// 不配合开展招引活动、需求征集
    public var didNotCooperate: Bool
    /// 有名无实，没有配备站长、工作人员
    public var inNameOnly: Bool

    public init(farBelowStandard: Bool = false, didNotCooperate: Bool = false, inNameOnly: Bool = false) {
        self.farBelowStandard = farBelowStandard; self.didNotCooperate = didNotCooperate; self.inNameOnly = inNameOnly
    }

    public var any: Bool { farBelowStandard || didNotCooperate || inNameOnly }
}

public enum Grade: String, Codable, CaseIterable, Sendable {
    case a = "A", b = "B", c = "C"
    case unqualified
}
