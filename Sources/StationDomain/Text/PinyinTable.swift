/// Finds Chinese names by pinyin: `zs`, `zhangsan`, `zhangs` and `张三` all find 张三; any reading
/// of a polyphone counts (单 is found by `shan` and by `dan`); Latin text matches as a plain
/// case-insensitive substring, and mixed text mixes both (`lzabc` finds 柳州ABC).
///
/// Built from `data/pinyin/hanzi-pinyin.tsv` (`codepoint<TAB>char<TAB>reading,reading…`, `#`
/// comments), ≈ 26,000 characters, parsed byte-wise into a table indexed by code point (no
/// hashing). `matches` works on Unicode scalars: O(text × query × readings) in the worst case,
/// about 2 µs for a three-character name in a release build (stationdesk-bench).
public struct PinyinTable: Sendable {
    /// Lowest code point in the table; slot i describes scalar `base + i`.
    private let base: UInt32
    /// Per slot: index of the first reading in `readings`, or -1 when the character is unknown.
    let first: [Int32]
    /// Per slot: number of readings.
    let count: [UInt8]
    /// Readings as lower-case ASCII bytes, most common first per character.
    private(set) var readings: [[UInt8]]
    /// Per slot: the letters its searched readings start with (bit 0 = a; u and v share a bit),
    /// and every letter of them (`bit`), so search rules characters out without reading them.
    private(set) var initials: [UInt32]
    private(set) var letters: [UInt64]
    /// Per slot: which of its readings search matches (bit j: the j-th) — the table's first two,
    /// and any reading `sort-readings.tsv` names. The table also lists rare and archaic readings
    /// (方 wang, 能 xiong, 和 huo) that made `/wang` find every row holding 北方: search leaves
    /// them out; a reading that matters is named in the sort file.
    private(set) var searched: [UInt8]
    /// Per slot: the index in `readings` of the reading lists sort by (the first one unless
    /// `sort-readings.tsv` says otherwise); -1 for an unknown character.
    private(set) var sortIndex: [Int32]
    /// Scalar → index in `readings` of its reading as the first character of a person's name.
    private(set) var surnameIndex: [UInt32: Int32] = [:]

