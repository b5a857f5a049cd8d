import StationDomain

/// The rows of a list kept by column: each column as its distinct cells and, per row, which one
/// it holds (`ColumnValues`, 4 bytes a cell). 200,000 rows held as arrays of their own cost an
/// array header and a heap block each (128 bytes a row before any text), and even one flat array
/// of cells costs 16 bytes a cell (19 MiB for the talents list's six columns) although a column
/// repeats a few dozen stations, employers and dates (issue 15: that list in ≤ 64 MiB). A row
/// read as `[String]` (`rows[i]`) is made when asked; `cell(i, column)` reads one cell without that.
public struct ListRows: RandomAccessCollection, Equatable, Sendable {
    private struct Column: Sendable {
        var values: [String] = []
        var valueOf: [Int32] = []
        /// Where each value is in `values`, while rows are appended (dropped by `finish`, made
        /// again by the next `append`).
        var index: [BytewiseKey: Int32]? = [:]

        mutating func intern(_ cell: String) -> Int32 {
            if index == nil {
                var made: [BytewiseKey: Int32] = [:]
                made.reserveCapacity(values.count)
                for (i, v) in values.enumerated() { made[BytewiseKey(v)] = Int32(i) }
                index = made
            }
            let key = BytewiseKey(cell)
            if let i = index![key] { return i }
            let i = Int32(values.count)
            values.append(cell)
            index![key] = i
            return i
        }
    }

    private var columns: [Column] = []
    /// Per row: how many cells it has (a shorter row reads empty past its end).
    private var widths: [UInt16] = []

    public init() {}

    public init(_ rows: [[String]]) {
        reserve(rows: rows.count, cells: 0)
        for row in rows { append(row) }
        finish()
    }

    /// Room for `rows` rows (`cells` is no longer needed: kept for callers that count them).
    public mutating func reserve(rows: Int, cells _: Int = 0) {
        widths.reserveCapacity(rows)
        for c in columns.indices { columns[c].valueOf.reserveCapacity(rows) }
        reserved = rows
    }
    private var reserved = 0

    public mutating func append(_ row: [String]) {
        let r = widths.count
        while columns.count < row.count {
            // A new column: the rows before hold empty cells in it.
            var column = Column()
            column.valueOf.reserveCapacity(Swift.max(reserved, r + 1))
            if r > 0 {
                let empty = column.intern("")
                column.valueOf.append(contentsOf: repeatElement(empty, count: r))
            }
            columns.append(column)
        }
        for c in columns.indices {
            columns[c].valueOf.append(columns[c].intern(c < row.count ? row[c] : ""))
        }
        widths.append(UInt16(row.count))
    }

    /// Drops what appending needs (each column's index of its values): a list of 10⁵ distinct
    /// names keeps only its values. Appending afterwards makes it again.
    public mutating func finish() {
        for c in columns.indices { columns[c].index = nil }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { widths.count }

    public subscript(i: Int) -> [String] { (0..<Int(widths[i])).map { cell(i, $0) } }

    /// How many cells row `i` has.
    public func width(ofRow i: Int) -> Int { Int(widths[i]) }

    /// Cell `column` of row `i`; empty when the row is shorter.
    public func cell(_ i: Int, _ column: Int) -> String {
        guard column < Int(widths[i]) else { return "" }
        let c = columns[column]
        return c.values[Int(c.valueOf[i])]
    }

    /// Column `column` as its distinct values and each row's (no copy: the arrays are shared).
    func columnValues(_ column: Int) -> ColumnValues {
        guard column < columns.count else {
            return ColumnValues(values: isEmpty ? [] : [""], valueOf: [Int32](repeating: 0, count: count))
        }
        return ColumnValues(values: columns[column].values, valueOf: columns[column].valueOf)
    }

    public static func == (a: ListRows, b: ListRows) -> Bool {
        a.count == b.count && a.indices.allSatisfy { a[$0] == b[$0] }
    }
}
