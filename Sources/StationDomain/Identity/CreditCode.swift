/// The unified social credit code 统一社会信用代码 of GB 32100-2015: 18 characters from a
/// 31-character alphabet (digits and capitals without I, O, Z, S, V), the last a check character.
public struct CreditCode: Hashable, Codable, Sendable, CustomStringConvertible {
    public let text: String

    /// Why a code is not valid, in words a clerk can act on.
    public enum Problem: Error, Hashable, Sendable, CustomStringConvertible {
        case length(Int)
        case character(position: Int, found: Character)
        case checkCharacter(expected: Character, found: Character)

        public var words: Words {
            switch self {
            case .length(let n): return Words("统一社会信用代码应为18位，实为\(n)位", "must be 18 characters, found \(n)")
            case .character(let p, let c):
                return Words("第\(p)位“\(c)”不是合法字符", "character \(p) '\(c)' is not allowed; I O Z S V are never used")
            case .checkCharacter(let e, let f):
                return Words("校验码应为\(e)，实为\(f)", "check character should be \(e), found \(f)")
            }
        }

        public var description: String { words.zh }
    }

    static let alphabet: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

    /// Validates `text` (surrounding spaces ignored, lower case accepted and upper-cased).
    public init(_ text: String) throws {
        let t = text.trimmingCharacters(in: " ").uppercased()
        let chars = Array(t)
        guard chars.count == 18 else { throw Problem.length(chars.count) }
        var values: [Int] = []
        for (i, c) in chars.enumerated() {
            guard let v = CreditCode.alphabet.firstIndex(of: c) else {
                throw Problem.character(position: i + 1, found: c)
            }
            values.append(v)
        }
        let expected = CreditCode.checkCharacter(for: values[0..<17])
        guard expected == chars[17] else { throw Problem.checkCharacter(expected: expected, found: chars[17]) }
        self.text = t
    }

    /// The check character for the first 17 values (each an index into the alphabet).
    static func checkCharacter(for values: ArraySlice<Int>) -> Character {
        var sum = 0
        for (i, v) in values.enumerated() { sum += v * weights[i] }
        let c = (31 - sum % 31) % 31
        return alphabet[c]
    }

    /// Completes a 17-character prefix with its check character (for making test and demo data).
    public static func completing(_ prefix: String) -> String? {
        let chars = Array(prefix.uppercased())
        guard chars.count == 17 else { return nil }
        var values: [Int] = []
        for c in chars {
            guard let v = alphabet.firstIndex(of: c) else { return nil }
            values.append(v)
        }
        return String(chars) + String(checkCharacter(for: values[...]))
    }

    public var description: String { text }
}
