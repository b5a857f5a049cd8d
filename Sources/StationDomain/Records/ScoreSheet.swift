/// A reviewer's score sheet for an application (expert review) or an evaluation (annual review),
/// bound to the form version it was started with.
public struct ScoreSheet: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var subject: ScoreSubject
    public var subjectId: Int64
    /// Login name of the reviewer it is assigned to.
    public var reviewer: String
    public var formId: String
    public var formVersion: Int
    /// Points per criterion key of the form; a missing key is not yet scored.
    public var scores: [String: Int]
    public var comment: String
    /// nil while a draft; the date it was submitted.
    public var submittedOn: CivilDate?

    public init(id: Int64? = nil, subject: ScoreSubject, subjectId: Int64, reviewer: String, formId: String,
                formVersion: Int, scores: [String: Int] = [:], comment: String = "", submittedOn: CivilDate? = nil) {
        self.id = id; self.subject = subject; self.subjectId = subjectId; self.reviewer = reviewer
        self.formId = formId; self.formVersion = formVersion; self.scores = scores; self.comment = comment
        self.submittedOn = submittedOn
    }

    public var total: Int { scores.values.reduce(0, +) }
}

public enum ScoreSubject: String, Codable, CaseIterable, Sendable {
    case application
    case evaluation
}

/// A reviewer's declared tie to a unit or partner (conflict of interest).
public struct ReviewerTie: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var reviewer: String
    public var unitId: Int64?
    public var partnerId: Int64?
    public var note: String

    public init(id: Int64? = nil, reviewer: String, unitId: Int64? = nil, partnerId: Int64? = nil, note: String = "") {
        self.id = id; self.reviewer = reviewer; self.unitId = unitId; self.partnerId = partnerId; self.note = note
    }
}
