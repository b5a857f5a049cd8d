import StationDomain

/// One column of a list as its distinct values and, per row, which value it holds: 10⁵ talents
/// name a few dozen stations and employers, so widths, sort keys and search work per distinct
/// value, and a row is one array lookup. Building: one hash lookup per cell.
struct ColumnValues: Sendable {
    /// The distinct cells, in first-seen order.
    let values: [String]
    /// Per row: its cell's index in `values`.
    let valueOf: [Int32]

    init(_ rows: [[String]], column: Int) {
        self.init(count: rows.count) { column < rows[$0].count ? rows[$0][column] : "" }
    }

    /// A `ListRows` column is kept so already: its arrays, shared.
    init(_ rows: ListRows, column: Int) {
        self = rows.columnValues(column)
    }

    init(values: [String], valueOf: [Int32]) {
        self.values = values; self.valueOf = valueOf
    }

    private init(count: Int, cell: (Int) -> String) {
        var index: [BytewiseKey: Int32] = [:]
        index.reserveCapacity(min(count, 1 << 16))
        var values: [String] = []
        var valueOf: [Int32] = []
        valueOf.reserveCapacity(count)
        for r in 0..<count {
            let cell = cell(r)
            let key = BytewiseKey(cell)
            if let i = index[key] { valueOf.append(i); continue }
            let i = Int32(values.count)
            index[key] = i; values.append(cell); valueOf.append(i)
        }
        self.values = values; self.valueOf = valueOf
    }

    /// Every column of `rows`.
    static func all(_ rows: [[String]], columns: Int) -> [ColumnValues] {
        (0..<columns).map { ColumnValues(rows, column: $0) }
    }

    static func all(_ rows: ListRows, columns: Int) -> [ColumnValues] {
        (0..<columns).map { ColumnValues(rows, column: $0) }
    }
}
