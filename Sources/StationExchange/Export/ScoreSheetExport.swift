import Foundation
import StationDomain

/// Score sheets as CSV for the Bureau's records: one row per sheet, one column per criterion of
/// the form (headed by the criterion's key, as in the policy file, so columns are stable when a
/// title is reworded), then the total (`SheetCheck.total`, scaled where the form says so), the
/// comment and the submission date. An unscored criterion is an empty cell.
public enum ScoreSheetExport {
    public enum Problem: Error, Equatable, Sendable, CustomStringConvertible {
        /// Sheets bound to another form (id or version) cannot share its columns.
        case otherForm(sheetIds: [Int64], form: String)

        public var description: String {
            switch self {
            case .otherForm(let ids, let form):
                return "评分表 \(ids.map { "#\($0)" }.joined(separator: ", ")) 不是按表单 \(form) 填写的，不能与之同列导出 (sheets \(ids) use another form than \(form))"
            }
        }
    }

    /// The column names for `form`.
    public static func header(for form: ScoreForm) -> [String] {
        ["subject", "subject_id", "subject_name", "reviewer"] + form.criteria.map(\.key) + ["total", "comment", "submitted_on"]
    }

    /// `subjectNames`: application or station names by id, for the subject_name column.
    public static func csv(_ sheets: [ScoreSheet], form: ScoreForm, subjectNames: [Int64: String] = [:]) throws -> Data {
        let foreign = sheets.filter { $0.formId != form.id || $0.formVersion != form.version }
        guard foreign.isEmpty else {
            throw Problem.otherForm(sheetIds: foreign.map { $0.id ?? 0 }, form: "\(form.id) v\(form.version)")
        }
        let rows = sheets.map { s -> [String] in
            [s.subject.rawValue, String(s.subjectId), subjectNames[s.subjectId] ?? "", s.reviewer]
                + form.criteria.map { c in s.scores[c.key]?.description ?? "" }
                + [SheetCheck.total(of: s, form: form).description, s.comment, s.submittedOn?.description ?? ""]
        }
        // subject_id, the scores, the total and the date are numbers and dates, never guarded.
        let n = form.criteria.count
        let plain = Set([1] + Array(4..<(4 + n)) + [4 + n, 6 + n])
        return try CSVDocument.data(header: header(for: form), rows: rows, plainColumns: plain)
    }
}
