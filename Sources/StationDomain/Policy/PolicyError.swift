/// One thing wrong with a policy file: which file, which field (a JSON path such as
/// `gradeThresholds.B` or `forms[2].criteria[0].max`) and what is wrong.
public struct PolicyProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var field: String
    public var message: String

    public init(file: String, field: String, message: String) {
        self.file = file; self.field = field; self.message = message
    }

    public var description: String { "\(file): \(field.isEmpty ? "(文件)" : field): \(message)" }
}

/// A policy file (or a set of them) that cannot be used: every problem found, not only the first.
public struct PolicyError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [PolicyProblem]

    public init(_ problems: [PolicyProblem]) { self.problems = problems }

    public var description: String {
        "政策文件有误 (policy file rejected), \(problems.count) 处:\n"
            + problems.map { "  " + $0.description }.joined(separator: "\n")
    }
}
