/// One thing wrong with one row of an import file, printed as `FILE:LINE: column: what is wrong`.
public struct ImportIssue: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// Physical line the record starts on (1-based; the header is normally line 1).
    public var line: Int
    /// The column's name as in the header; empty when the problem is the whole row.
    public var column: String
    public var message: String

    public init(file: String, line: Int, column: String, message: String) {
        self.file = file; self.line = line; self.column = column; self.message = message
    }

    public var description: String {
        column.isEmpty ? "\(file):\(line): \(message)" : "\(file):\(line): \(column): \(message)"
    }
}
