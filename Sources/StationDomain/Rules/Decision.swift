/// The answer of a rule: allowed, or refused with every reason (never only the first), so a
/// screen can show the clerk all that is missing at once.
public struct Decision: Hashable, Sendable, CustomStringConvertible {
    public var reasons: [Refusal]

    public init(_ reasons: [Refusal] = []) { self.reasons = reasons }

    public static let allowed = Decision()
    public var isAllowed: Bool { reasons.isEmpty }

    /// Combines two decisions: refused when either is, with the reasons of both.
    public static func + (a: Decision, b: Decision) -> Decision { Decision(a.reasons + b.reasons) }

    public var description: String {
        isAllowed ? "允许" : reasons.map(\.description).joined(separator: "\n")
    }
}

/// A refused decision thrown by the `apply` functions of the rules.
public struct Refused: Error, Hashable, Sendable, CustomStringConvertible {
    public var reasons: [Refusal]
    public init(_ reasons: [Refusal]) { self.reasons = reasons }
    public var description: String { Decision(reasons).description }
}
