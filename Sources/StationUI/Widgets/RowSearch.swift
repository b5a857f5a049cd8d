import StationDomain

/// A list's rows prepared once for filter-as-you-type: each row's cells joined (with a separator
/// no query can match, so a match never spans two cells) and turned into the matcher's key —
/// pinyin units and letter mask (`PinyinTable.SearchKey`), or lower-cased text. Building costs
/// O(total text); a keystroke is then one pass over the candidate rows with no string work
/// per row. A custom matcher (tests) is asked cell by cell as before.
struct RowSearch: Sendable {
    private enum Keys: Sendable {
        case pinyin(PinyinTable, [PinyinTable.SearchKey])
        case plain([String])
        case cells(ListRows, TextMatcher)
    }
    private let keys: Keys

    init(rows: ListRows, matcher: TextMatcher) {
        switch matcher.kind {
        case .pinyin(let table): keys = .pinyin(table, rows.map { table.searchKey(cells: $0) })
        case .substring: keys = .plain(rows.map { $0.joined(separator: "\u{1}").lowercased() })
        case .custom: keys = .cells(rows, matcher)
        }
    }

    /// Whether every row a query extending `shorter` finds is among those `shorter` found (so a
    /// list narrows its last result). True for the prepared kinds; a custom matcher is unknown.
    func narrows(_ query: String, from shorter: String) -> Bool {
        switch keys {
        case .pinyin(let table, _): return table.searchQuery(query).narrows(table.searchQuery(shorter))
        case .plain: return query.lowercased().hasPrefix(shorter.lowercased())
        case .cells: return false
        }
    }

    /// The `candidates` (indices into the rows, order kept) that `query` finds.
    func filter(_ query: String, _ candidates: [Int]) -> [Int] {
        switch keys {
        case .pinyin(let table, let keys):
            let q = table.searchQuery(query)
            return candidates.filter { table.matches(q, in: keys[$0]) }
        case .plain(let keys):
            let q = query.lowercased()
            return candidates.filter { keys[$0].contains(q) }
        case .cells(let rows, let matcher):
            return candidates.filter { i in rows[i].contains { matcher.matches(query, $0) } }
        }
    }
}
