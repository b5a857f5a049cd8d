import StationDomain

/// Reads one record's fields by column name and collects what is wrong with them, so that every
/// problem of every row is reported, not only the first.
struct RowCheck {
    let file: String
    let line: Int
    let map: ColumnMap
    let fields: [String]
    private(set) var issues: [ImportIssue] = []

    init(file: String, line: Int, map: ColumnMap, fields: [String]) {
        self.file = file; self.line = line; self.map = map; self.fields = fields
    }

    mutating func fail(_ column: String, _ zh: String, _ en: String) {
        issues.append(ImportIssue(file: file, line: line, column: column, words: Words(zh, en)))
    }

    mutating func fail(_ column: String, _ words: Words) {
        issues.append(ImportIssue(file: file, line: line, column: column, words: words))
    }

    /// An error of a lower layer that has no words of its own: its text in both languages.
    mutating func fail(_ column: String, error: Error) {
        fail(column, Words(verbatim: "\(error)"))
    }

    /// The value with surrounding spaces removed and the apostrophe export puts before a would-be
    /// formula taken off (`FormulaGuard`), checked and NFC-normalised by the domain's `TextRules`
    /// (control, zero-width and bidirectional characters refused, at most 200 characters; a note
    /// keeps its line breaks and tabs and holds up to 2,000). `required`: empty is an error.
    mutating func text(_ column: String, required: Bool = false, multiline: Bool = false) -> String {
        let raw = FormulaGuard.unguarded(map.value(column, in: fields))
        let value = multiline ? raw : Trim.spaces(raw)
        if required && value.isEmpty {
            fail(column, "不能为空", "must not be empty")
        }
        do {
            return try TextRules.clean(value, field: column, as: multiline ? .note : .line)
        } catch let problem as TextProblem {
            fail(column, "\(problem.zhReason)", "\(problem.enReason)")
        } catch {
            fail(column, error: error)
        }
        return value
    }

    /// A coded value from `vocabulary`; an error listing the accepted codes otherwise.
    mutating func choice<T: RawRepresentable>(_ column: String, _ vocabulary: [String: T],
                                              codes: [T]) -> T? where T.RawValue == String {
        let value = text(column, required: true)
        guard !value.isEmpty else { return nil }
        if let v = vocabulary[value.lowercased()] { return v }
        fail(column, "“\(value)”不是可用的值，应为 \(Vocabulary.codes(codes))", "'\(value)' is not one of \(Vocabulary.codes(codes))")
        return nil
    }

    mutating func date(_ column: String) -> CivilDate? {
        let value = text(column, required: true)
        guard !value.isEmpty else { return nil }
        switch DateText.parse(value) {
        case .success(let d):
            do { return try TextRules.check(d, field: column) } catch let problem as TextProblem {
                fail(column, "\(problem.zhReason)", "\(problem.enReason)")
            } catch { fail(column, error: error) }
            return nil
        case .failure(let problem): fail(column, DateText.message(problem, value)); return nil
        }
    }
}
