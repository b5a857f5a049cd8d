/// Prepared search for lists: each row's text is turned into its comparison units once
/// (`searchKey`, O(text)), a typed query once per keystroke (`searchQuery`), and `matches(_:in:)`
/// then answers exactly as `matches(query:in:)` without re-reading either string. A 64-bit mask
/// of the letters a row can produce (its own characters and every letter of its readings) rules
/// most rows out in O(1); the rest run the matcher, whose memo is only allocated when it
/// backtracks. Measured by `stationdesk-bench screens`.
extension PinyinTable {
    /// One text prepared for many queries.
    public struct SearchKey: Sendable {
        let units: [UInt32]
        let mask: UInt64
    }

    /// One typed query prepared for many rows.
    public struct SearchQuery: Sendable, Equatable {
        let units: [UInt32]
        let mask: UInt64
        /// An empty (or all-space) query finds everything.
        public var isEmpty: Bool { units.isEmpty }
        /// Whether every text this query finds is also found by `shorter` (it extends it), so a
        /// list may narrow the previous result instead of scanning every row.
        public func narrows(_ shorter: SearchQuery) -> Bool { units.starts(with: shorter.units) }
    }

    public func searchKey(_ text: String) -> SearchKey {
        let units = PinyinTable.units(text)
        var mask: UInt64 = 0
        for u in units {
            mask |= PinyinTable.bit(u)
            if let range = readingRange(u) {
                for i in range { for letter in readings[i] { mask |= PinyinTable.bit(UInt32(letter)) } }
            }
        }
        return SearchKey(units: units, mask: mask)
    }

    /// One key for a row of cells: as `searchKey` of the cells joined by a separator no query
    /// can match (so a match never spans two cells), without building the joined string.
    public func searchKey(cells: [String]) -> SearchKey {
        var units: [UInt32] = []
        units.reserveCapacity(cells.reduce(cells.count) { $0 + $1.utf8.count })
        var mask: UInt64 = 0
        for (n, cell) in cells.enumerated() {
            if n > 0 { units.append(1) }
            let key = searchKey(cell)
            units += key.units
            mask |= key.mask
        }
        return SearchKey(units: units, mask: mask)
    }

    public func searchQuery(_ text: String) -> SearchQuery {
        let units = PinyinTable.units(text)
        return SearchQuery(units: units, mask: units.reduce(0) { $0 | PinyinTable.bit($1) })
    }

    /// Same answer as `matches(query:in:)` for the texts the two were prepared from.
    public func matches(_ query: SearchQuery, in key: SearchKey) -> Bool {
        if query.units.isEmpty { return true }
        // A needle unit no character or reading of the row can produce: no match (necessary
        // condition only, hence the full matcher below).
        if query.mask & ~key.mask != 0 { return false }
        return matchUnits(query.units, in: key.units)
    }

    /// The mask bit of a unit: a–z (u and v share one, `same`), 0–9, and 28 buckets for the rest.
    static func bit(_ u: UInt32) -> UInt64 {
        switch u {
        case 0x76: return 1 << (0x75 - 0x61)
        case 0x61...0x7A: return 1 << UInt64(u - 0x61)
        case 0x30...0x39: return 1 << UInt64(26 + u - 0x30)
        default: return 1 << UInt64(36 + u % 28)
        }
    }

    /// Whether `needle` occurs in `hay` with each Chinese character typed as itself or as a
    /// prefix of one of its readings. The failure memo keeps a text full of polyphones
    /// polynomial; it is allocated only for needles longer than four units, when one fails.
    func matchUnits(_ needle: [UInt32], in hay: [UInt32]) -> Bool {
        if needle.isEmpty { return true }
        let width = needle.count + 1
        var failed: [Bool] = []
        func match(_ u: Int, _ k: Int) -> Bool {
            if k == needle.count { return true }
            if u == hay.count || (!failed.isEmpty && failed[u * width + k]) { return false }
            let ch = hay[u]
            if ch == needle[k], match(u + 1, k + 1) { return true }
            if let range = readingRange(ch) {
                for i in range {
                    let reading = readings[i]
                    var n = 0
                    while n < reading.count, k + n < needle.count, PinyinTable.same(reading[n], needle[k + n]) {
                        n += 1
                        if match(u + 1, k + n) { return true }
                    }
                }
            }
            // Short needles cannot blow up; the memo (a heap array) is for long ones only.
            if needle.count > 4 {
                if failed.isEmpty { failed = [Bool](repeating: false, count: (hay.count + 1) * width) }
                failed[u * width + k] = true
            }
            return false
        }
        let first = needle[0]
        for start in hay.indices {
            // Cheap test of the first unit before the recursive search.
            let ch = hay[start]
            var could = ch == first
            if !could, let range = readingRange(ch) {
                could = range.contains { i in PinyinTable.same(readings[i][0], first) }
            }
            if could && match(start, 0) { return true }
        }
        return false
    }
}
