import StationDomain

/// A table printed as Markdown whose pipes also line up in a terminal: every cell is padded to
/// its column's display width (`DisplayWidth`, CJK = 2 cells), so the text reads the same raw
/// and rendered. Also gives the same rows as CSV for `--format csv`.
/// Cost: O(cells × cell length).
public struct TextTable: Sendable, Equatable {
    public enum Alignment: Sendable { case left, right }

    public var headers: [String]
    public var alignments: [Alignment]
    public var rows: [[String]]
    /// Columns of money, dates or counts: never guarded against formulas in CSV (`FormulaGuard`).
    public var plainColumns: Set<Int>

    public init(headers: [String], alignments: [Alignment]? = nil, rows: [[String]] = [], plainColumns: Set<Int> = []) {
        self.headers = headers
        self.alignments = alignments ?? headers.map { _ in .left }
        self.rows = rows
        self.plainColumns = plainColumns
    }

    /// Markdown lines: header, alignment rule, rows.
    public func markdown(ambiguousWide: Bool = false) -> [String] {
        let widths = headers.indices.map { c in
            max(3, ([headers[c]] + rows.map { c < $0.count ? $0[c] : "" })
                .map { DisplayWidth.of($0, ambiguousWide: ambiguousWide) }.max() ?? 0)
        }
        func line(_ cells: [String]) -> String {
            let padded = headers.indices.map { c -> String in
                let text = c < cells.count ? cells[c] : ""
                return DisplayWidth.pad(text, to: widths[c], alignRight: alignments[c] == .right, ambiguousWide: ambiguousWide)
            }
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let rule = "|" + headers.indices.map { c in
            alignments[c] == .right ? String(repeating: "-", count: widths[c] + 1) + ":" : String(repeating: "-", count: widths[c] + 2)
        }.joined(separator: "|") + "|"
        return [line(headers), rule] + rows.map(line)
    }
}
