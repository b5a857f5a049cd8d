import Foundation

/// A finished report: its text (Markdown, readable raw) and, for tabular reports, the table for
/// `--format csv`.
public struct Report: Sendable, Equatable {
    public var text: String
    public var table: TextTable?

    public init(text: String, table: TextTable? = nil) { self.text = text; self.table = table }

    /// The table as CSV (UTF-8 with BOM, CRLF), or nil when the report is a letter, not a table.
    public func csv() throws -> Data? {
        guard let table else { return nil }
        return try CSVDocument.data(header: table.headers, rows: table.rows, plainColumns: table.plainColumns)
    }
}

/// Why a report could not be made, in words a clerk can act on.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownReport(String)
    case unknownStation(String)
    case unknownRound(String)
    case noPolicy(year: Int)
    case notRevocable(station: String, reason: String)
    case noApprovedApplications(round: Int)
    case noNoticeDate(round: Int)
    case calendar(String)

    public var description: String {
        switch self {
        case .unknownReport(let n):
            return "没有名为“\(n)”的报表，可用：annual、notice、revocation、subsidies、roster (no report '\(n)'; reports are annual, notice, revocation, subsidies, roster)"
        case .unknownStation(let s): return "没有名称或编号为“\(s)”的工作站 (no station named or numbered '\(s)')"
        case .unknownRound(let r): return "没有年度或编号为“\(r)”的遴选批次 (no round of year or number '\(r)')"
        case .noPolicy(let y): return "\(y)年没有有效的政策，无法评定等级 (no policy in force in \(y): grades cannot be given)"
        case .notRevocable(let s, let reason): return "“\(s)”不能出具撤销通知：\(reason)"
        case .noApprovedApplications(let r): return "第\(r)批没有经审定的申请 (round \(r) has no approved applications)"
        case .noNoticeDate(let r):
            return "第\(r)批还没有公示记录，请用 --published YYYY-MM-DD 给出公示发布日期 (round \(r) has no notice yet: give --published)"
        case .calendar(let m): return m
        }
    }
}
