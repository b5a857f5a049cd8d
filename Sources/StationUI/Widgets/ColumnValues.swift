/// One column of a list as its distinct values and, per row, which value it holds: 10⁵ talents
/// name a few dozen stations and employers, so widths, sort keys and search work per distinct
/// value, and a row is one array lookup. Building: one hash lookup per cell.
struct ColumnValues: Sendable {
    /// The distinct cells, in first-seen order.
    let values: [String]
    /// Per row: its cell's index in `values`.
    let valueOf: [Int32]

    init(_ rows: [[String]], column: Int) {
        var index: [String: Int32] = [:]
        index.reserveCapacity(min(rows.count, 1 << 16))
        var values: [String] = []
        var valueOf: [Int32] = []
        valueOf.reserveCapacity(rows.count)
        for row in rows {
            let cell = column < row.count ? row[column] : ""
            if let i = index[cell] { valueOf.append(i); continue }
            let i = Int32(values.count)
            index[cell] = i; values.append(cell); valueOf.append(i)
        }
        self.values = values; self.valueOf = valueOf
    }

    /// Every column of `rows`.
    static func all(_ rows: [[String]], columns: Int) -> [ColumnValues] {
        (0..<columns).map { ColumnValues(rows, column: $0) }
    }
}
