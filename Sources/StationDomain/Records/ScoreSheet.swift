/// A reviewer's score sheet for an application (expert review) or an evaluation (annual review),
/// bound to the form version it was started with. The record holds what was submitted; what a
/// reviewer has typed and not yet submitted is a `SheetDraft`, which only they see.
public struct ScoreSheet: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var subject: ScoreSubject
    public var subjectId: Int64
    /// Login name of the reviewer it is assigned to.
    public var reviewer: String
    public var formId: String
    public var formVersion: Int
    /// Points per criterion key of the form; a missing key is not yet scored.
    public var scores: [String: Score]
    /// An optional comment per criterion key.
    public var notes: [String: String]
    /// The comment on the whole sheet.
    public var comment: String
    /// nil while not submitted; the date it was submitted.
    public var submittedOn: CivilDate?
    /// When the sheet is due; nil when no deadline was set.
    public var deadline: CivilDate?
    /// Why a clerk reopened it after submission (empty when never reopened), for the reviewer.
    public var reopenReason: String
    /// Set when the sheet was taken out of the review (the assignment withdrawn): it then counts
    /// in no aggregate and stays in the history.
    public var withdrawnOn: CivilDate?
    public var withdrawnReason: String

    public init(id: Int64? = nil, subject: ScoreSubject, subjectId: Int64, reviewer: String, formId: String,
                formVersion: Int, scores: [String: Score] = [:], notes: [String: String] = [:], comment: String = "",
                submittedOn: CivilDate? = nil, deadline: CivilDate? = nil, reopenReason: String = "",
                withdrawnOn: CivilDate? = nil, withdrawnReason: String = "") {
        self.id = id; self.subject = subject; self.subjectId = subjectId; self.reviewer = reviewer
        self.formId = formId; self.formVersion = formVersion; self.scores = scores; self.notes = notes
        self.comment = comment; self.submittedOn = submittedOn; self.deadline = deadline
        self.reopenReason = reopenReason; self.withdrawnOn = withdrawnOn; self.withdrawnReason = withdrawnReason
    }

    /// Raw points scored so far (half points exact).
    public var total: Points { scores.values.reduce(Points(0)) { $0 + $1.points } }

    /// Where the sheet stands for its reviewer; `hasDraft`: they have saved input not yet submitted.
    public func state(hasDraft: Bool) -> SheetState {
        if withdrawnOn != nil { return .withdrawn }
        if submittedOn != nil { return .submitted }
        if hasDraft || !reopenReason.isEmpty { return .draft }
        return .new
    }
}

/// A sheet's standing as its reviewer's list shows it.
public enum SheetState: String, Codable, CaseIterable, Sendable {
    /// Assigned, nothing typed yet.
    case new
    /// Typed and saved, not submitted (or reopened by a clerk).
    case draft
    /// Submitted: locked, counted in the aggregate.
    case submitted
    /// Taken out of the review: counted nowhere, kept in the history.
    case withdrawn
}

/// What a reviewer typed into a sheet and has not submitted: saved on every line entered, so a
/// dropped link loses at most the line being typed. Only its reviewer ever reads it.
public struct SheetDraft: Codable, Hashable, Sendable {
    public var sheetId: Int64
    public var scores: [String: Score]
    public var notes: [String: String]
    public var comment: String

    public init(sheetId: Int64, scores: [String: Score] = [:], notes: [String: String] = [:], comment: String = "") {
        self.sheetId = sheetId; self.scores = scores; self.notes = notes; self.comment = comment
    }
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
