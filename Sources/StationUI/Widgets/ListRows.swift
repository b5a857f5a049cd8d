/// The rows of a list kept as one flat array of cells, with where each row starts. 200,000 rows
/// held as arrays of their own cost an array header and a heap block each — 128 bytes a row
/// before any text, a third of the talents list's memory (issue 15: that list in ≤ 64 MiB). A row
/// read as `[String]` (`rows[i]`) is made when asked; `cell(i, column)` reads one cell without that.
public struct ListRows: RandomAccessCollection, Equatable, Sendable {
    public private(set) var cells: [String] = []
    /// Where each row starts in `cells`, then where the last one ends.
    private var starts: [Int32] = [0]

    public init() {}

    public init(_ rows: [[String]]) {
        reserve(rows: rows.count, cells: rows.reduce(0) { $0 + $1.count })
        for row in rows { append(row) }
    }

    public mutating func reserve(rows: Int, cells count: Int) {
        cells.reserveCapacity(count)
        starts.reserveCapacity(rows + 1)
    }

    public mutating func append(_ row: [String]) {
        cells.append(contentsOf: row)
        starts.append(Int32(cells.count))
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { starts.count - 1 }

    public subscript(i: Int) -> [String] { Array(cells[Int(starts[i])..<Int(starts[i + 1])]) }

    /// How many cells row `i` has.
    public func width(ofRow i: Int) -> Int { Int(starts[i + 1] - starts[i]) }

    /// Cell `column` of row `i`; empty when the row is shorter.
    public func cell(_ i: Int, _ column: Int) -> String {
        let at = Int(starts[i]) + column
        return at < Int(starts[i + 1]) ? cells[at] : ""
    }
}
