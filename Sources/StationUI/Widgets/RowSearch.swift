import StationDomain

/// A list's rows prepared once for filter-as-you-type, column by column over the distinct values
/// (`ColumnValues`): each distinct cell becomes the matcher's key — pinyin units and masks
/// (`PinyinTable.SearchKeys`, one buffer per column), or lower-cased text — so a match lies inside one cell, never
/// across two. A keystroke decides each distinct value at most once (10⁵ rows naming a few
/// dozen stations ask about each station once) and a row is then array lookups. Building costs
/// O(distinct text). A custom matcher (tests) is asked about the values as they are.
struct RowSearch: Sendable {
    private enum Keys: Sendable {
        case pinyin(PinyinTable, [PinyinTable.SearchKeys])
        case plain([[String]])
        case custom([[String]], TextMatcher)
    }
    private let keys: Keys
    private let columns: [ColumnValues]
    private let rowCount: Int

    init(rows: [[String]], matcher: TextMatcher) {
        self.init(columns: ColumnValues.all(rows, columns: rows.map(\.count).max() ?? 0), rowCount: rows.count, matcher: matcher)
    }

    init(rows: ListRows, matcher: TextMatcher) {
        self.init(columns: ColumnValues.all(rows, columns: rows.indices.map(rows.width(ofRow:)).max() ?? 0),
                  rowCount: rows.count, matcher: matcher)
    }

    init(columns: [ColumnValues], rowCount: Int, matcher: TextMatcher) {
        self.columns = columns
        self.rowCount = rowCount
        switch matcher.kind {
        case .pinyin(let table): keys = .pinyin(table, columns.map { table.searchKeys($0.values) })
        case .substring: keys = .plain(columns.map { $0.values.map { $0.lowercased() } })
        case .custom: keys = .custom(columns.map(\.values), matcher)
        }
    }

    /// Whether every row a query extending `shorter` finds is among those `shorter` found (so a
    /// list narrows its last result). True for the prepared kinds; a custom matcher is unknown.
    func narrows(_ query: String, from shorter: String) -> Bool {
        switch keys {
        case .pinyin(let table, _): return table.searchQuery(query).narrows(table.searchQuery(shorter))
        case .plain: return query.lowercased().hasPrefix(shorter.lowercased())
        case .custom: return false
        }
    }

    /// The `candidates` (indices into the rows, order kept) that `query` finds.
    func filter(_ query: String, _ candidates: [Int]) -> [Int] {
        let decide: (Int, Int) -> Bool
        switch keys {
        case .pinyin(let table, let keys):
            let q = table.searchQuery(query)
            decide = { c, v in table.matches(q, in: keys[c], at: v) }
        case .plain(let keys):
            let q = query.lowercased()
            decide = { c, v in keys[c][v].contains(q) }
        case .custom(let values, let matcher):
            decide = { c, v in matcher.matches(query, values[c][v]) }
        }
        // Per column, per distinct value: 0 not asked yet, 1 matches, 2 does not.
        var known = columns.map { [UInt8](repeating: 0, count: $0.values.count) }
        return candidates.filter { row in
            for c in columns.indices {
                let v = Int(columns[c].valueOf[row])
                var answer = known[c][v]
                if answer == 0 {
                    answer = decide(c, v) ? 1 : 2
                    known[c][v] = answer
                }
                if answer == 1 { return true }
            }
            return false
        }
    }
}
