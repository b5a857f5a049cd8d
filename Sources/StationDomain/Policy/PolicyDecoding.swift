#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Policy {
    /// Decodes and validates one policy file. `file` is only used to name it in messages.
    /// Throws `PolicyError` with the JSON path of the field at fault. Cost: one JSON parse.
    public static func decode(json: String, file: String) throws -> Policy {
        let policy: Policy
        do {
            policy = try JSONDecoder().decode(Policy.self, from: Data(json.utf8))
        } catch let error as DecodingError {
            // Foundation does not say where the syntax breaks; our scanner does.
            if let syntax = JSONSyntax.firstError(in: json) {
                throw PolicyError([PolicyProblem(file: "\(file):\(syntax.line):\(syntax.column)", field: "",
                                                 message: "不是合法的 JSON (not valid JSON): \(syntax.message)")])
            }
            throw PolicyError([problem(from: error, file: file)])
        }
        var problems = policy.validate(file: file)
        problems += unknownFields(json: json, policy: policy, file: file)
        guard problems.isEmpty else { throw PolicyError(problems) }
        return policy
    }

    /// Keys of the file that `Policy` does not know (misspelt or misplaced): each a problem, since
    /// a misspelt optional field would otherwise silently take its default.
    static func unknownFields(json: String, policy: Policy, file: String) -> [PolicyProblem] {
        guard let given = JSONValue.parse(json.utf8),
              let known = (try? JSONEncoder().encode(policy)).flatMap({ JSONValue.parse($0) }) else { return [] }
        return given.unknownKeys(comparedWith: known).map {
            PolicyProblem(file: file, field: $0, message: "未知字段，是否拼写有误？ (unknown field: misspelt or misplaced?)")
        }
    }

    /// Encodes the policy as pretty JSON with sorted keys (for `policy show --json` and tests).
    public func encodedJSON() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    static func path(_ codingPath: [CodingKey]) -> String {
        var out = ""
        for key in codingPath {
            if let i = key.intValue { out += "[\(i)]" } else { out += (out.isEmpty ? "" : ".") + key.stringValue }
        }
        return out
    }

    /// A decoding error as a problem naming the file and the JSON path.
    public static func problem(from error: DecodingError, file: String) -> PolicyProblem {
        switch error {
        case let .keyNotFound(key, context):
            return PolicyProblem(file: file, field: path(context.codingPath + [key]),
                                 message: "缺少此字段 (missing field)")
        case let .typeMismatch(type, context):
            return PolicyProblem(file: file, field: path(context.codingPath),
                                 message: "类型不对，应为 \(type) (wrong type, expected \(type))")
        case let .valueNotFound(type, context):
            return PolicyProblem(file: file, field: path(context.codingPath),
                                 message: "值为空，应为 \(type) (null where \(type) is required)")
        case let .dataCorrupted(context):
            let underlying = context.underlyingError.map { " — \($0)" } ?? ""
            let field = path(context.codingPath)
            let what = field.isEmpty ? "不是合法的 JSON (not valid JSON)" : "值无效 (invalid value)"
            return PolicyProblem(file: file, field: field, message: "\(what): \(context.debugDescription)\(underlying)")
        @unknown default:
            return PolicyProblem(file: file, field: "", message: "\(error)")
        }
    }
}
