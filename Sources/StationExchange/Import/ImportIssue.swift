import StationDomain

/// One thing wrong with one row of an import file, printed as `FILE:LINE: column: what is wrong`
/// in the reader's language (`text(_:)`; the catalog calls it).
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// Physical line the record starts on (1-based; the header is normally line 1).
    public var line: Int
    /// The column's name as in the header; empty when the problem is the whole row.
    public var column: String
    public var words: Words

    public init(file: String, line: Int, column: String, words: Words) {
        self.file = file; self.line = line; self.column = column; self.words = words
    }

    /// What is wrong, in Chinese (the default language).
    public var message: String { words.zh }

    public func text(_ language: Language) -> String {
        let m = words.text(language)
        return column.isEmpty ? "\(file):\(line): \(m)" : "\(file):\(line): \(column): \(m)"
    }

    public var description: String { text(.zh) }
}
