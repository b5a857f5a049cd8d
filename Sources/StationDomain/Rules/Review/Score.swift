/// One criterion's score, kept in half points (12.5 is 25 halves) so that a form allowing half
/// points keeps exact totals. In JSON it is a plain number — `12` or `12.5` — so sheets stored
/// before half points existed read unchanged. Whole-number literals make a score (`15`).
public struct Score: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public let halves: Int

    public init(halves: Int) { self.halves = halves }
    public init(_ whole: Int) { halves = whole * 2 }
    public init(integerLiteral value: Int) { halves = value * 2 }

    public var isWhole: Bool { halves % 2 == 0 }
    public var points: Points { Points(halves, over: 2) }

    public static func < (a: Score, b: Score) -> Bool { a.halves < b.halves }

    /// `12` or `12.5` (never `12.0`).
    public var description: String {
        let whole = "\(halves / 2)"
        if isWhole { return whole }
        return (halves < 0 && halves / 2 == 0 ? "-" : "") + whole + ".5"
    }

    /// A score as typed: digits, optionally `.5` (or `.0`); nil for anything else (a sign, a
    /// second point, other decimals). `allowHalf` false refuses `.5` (the caller says why).
    public static func parse(_ text: String) -> Score? {
        let parts = text.split(separator: ".", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count <= 2, let wholePart = parts.first, !wholePart.isEmpty, wholePart.count <= 6,
              wholePart.allSatisfy({ $0.isASCII && $0.isNumber }), let whole = Int(wholePart) else { return nil }
        if parts.count == 1 { return Score(whole) }
        switch parts[1] {
        case "5": return Score(halves: whole * 2 + 1)
        case "0", "": return Score(whole)
        default: return nil
        }
    }
}

extension Score: Codable {
    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let whole = try? c.decode(Int.self) { self.init(whole); return }
        let value = try c.decode(Double.self)
        let halves = (value * 2).rounded()
        guard halves == value * 2, abs(halves) < 1e9 else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "a score is a whole or half number: \(value)")
        }
        self.init(halves: Int(halves))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        if isWhole { try c.encode(halves / 2) } else { try c.encode(Double(halves) / 2) }
    }
}
