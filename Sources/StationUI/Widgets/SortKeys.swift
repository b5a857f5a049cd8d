import StationDomain

/// The order of one column of a list as a rank per row: equal cells share a rank, and ranks
/// follow the column's order (`PinyinCollation` keys of the distinct values, compared bytewise).
/// A sort is then a counting sort by rank, stable by row index: O(rows + distinct values).
/// Building: each distinct value's key once (`ColumnValues`: columns repeat stations, dates,
/// employers), the distinct keys sorted, one array lookup per row.
struct SortKeys: Sendable {
    /// Per row: the rank of its value (0 is first).
    private(set) var ranks: [Int32] = []
    /// How many distinct values.
    private(set) var distinct = 0

    init(_ column: ColumnValues, order: Table.Order, table: PinyinTable?) {
        let values = column.values
        // The distinct values' keys in one buffer; sorted by key.
        var bytes: [UInt8] = [], offsets: [Int] = [0]
        bytes.reserveCapacity(values.count * 16)
        for v in values {
            switch order {
            case .text: PinyinCollation.appendKey(v, table: table, to: &bytes)
            case .personName: PinyinCollation.appendKey(v, table: table, personName: true, to: &bytes)
            case .number: PinyinCollation.appendNumberKey(v, table: table, to: &bytes)
            case .date: PinyinCollation.appendDateKey(v, table: table, to: &bytes)
            }
            offsets.append(bytes.count)
        }
        let sorted = bytes.withUnsafeBufferPointer { buf in
            values.indices.sorted { a, b in
                var i = offsets[a], j = offsets[b]
                let ea = offsets[a + 1], eb = offsets[b + 1]
                while i < ea && j < eb {
                    if buf[i] != buf[j] { return buf[i] < buf[j] }
                    i += 1; j += 1
                }
                return (ea - i) < (eb - j)
            }
        }
        var rankOf = [Int32](repeating: 0, count: values.count)
        for (r, v) in sorted.enumerated() { rankOf[v] = Int32(r) }
        ranks = column.valueOf.map { rankOf[Int($0)] }
        distinct = values.count
    }

    /// Row indices `0..<ranks.count` in rank order, equal ranks by index; `reversed`: ranks
    /// descending, equal ranks still by index. A counting sort.
    func sortedIndices(reversed: Bool) -> [Int] {
        var start = [Int](repeating: 0, count: distinct + 1)
        for r in ranks { start[Int(reversed ? Int32(distinct - 1) - r : r) + 1] += 1 }
        for i in 0..<distinct { start[i + 1] += start[i] }
        var out = [Int](repeating: 0, count: ranks.count)
        for (row, r) in ranks.enumerated() {
            let b = Int(reversed ? Int32(distinct - 1) - r : r)
            out[start[b]] = row
            start[b] += 1
        }
        return out
    }
}
