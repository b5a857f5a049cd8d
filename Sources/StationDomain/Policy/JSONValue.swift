/// Any JSON value, for comparing a policy file's keys with the keys `Policy` knows: a misspelt
/// optional field (`scaleto` for `scaleTo`) would otherwise be ignored without a word.
enum JSONValue: Codable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .number(let n): try c.encode(n)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// Paths of keys in `self` that `known` lacks (null values aside), in sorted order.
    func unknownKeys(comparedWith known: JSONValue, path: String = "") -> [String] {
        switch (self, known) {
        case let (.object(mine), .object(theirs)):
            var out: [String] = []
            for key in mine.keys.sorted() {
                let p = path.isEmpty ? key : path + "." + key
                guard let value = mine[key], value != .null else { continue }
                if let other = theirs[key] { out += value.unknownKeys(comparedWith: other, path: p) } else { out.append(p) }
            }
            return out
        case let (.array(mine), .array(theirs)):
            return zip(mine, theirs).enumerated().flatMap { i, pair in pair.0.unknownKeys(comparedWith: pair.1, path: "\(path)[\(i)]") }
        default:
            return []
        }
    }
}
