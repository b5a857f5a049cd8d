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

    mutating func fail(_ column: String, _ message: String) {
        issues.append(ImportIssue(file: file, line: line, column: column, message: message))
    }

    /// The value with surrounding spaces removed. `required`: empty is an error.
    /// `multiline`: line breaks allowed (notes); otherwise a line break is an error.
    /// Other control characters are always refused: they never come from a person typing.
    mutating func text(_ column: String, required: Bool = false, multiline: Bool = false) -> String {
        let raw = map.value(column, in: fields)
        let value = multiline ? raw : Trim.spaces(raw)
        if required && value.isEmpty {
            fail(column, "不能为空 (must not be empty)")
        }
        guard RowCheck.mayHoldControls(value) else { return value }
        for scalar in value.unicodeScalars where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            if scalar == "\n" || scalar == "\r" {
                if !multiline { fail(column, "不能含换行 (must not contain a line break)"); break }
            } else if scalar != "\t" || !multiline {
                fail(column, "含有控制字符 U+\(String(scalar.value, radix: 16, uppercase: true)) (contains a control character)")
                break
            }
        }
        return value
    }

    /// False when `text` surely holds no control character: none of its UTF-8 bytes is below
    /// 0x20, 0x7F, or 0xC2 (the lead byte of U+0080…U+009F). One pass over contiguous bytes
    /// before the walk over Unicode scalars (callgrind showed no measurable gain on 20,000
    /// talent rows: the walk is cheap next to the column lookup and trimming).
    static func mayHoldControls(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 } }
    }

    /// A coded value from `vocabulary`; an error listing the accepted codes otherwise.
    mutating func choice<T: RawRepresentable>(_ column: String, _ vocabulary: [String: T],
                                              codes: [T]) -> T? where T.RawValue == String {
        let value = text(column, required: true)
        guard !value.isEmpty else { return nil }
        if let v = vocabulary[value.lowercased()] { return v }
        fail(column, "“\(value)”不是可用的值，应为 \(Vocabulary.codes(codes)) ('\(value)' is not one of \(Vocabulary.codes(codes)))")
        return nil
    }

    mutating func date(_ column: String) -> CivilDate? {
        let value = text(column, required: true)
        guard !value.isEmpty else { return nil }
        switch DateText.parse(value) {
        case .success(let d): return d
        case .failure(let problem): fail(column, DateText.message(problem, value)); return nil
        }
    }
}
