/// Finds Chinese names by pinyin: `zs`, `zhangsan`, `zhangs` and `张三` all find 张三; any reading
/// of a polyphone counts (单 is found by `shan` and by `dan`); Latin text matches as a plain
/// case-insensitive substring, and mixed text mixes both (`lzabc` finds 柳州ABC).
///
/// Built from `data/pinyin/hanzi-pinyin.tsv` (`codepoint<TAB>char<TAB>reading,reading…`, `#`
/// comments), ≈ 26,000 characters. `matches` costs O(text × query × readings) in the worst case,
/// typically microseconds for a name; no allocation per text beyond its character array.
public struct PinyinTable: Sendable {
    private let readings: [Character: [[Character]]]

    /// Parses the table; throws `PinyinTableError.malformed` naming the line of a row it cannot read.
    public init(tsv: String) throws {
        var table: [Character: [[Character]]] = [:]
        var lineNumber = 0
        for raw in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("codepoint\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, fields[1].count == 1, let ch = fields[1].first else {
                throw PinyinTableError.malformed(line: lineNumber, text: String(line))
            }
            let list = fields[2].split(separator: ",").map { Array($0.lowercased()) }
            guard !list.isEmpty, list.allSatisfy({ r in r.allSatisfy { $0.isASCII && $0.isLetter } }) else {
                throw PinyinTableError.malformed(line: lineNumber, text: String(line))
            }
            table[ch] = list
        }
        readings = table
    }

    /// ü is written `v` by some tables and typists and `u` by others (this table writes 吕 `lu`):
    /// within a reading the two letters are one.
    private static func same(_ a: Character, _ b: Character) -> Bool {
        a == b || (a == "u" && b == "v") || (a == "v" && b == "u")
    }

    /// The readings of a character, most common first (empty for a character not in the table).
    public func readings(of ch: Character) -> [String] { (readings[ch] ?? []).map { String($0) } }

    /// Whether `query` finds `text`: as a case-insensitive substring, or by pinyin where each
    /// Chinese character of a run of `text` is typed as a prefix of one of its readings (its
    /// initial, its whole syllable, or in between) and every other character as itself.
    /// Spaces are ignored on both sides for the pinyin comparison. An empty query finds everything.
    public func matches(query: String, in text: String) -> Bool {
        let q = query.lowercased()
        if q.isEmpty || text.lowercased().contains(q) { return true }
        let needle = Array(q.filter { !$0.isWhitespace })
        if needle.isEmpty { return true }
        let hay = Array(text.lowercased().filter { !$0.isWhitespace })
        // failed[(u, k)]: from text unit u with needle position k, no match — memoised so a
        // long text with many polyphones stays polynomial.
        var failed = Set<Int>()
        let width = needle.count + 1
        func match(_ u: Int, _ k: Int) -> Bool {
            if k == needle.count { return true }
            if u == hay.count || failed.contains(u * width + k) { return false }
            let ch = hay[u]
            if ch == needle[k], match(u + 1, k + 1) { return true }
            if let list = readings[ch] {
                for reading in list {
                    var n = 0
                    while n < reading.count, k + n < needle.count, PinyinTable.same(reading[n], needle[k + n]) {
                        n += 1
                        if match(u + 1, k + n) { return true }
                    }
                }
            }
            failed.insert(u * width + k)
            return false
        }
        for start in hay.indices where match(start, 0) { return true }
        return false
    }
}

public enum PinyinTableError: Error, Equatable, Sendable, CustomStringConvertible {
    case malformed(line: Int, text: String)

    public var description: String {
        switch self {
        case let .malformed(line, text):
            return "第\(line)行无法读取：“\(text)” (line \(line): expected codepoint<TAB>char<TAB>reading[,reading…])"
        }
    }
}
