import StationDomain

/// The sort keys of one column of a list, in one flat byte buffer (`PinyinCollation` keys), with
/// each key's first eight bytes packed into an integer so most comparisons are one integer
/// compare. Building: O(total text); sorting n rows: O(n log n) comparisons, no string work.
struct SortKeys: Sendable {
    private var bytes: [UInt8] = []
    private var offsets: [Int32] = [0]
    private var prefixes: [UInt64] = []

    init(_ cells: some Collection<String>, order: Table.Order, table: PinyinTable?) {
        bytes.reserveCapacity(cells.count * 16)
        offsets.reserveCapacity(cells.count + 1)
        prefixes.reserveCapacity(cells.count)
        for text in cells {
            let start = bytes.count
            switch order {
            case .text: PinyinCollation.appendKey(text, table: table, to: &bytes)
            case .personName: PinyinCollation.appendKey(text, table: table, personName: true, to: &bytes)
            case .number: PinyinCollation.appendNumberKey(text, table: table, to: &bytes)
            case .date: PinyinCollation.appendDateKey(text, table: table, to: &bytes)
            }
            var p: UInt64 = 0
            for i in 0..<8 { p = p << 8 | UInt64(start + i < bytes.count ? bytes[start + i] : 0) }
            prefixes.append(p)
            offsets.append(Int32(bytes.count))
        }
    }

    /// Three-way comparison of the keys of rows `a` and `b`.
    func compare(_ a: Int, _ b: Int) -> Int {
        let pa = prefixes[a], pb = prefixes[b]
        if pa != pb { return pa < pb ? -1 : 1 }
        return bytes.withUnsafeBufferPointer { buf in
            var i = Int(offsets[a]), j = Int(offsets[b])
            let ea = Int(offsets[a + 1]), eb = Int(offsets[b + 1])
            while i < ea && j < eb {
                if buf[i] != buf[j] { return buf[i] < buf[j] ? -1 : 1 }
                i += 1; j += 1
            }
            return (ea - i) == (eb - j) ? 0 : ((ea - i) < (eb - j) ? -1 : 1)
        }
    }

    /// Row indices `0..<count` in key order (ties by index, so equal rows keep their order),
    /// or the exact reverse of the keys with ties still by index.
    func sortedIndices(count: Int, reversed: Bool) -> [Int] {
        var idx = Array(0..<count)
        idx.sort { a, b in
            let c = compare(a, b)
            if c != 0 { return reversed ? c > 0 : c < 0 }
            return a < b
        }
        return idx
    }
}
