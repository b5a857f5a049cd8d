import StationDomain

/// The words a chart puts around its numbers, passed in by the caller so a chart speaks the
/// caller's language: reports use `chinese` (the default everywhere); the terminal passes its
/// catalog's words (`--lang en` then shows no Chinese in a chart). O(1) each.
public struct ChartWords: Sendable {
    /// The total after a sparkline's numbers: `共28`.
    public var total: @Sendable (Int) -> String
    /// A year as a bar's label: `2023年`.
    public var year: @Sendable (Int) -> String
    /// An evaluation year as a group title: `2023年度`.
    public var evaluationYear: @Sendable (Int) -> String
    /// A grade as a bar's label: `A`, `不合格`.
    public var grade: @Sendable (Grade) -> String
    /// A station's name as a row label (a revoked one must be marked, SPEC Art. 10).
    public var stationName: @Sendable (Station) -> String

    public init(total: @escaping @Sendable (Int) -> String, year: @escaping @Sendable (Int) -> String,
                evaluationYear: @escaping @Sendable (Int) -> String, grade: @escaping @Sendable (Grade) -> String,
                stationName: @escaping @Sendable (Station) -> String) {
        self.total = total; self.year = year; self.evaluationYear = evaluationYear; self.grade = grade
        self.stationName = stationName
    }

    /// The words of the official reports.
    public static let chinese = ChartWords(
        total: { "共\($0)" }, year: { "\($0)年" }, evaluationYear: { "\($0)年度" },
        grade: { $0 == .unqualified ? "不合格" : $0.rawValue },
        stationName: { $0.status == .revoked ? "\($0.name)（已撤销）" : $0.name })
}
