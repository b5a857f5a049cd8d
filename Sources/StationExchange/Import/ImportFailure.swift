import StationDomain

/// Why an import wrote nothing. Every case's description names the file and, for row problems,
/// lists every bad row (not only the first).
public enum ImportFailure: Error, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case encoding(file: String, problem: EncodingProblem)
    case empty(file: String)
    /// A header and no data rows: nothing to import (and no undo step).
    case noRows(file: String)
    /// The file's name holds a character the journal may not store (a control character…).
    case fileName(file: String, problem: TextProblem)
    /// Header problems: missing required columns, unknown columns, a column named twice.
    case header(file: String, problems: [Words])
    /// Bad rows: all of them, in file order.
    case rows([ImportIssue])
    /// The user cancelled (Esc, Ctrl-C); nothing was written.
    case cancelled
    /// The store refused the write (disk full, conflict...): nothing was written.
    case store(String)

    /// The whole message in `language` (the catalog and the CLI call it; one language at a time).
    public func text(_ language: Language) -> String {
        func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }
        switch self {
        case .unreadable(let path, let reason):
            let why = Words(legacy: reason)
            return t("\(path): 无法读取文件：\(why.zh)", "\(path): cannot read the file: \(why.en)")
        case .encoding(let file, let problem):
            return "\(file): \(problem.words.text(language))"
        case .empty(let file):
            return t("\(file):1: 文件为空，缺少表头行", "\(file):1: the file is empty: a header row is required")
        case .noRows(let file):
            return t("\(file): 文件只有表头，没有数据行，未导入任何记录", "\(file): the file has a header but no data rows; nothing was imported")
        case .fileName(let file, let problem):
            return t("\(file): 文件名\(problem.zhReason)，请改名后再导入", "\(file): the file name \(problem.enReason); rename the file and import again")
        case .header(let file, let problems):
            return problems.map { "\(file):1: \($0.text(language))" }.joined(separator: "\n")
        case .rows(let issues):
            let lines = issues.map { $0.text(language) }
            return (lines + [t("共\(issues.count)处错误，未导入任何记录", "\(issues.count) problems; nothing was imported")])
                .joined(separator: "\n")
        case .cancelled:
            return t("已取消导入，未写入任何记录", "import cancelled; nothing was written")
        case .store(let message):
            return t("写入失败，未导入任何记录：\(message)", "the store refused the import; nothing was written: \(message)")
        }
    }

    /// In Chinese, the default language.
    public var description: String { text(.zh) }

    /// The row issues, when that is what failed.
    public var issues: [ImportIssue] {
        if case .rows(let issues) = self { return issues }
        return []
    }
}
