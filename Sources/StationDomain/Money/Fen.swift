/// An amount of money in integer fen (分, 1/100 yuan). Never floating point (SPEC "Money").
public struct Fen: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public var value: Int64

    public init(_ value: Int64) { self.value = value }
    public static func yuan(_ yuan: Int64) -> Fen { Fen(yuan * 100) }
    public static let zero = Fen(0)

    /// Parses `100000`, `100,000.5`, `¥100,000.00` (yuan, at most two decimals); nil otherwise.
    public init?(yuanText: String) {
        var text = Substring(yuanText.trimmingCharacters(in: " "))
        if text.hasPrefix("¥") || text.hasPrefix("￥") { text = text.dropFirst() }
        let parts = text.replacingAll(",", with: "").split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let whole = Int64(parts[0]) else { return nil }
        var cents: Int64 = 0
        if parts.count == 2 {
            let frac = parts[1]
            guard (1...2).contains(frac.count), frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            cents = Int64(frac)! * (frac.count == 1 ? 10 : 1)
        }
        let (w, overflow) = whole.multipliedReportingOverflow(by: 100)
        guard !overflow else { return nil }
        self.value = w + cents
    }

    /// `¥100,000.00`, the form UX.md asks for.
    public var description: String {
        let negative = value < 0
        let magnitude = value.magnitude
        let whole = String(magnitude / 100)
        let cents = magnitude % 100
        var grouped = ""
        for (i, ch) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (negative ? "-" : "") + "¥" + grouped + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public static func < (a: Fen, b: Fen) -> Bool { a.value < b.value }
    public static func + (a: Fen, b: Fen) -> Fen { Fen(a.value + b.value) }
    public static func - (a: Fen, b: Fen) -> Fen { Fen(a.value - b.value) }
}

extension StringProtocol {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.first == set { s = s.dropFirst() }
        while s.last == set { s = s.dropLast() }
        return String(s)
    }

    func replacingAll(_ target: Character, with replacement: String) -> String {
        var out = ""
        for ch in self { if ch == target { out += replacement } else { out.append(ch) } }
        return out
    }
}
