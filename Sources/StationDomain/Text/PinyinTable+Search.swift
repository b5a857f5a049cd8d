/// Prepared search for lists: each row's text is turned into its comparison units once
/// (`searchKey`, O(text)), a typed query once per keystroke (`searchQuery`), and `matches(_:in:)`
/// then answers exactly as `matches(query:in:)` without re-reading either string. Two masks rule
/// most rows out in O(1): the letters a row can produce (its own and every letter of its
/// readings), and the letters a match can start with (its own letters and its characters'
/// initials) — the latter answers a one-letter query alone. Measured by `stationdesk-bench screens`.
extension PinyinTable {
    /// One text prepared for many queries.
    public struct SearchKey: Sendable {
        let units: [UInt32]
        let mask: UInt64
        let starts: UInt32
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

    /// Many texts' keys in one buffer: a `SearchKey` holds its units in an array of its own (a
    /// heap block per text, 26 MiB for 200,000 names); these hold every text's units in one array
    /// with where each ends. `matches(_:in:at:)` answers as `matches(_:in:)` on the text's own key.
    public struct SearchKeys: Sendable {
        var units: [UInt32] = []
        var ends: [Int32] = []
        var masks: [UInt64] = []
        var starts: [UInt32] = []
        public init() {}
        public var count: Int { ends.count }
    }

    /// The keys of `texts`, in their order.
    public func searchKeys(_ texts: [String]) -> SearchKeys {
        var k = SearchKeys()
        k.ends.reserveCapacity(texts.count); k.masks.reserveCapacity(texts.count); k.starts.reserveCapacity(texts.count)
        for text in texts {
            var mask: UInt64 = 0, starts: UInt32 = 0
            appendSearchUnits(text, to: &k.units, mask: &mask, starts: &starts)
            k.ends.append(Int32(k.units.count)); k.masks.append(mask); k.starts.append(starts)
        }
        return k
    }

    /// Whether `query` finds the `i`-th text of `keys`: the same answer as `matches(query, in: searchKey(text))`.
    public func matches(_ query: SearchQuery, in keys: SearchKeys, at i: Int) -> Bool {
        guard let first = query.units.first else { return true }
        if query.mask & ~keys.masks[i] != 0 { return false }
        let firstBit = PinyinTable.letterBit(first)
        if firstBit != 0 {
            if keys.starts[i] & firstBit == 0 { return false }
            if query.units.count == 1 { return true }
        }
        let from = i == 0 ? 0 : Int(keys.ends[i - 1]), to = Int(keys.ends[i])
        return keys.units.withUnsafeBufferPointer { all in
            matchUnits(query.units, in: UnsafeBufferPointer(rebasing: all[from..<to]))
        }
    }

    public func searchKey(_ text: String) -> SearchKey {
        var units: [UInt32] = []
        var mask: UInt64 = 0, starts: UInt32 = 0
        appendSearchUnits(text, to: &units, mask: &mask, starts: &starts)
        return SearchKey(units: units, mask: mask, starts: starts)
    }

    private func appendSearchUnits(_ text: String, to units: inout [UInt32], mask: inout UInt64, starts: inout UInt32) {
        let from = units.count
        PinyinTable.appendUnits(text, to: &units)
        for u in units[from...] {
            mask |= PinyinTable.bit(u)
            if let slot = slot(u) {
                mask |= letters[slot]; starts |= initials[slot]
            } else {
                starts |= PinyinTable.letterBit(u)
            }
        }
    }

    /// One key for a row of cells: as `searchKey` of the cells joined by a separator no query
    /// can match (so a match lies inside one cell, never across two), without building the
    /// joined string.
    public func searchKey(cells: [String]) -> SearchKey {
        var units: [UInt32] = []
        units.reserveCapacity(cells.reduce(cells.count) { $0 + $1.utf8.count })
        var mask: UInt64 = 0, starts: UInt32 = 0
        for (n, cell) in cells.enumerated() {
            if n > 0 { units.append(1) }
            appendSearchUnits(cell, to: &units, mask: &mask, starts: &starts)
        }
        return SearchKey(units: units, mask: mask, starts: starts)
    }

    public func searchQuery(_ text: String) -> SearchQuery {
        let units = PinyinTable.units(text)
        return SearchQuery(units: units, mask: units.reduce(0) { $0 | PinyinTable.bit($1) })
    }

