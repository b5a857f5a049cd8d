/// The aggregated review score of one application or evaluation (SPEC "Default score sheets"):
/// the mean of submitted sheets' totals, dropping one highest and one lowest total when there are
/// `practice.trimFromSheets` (5) or more; with the median, the spread, and every sheet more than
/// `practice.outlierPoints` (20) from the aggregate flagged (超过 excludes: exactly 20 is not flagged).
/// Drafts are ignored; a submitted sheet whose form is unknown or whose scores break the form is
/// left out and listed in `problems`. Cost: O(n log n) in the sheets.
public struct ScoreAggregation: Hashable, Sendable {
    public struct SheetResult: Hashable, Sendable {
        public var sheet: ScoreSheet
        public var total: Points
        /// Dropped as the one highest or the one lowest total.
        public var dropped: Bool
        /// More than the outlier distance from the aggregate.
        public var outlier: Bool
    }

    /// A submitted sheet left out of the aggregate, and why.
    public struct SheetProblem: Hashable, Sendable {
        public var sheet: ScoreSheet
        public var reasons: [Refusal]
    }

    /// Submitted, usable sheets, highest total first.
    public let sheets: [SheetResult]
    /// Sheets left out, with why.
    public let problems: [SheetProblem]
    /// The score that ranks: the (trimmed) mean; nil without any usable sheet.
    public let aggregate: Points?
    /// Mean of all usable sheets, untrimmed.
    public let mean: Points?
    public let median: Points?
    /// Highest total minus lowest total.
    public let spread: Points?
    public var trimmed: Bool { sheets.contains { $0.dropped } }

    public init(sheets all: [ScoreSheet], policy: Policy) {
        var usable: [(ScoreSheet, Points)] = []
        var problems: [SheetProblem] = []
        for sheet in all where sheet.submittedOn != nil && sheet.withdrawnOn == nil {
            guard let form = policy.form(id: sheet.formId, version: sheet.formVersion) else {
                problems.append(SheetProblem(sheet: sheet, reasons: [.formUnknown(id: sheet.formId, version: sheet.formVersion)])); continue
            }
            let check = SheetCheck.check(sheet, form: form, forSubmission: true)
            guard check.isAllowed else { problems.append(SheetProblem(sheet: sheet, reasons: check.reasons)); continue }
            usable.append((sheet, SheetCheck.total(of: sheet, form: form)))
        }
        // Highest first; equal totals in reviewer order so the dropped sheet is deterministic.
        usable.sort { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.reviewer < $1.0.reviewer }
        self.problems = problems
        guard !usable.isEmpty else {
            sheets = []; aggregate = nil; mean = nil; median = nil; spread = nil; return
        }
        let totals = usable.map(\.1)
        let sum = totals.reduce(Points(0), +)
        let mean = sum.divided(by: totals.count)
        let trim = totals.count >= policy.practice.trimFromSheets
        let aggregate = trim ? (sum - totals.first! - totals.last!).divided(by: totals.count - 2) : mean
        let mid = totals.count / 2
        let ascending = Array(totals.reversed())
        self.median = totals.count % 2 == 1 ? ascending[mid] : (ascending[mid - 1] + ascending[mid]).divided(by: 2)
        self.spread = totals.first! - totals.last!
        self.mean = mean
        self.aggregate = aggregate
        let limit = Points(policy.practice.outlierPoints)
        self.sheets = usable.enumerated().map { i, pair in
            SheetResult(sheet: pair.0, total: pair.1,
                        dropped: trim && (i == 0 || i == usable.count - 1),
                        outlier: (pair.1 - aggregate).magnitude > limit)
        }
    }
}
