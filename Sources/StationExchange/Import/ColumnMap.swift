import StationDomain

/// The position of each known column in a file's header, after checking the header:
/// required columns present, no unknown column, no column twice. Names are matched ignoring case
/// and surrounding spaces.
struct ColumnMap {
    let kind: ImportKind
    /// Each known column of the file and its position. Looked up by a scan: the names are short
    /// ASCII (small strings, compared as two machine words), where hashing the name for a
    /// dictionary cost 440 instructions a field on every row (callgrind, issue 15).
    private let positions: [(name: String, index: Int)]

    /// Throws `ImportFailure.header` naming every missing, unknown and repeated column at once.
    init(kind: ImportKind, header: [String], file: String) throws {
        self.kind = kind
        var index: [String: Int] = [:]
        var problems: [Words] = []
        if header.count == 1, let only = header.first, let separator = ["\t", ";"].first(where: { only.contains($0) }) {
            let tabs = separator == "\t"
            throw ImportFailure.header(file: file, problems: [
                Words("表头只有一列且含\(tabs ? "制表符" : "分号")：文件似乎不是逗号分隔的 CSV，请在 Excel/WPS 中另存为“CSV UTF-8”",
                      "the header is one column containing \(tabs ? "tabs" : "semicolons"): not a comma-separated file; save it as \"CSV UTF-8\""),
            ])
        }
        for (i, raw) in header.enumerated() {
            let name = Trim.spaces(raw).lowercased()
            if !kind.columns.contains(name) {
                problems.append(Words("未知的列“\(raw)”，\(kind.rawValue) 的列为 \(kind.columns.joined(separator: ","))",
                                      "unknown column '\(raw)'; \(kind.rawValue) columns are \(kind.columns.joined(separator: ","))"))
            } else if index[name] != nil {
                problems.append(Words("列“\(name)”出现了两次", "column '\(name)' appears twice"))
            } else {
                index[name] = i
            }
        }
        let missing = kind.requiredColumns.filter { index[$0] == nil }
        if !missing.isEmpty {
            problems.append(Words("缺少必需的列：\(missing.joined(separator: ","))", "missing required columns: \(missing.joined(separator: ","))"))
        }
        if !problems.isEmpty { throw ImportFailure.header(file: file, problems: problems) }
        positions = index.map { (name: $0.key, index: $0.value) }.sorted { $0.index < $1.index }
    }

    private func position(_ column: String) -> Int? {
        for p in positions where p.name == column { return p.index }
        return nil
    }

    /// Whether the file has `column` (an optional column may be left out).
    func has(_ column: String) -> Bool { position(column) != nil }

    /// The raw value of `column` in `fields` ("" when the column is absent or the row short).
    func value(_ column: String, in fields: [String]) -> String {
        guard let i = position(column), i < fields.count else { return "" }
        return fields[i]
    }
}