    /// Same answer as `matches(query:in:)` for the texts the two were prepared from.
    public func matches(_ query: SearchQuery, in key: SearchKey) -> Bool {
        guard let first = query.units.first else { return true }
        // A unit no character or reading of the row can produce, or a first letter no match
        // can start with: no match (necessary conditions only, hence the matcher below).
        if query.mask & ~key.mask != 0 { return false }
        let firstBit = PinyinTable.letterBit(first)
        if firstBit != 0 {
            if key.starts & firstBit == 0 { return false }
            // One letter: found exactly when some letter or initial is that letter.
            if query.units.count == 1 { return true }
        }
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

    /// The bit of a lower-case letter a–z in a 26-bit mask (0 for anything else).
    static func letterBit(_ u: UInt32) -> UInt32 {
        u >= 0x61 && u <= 0x7A ? 1 << (u - 0x61) : 0
    }

    /// How the characters before the current one were typed, within one run of Chinese typed
    /// in pinyin: the run is either all initials (`zs`), or whole syllables of which only the
    /// last may be cut short (`zhangsan`, `zhangs`); a character typed as itself, or any other
    /// text, starts a new run.
    private enum Mode: Int { case free = 0, initials, whole, afterPartial }

    /// Whether `needle` spells a run of consecutive units of `hay`: each unit typed as itself
    /// (case-insensitively), and each Chinese character in pinyin — all initials, or whole
    /// syllables ending in a partial one — using any of its searched readings (`searched`). Not letters scattered
    /// over the text: `wang` is 王 or 汪, not 文安国's w-an-g. The failure memo keeps a text full
    /// of polyphones polynomial; it is allocated only for needles longer than four units, when
    /// one fails.
    func matchUnits(_ needle: [UInt32], in hay: [UInt32]) -> Bool {
        hay.withUnsafeBufferPointer { matchUnits(needle, in: $0) }
    }

    func matchUnits(_ needle: [UInt32], in hay: UnsafeBufferPointer<UInt32>) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        var failed: [Bool] = []
        func match(_ u: Int, _ k: Int, _ mode: Mode) -> Bool {
            if k == n { return true }
            if u == hay.count { return false }
            let memo = ((u * (n + 1)) + k) * 4 + mode.rawValue
            if !failed.isEmpty && failed[memo] { return false }
            let ch = hay[u]
            if ch == needle[k], match(u + 1, k + 1, .free) { return true }
            if mode != .afterPartial, let slot = slot(ch) {
                for i in Int(self.first[slot])..<(Int(self.first[slot]) + Int(self.count[slot])) where isSearched(i, slot: slot) {
                    let r = readings[i]
                    if mode != .whole, PinyinTable.same(r[0], needle[k]) {
                        if match(u + 1, k + 1, .initials) { return true }
                        // zh, ch, sh count as one initial: `zhs` finds 张三 too.
                        if r.count > 2, r[1] == 0x68, r[0] == 0x7A || r[0] == 0x63 || r[0] == 0x73,
                           k + 1 < n, needle[k + 1] == 0x68, match(u + 1, k + 2, .initials) { return true }
                    }
                    if mode != .initials {
                        var p = 0
                        while p < r.count, k + p < n, PinyinTable.same(r[p], needle[k + p]) {
                            p += 1
                            if p == r.count {
                                if match(u + 1, k + p, .whole) { return true }
                            } else if k + p == n {
                                return true
                            } else if p > 1 || mode == .whole, match(u + 1, k + p, .afterPartial) {
                                return true
                            }
                        }
                    }
                }
            }
            // Short needles cannot blow up; the memo (a heap array) is for long ones only.
            if n > 4 {
                if failed.isEmpty { failed = [Bool](repeating: false, count: (hay.count + 1) * (n + 1) * 4) }
                failed[memo] = true
            }
            return false
        }
        let first = needle[0]
        let firstBit = PinyinTable.letterBit(first)
        for start in hay.indices {
            // Cheap test of the first unit before the recursive search.
            let ch = hay[start]
            var could = ch == first
            if !could, firstBit != 0, let slot = slot(ch) { could = initials[slot] & firstBit != 0 }
            if could && match(start, 0, .free) { return true }
        }
        return false
    }
}
