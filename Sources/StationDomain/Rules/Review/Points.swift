/// An exact score: a fraction of points, so that means, medians and scaled totals compare
/// exactly (two applications with equal means are tied, never split by rounding).
public struct Points: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let numerator: Int
    /// Always > 0, and the fraction is in lowest terms (so == is exact equality).
    public let denominator: Int

    public init(_ whole: Int) { numerator = whole; denominator = 1 }

    public init(_ numerator: Int, over denominator: Int) {
        precondition(denominator != 0, "Points with a zero denominator")
        let sign = denominator < 0 ? -1 : 1
        let g = Points.gcd(abs(numerator), abs(denominator))
        self.numerator = sign * numerator / max(g, 1)
        self.denominator = abs(denominator) / max(g, 1)
    }

    static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }

    public static func + (a: Points, b: Points) -> Points {
        Points(a.numerator * b.denominator + b.numerator * a.denominator, over: a.denominator * b.denominator)
    }
    public static func - (a: Points, b: Points) -> Points {
        Points(a.numerator * b.denominator - b.numerator * a.denominator, over: a.denominator * b.denominator)
    }
    public func divided(by n: Int) -> Points { Points(numerator, over: denominator * n) }
    public var magnitude: Points { Points(abs(numerator), over: denominator) }

    public static func < (a: Points, b: Points) -> Bool {
        a.numerator * b.denominator < b.numerator * a.denominator
    }

    /// Approximate value, for charts only.
    public var doubleValue: Double { Double(numerator) / Double(denominator) }

    /// Two decimals, rounded half away from zero: `85.50`, `-3.33`.
    public var description: String {
        let scaled = numerator * 200 / denominator    // hundredths × 2, truncated toward zero
        let hundredths = (scaled + (scaled >= 0 ? 1 : -1)) / 2
        let sign = hundredths < 0 ? "-" : ""
        let m = abs(hundredths)
        return "\(sign)\(m / 100).\(m % 100 < 10 ? "0" : "")\(m % 100)"
    }
}