    /// Parses the table; throws `PinyinTableError.malformed` naming the line of a row it cannot read.
    public init(tsv: String) throws {
        var rows: [(UInt32, [[UInt8]])] = []
        rows.reserveCapacity(27_000)
        var lineNumber = 0
        var text = tsv
        try text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count && bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var line = bytes[start..<end]
                start = end + 1
                if line.last == 0x0D { line = line.dropLast() }
                if line.isEmpty || line.first == UInt8(ascii: "#") || line.starts(with: "codepoint\t".utf8) { continue }
                let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
                let scalars = fields.count >= 3 ? Array(String(decoding: fields[1], as: UTF8.self).unicodeScalars) : []
                guard scalars.count == 1 else {
                    throw PinyinTableError.malformed(line: lineNumber, text: String(decoding: line, as: UTF8.self))
                }
                var list: [[UInt8]] = []
                for reading in fields[2].split(separator: UInt8(ascii: ",")) {
                    guard reading.allSatisfy({ ($0 | 0x20) >= 97 && ($0 | 0x20) <= 122 }) else {
                        throw PinyinTableError.malformed(line: lineNumber, text: String(decoding: line, as: UTF8.self))
                    }
                    list.append(reading.map { $0 | 0x20 })
                }
                guard !list.isEmpty else {
                    throw PinyinTableError.malformed(line: lineNumber, text: String(decoding: line, as: UTF8.self))
                }
                rows.append((scalars[0].value, list))
            }
        }
        let low = rows.map(\.0).min() ?? 0, high = rows.map(\.0).max() ?? 0
        var first = [Int32](repeating: -1, count: rows.isEmpty ? 0 : Int(high - low) + 1)
        var count = [UInt8](repeating: 0, count: first.count)
        var readings: [[UInt8]] = []
        readings.reserveCapacity(rows.count * 2)
        for (scalar, list) in rows {
            let slot = Int(scalar - low)
            first[slot] = Int32(readings.count)
            count[slot] = UInt8(min(list.count, 255))
            readings += list.prefix(255)
        }
        self.base = low; self.first = first; self.count = count; self.readings = readings
        self.sortIndex = first
        searched = count.map { $0 >= 2 ? 0b11 : ($0 == 1 ? 0b1 : 0) }
        initials = []; letters = []
        computeSearchMasks()
    }

    /// The masks of `initials` and `letters` from the searched readings.
    private mutating func computeSearchMasks() {
        var initials = [UInt32](repeating: 0, count: first.count)
        var letters = [UInt64](repeating: 0, count: first.count)
        for slot in first.indices where first[slot] >= 0 {
            for j in 0..<Int(count[slot]) where j < 8 && searched[slot] & (1 << j) != 0 {
                let reading = readings[Int(first[slot]) + j]
                let r0 = UInt32(reading[0])
                // ü is written u or v: an initial of either is both.
                initials[slot] |= PinyinTable.letterBit(r0) | (r0 == 0x75 || r0 == 0x76 ? PinyinTable.letterBit(0x75) | PinyinTable.letterBit(0x76) : 0)
                for letter in reading { letters[slot] |= PinyinTable.bit(UInt32(letter)) }
            }
        }
        self.initials = initials; self.letters = letters
    }

    /// Whether search matches reading `i` (an index into `readings`) of the character in `slot`.
    @inline(__always)
    func isSearched(_ i: Int, slot: Int) -> Bool {
        let j = i - Int(first[slot])
        return j < 8 && searched[slot] & (1 << j) != 0
    }

    func slot(_ scalar: UInt32) -> Int? {
        guard scalar >= base, Int(scalar - base) < first.count, first[Int(scalar - base)] >= 0 else { return nil }
        return Int(scalar - base)
    }

    /// This table with the sort and surname readings of `tsv` (`data/pinyin/sort-readings.tsv`:
    /// `char<TAB>sort<TAB>surname`, either may be empty, `#` comments, a `char` header). A
    /// reading the character does not have in the table is refused, naming the line: a typo
    /// would otherwise sort a character somewhere no one looks for it.
    public func withSortReadings(tsv: String) throws -> PinyinTable {
        var table = self
        var lineNumber = 0
        for raw in tsv.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty || line.hasPrefix("#") || line.hasPrefix("char\t") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let bad = PinyinTableError.malformed(line: lineNumber, text: String(line))
            guard fields.count >= 2, fields[0].unicodeScalars.count == 1,
                  let slot = slot(fields[0].unicodeScalars.first!.value) else { throw bad }
            let own = Int(first[slot])..<(Int(first[slot]) + Int(count[slot]))
            func index(_ reading: String) throws -> Int32? {
                if reading.isEmpty { return nil }
                guard let i = own.first(where: { readings[$0] == Array(reading.utf8) }) else { throw bad }
                return Int32(i)
            }
            let sort = try index(fields[1])
            if let sort { table.sortIndex[slot] = sort }
            if fields.count > 2, let surname = try index(fields[2]) { table.surnameIndex[base + UInt32(slot)] = surname }
            // A reading named here is one people use: search matches it too.
            for i in [sort, fields.count > 2 ? try index(fields[2]) : nil].compactMap({ $0 }) {
                let j = Int(i) - Int(first[slot])
                if j < 8 { table.searched[slot] |= 1 << j }
            }
        }
        table.computeSearchMasks()
        return table
    }

    func readingRange(_ scalar: UInt32) -> Range<Int>? {
        guard scalar >= base, Int(scalar - base) < first.count else { return nil }
        let slot = Int(scalar - base)
        let f = Int(first[slot])
        return f < 0 ? nil : f..<(f + Int(count[slot]))
    }

    /// The reading a list sorts a character by (`sort-readings.tsv`, else the first), or as the
    /// first character of a person's name; nil for a character not in the table.
    public func sortReading(of ch: Character, surname: Bool = false) -> String? {
        guard ch.unicodeScalars.count == 1, let i = sortReadingIndex(ch.unicodeScalars.first!.value, surname: surname) else { return nil }
        return String(decoding: readings[i], as: UTF8.self)
    }

    func sortReadingIndex(_ scalar: UInt32, surname: Bool) -> Int? {
        guard scalar >= base, Int(scalar - base) < first.count else { return nil }
        if surname, let s = surnameIndex[scalar] { return Int(s) }
        let i = sortIndex[Int(scalar - base)]
        return i < 0 ? nil : Int(i)
    }

    /// The readings search matches for a character (see `searched`).
    public func searchedReadings(of ch: Character) -> [String] {
        guard ch.unicodeScalars.count == 1, let slot = slot(ch.unicodeScalars.first!.value), let r = readingRange(ch.unicodeScalars.first!.value) else { return [] }
        return r.filter { isSearched($0, slot: slot) }.map { String(decoding: readings[$0], as: UTF8.self) }
    }

    /// The readings of a character, most common first (empty for a character not in the table).
    public func readings(of ch: Character) -> [String] {
        guard ch.unicodeScalars.count == 1, let r = readingRange(ch.unicodeScalars.first!.value) else { return [] }
        return readings[r].map { String(decoding: $0, as: UTF8.self) }
    }

    /// Scalars lower-cased (ASCII by arithmetic, others by their Unicode mapping) with white
    /// space removed: the units both sides are compared in.
    static func units(_ s: String) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(s.utf8.count)
        appendUnits(s, to: &out)
        return out
    }

    static func appendUnits(_ s: String, to out: inout [UInt32]) {
        for u in s.unicodeScalars {
            let v = u.value
            // CJK ideographs (most of a Chinese row) have no case and are not space: no lookup.
            if v >= 0x3400 && v <= 0x9FFF { out.append(v); continue }
            if v < 0x80 {
                if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0D { continue }
                out.append(v >= 65 && v <= 90 ? v + 32 : v)
            } else if u.properties.isWhitespace {
                continue
            } else if u.properties.changesWhenLowercased, let lower = u.properties.lowercaseMapping.unicodeScalars.first {
                out.append(lower.value)
            } else {
                out.append(v)
            }
        }
    }

    /// ü is written `v` by some tables and typists and `u` by others (this table writes 吕 `lu`):
    /// within a reading the two letters are one.
    static func same(_ reading: UInt8, _ typed: UInt32) -> Bool {
        let r = UInt32(reading)
        return r == typed || (r == 0x75 && typed == 0x76) || (r == 0x76 && typed == 0x75)
    }

    /// Whether `query` finds `text`: a run of `text` where each Chinese character is typed as
    /// itself or as a prefix of one of its readings (initial, whole syllable, or in between) and
    /// every other character as itself, case-insensitively. White space is ignored on both sides,
    /// so a plain substring always matches. An empty query finds everything.
    public func matches(query: String, in text: String) -> Bool {
        matchUnits(PinyinTable.units(query), in: PinyinTable.units(text))
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
