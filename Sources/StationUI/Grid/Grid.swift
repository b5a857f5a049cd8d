import StationDomain

/// An in-memory screen of `width`×`height` cells that screens draw into and that tests read.
///
/// Writing never splits a wide character: a wide character that would not fit at the right
/// edge leaves a blank instead, and overwriting half of an existing wide character blanks its
/// other half. Widths come from `DisplayWidth` (with the grid's `ambiguousWide` setting), the
/// same function reports use. Memory: one `Cell` per cell.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public let ambiguousWide: Bool
    public private(set) var cells: [Cell]
    /// Where the terminal's real cursor should sit (selected row or active field), if anywhere.
    public var cursor: (row: Int, col: Int)? = nil

    public init(width: Int, height: Int, ambiguousWide: Bool = false) {
        self.width = max(0, width); self.height = max(0, height); self.ambiguousWide = ambiguousWide
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public static func == (a: Grid, b: Grid) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells
            && a.cursor?.row == b.cursor?.row && a.cursor?.col == b.cursor?.col
    }

    public subscript(row: Int, col: Int) -> Cell {
        get { cells[row * width + col] }
        set { cells[row * width + col] = newValue }
    }

    /// Display width of `s` as this grid measures it.
    public func measure(_ s: String) -> Int { DisplayWidth.of(s, ambiguousWide: ambiguousWide) }

    /// `s` cut with `…` to fit `width` cells, as this grid measures it.
    public func truncate(_ s: String, to width: Int) -> String {
        DisplayWidth.truncate(s, to: width, ambiguousWide: ambiguousWide)
    }

    /// `s` truncated or space-padded to exactly `width` cells.
    public func pad(_ s: String, to width: Int, alignRight: Bool = false) -> String {
        DisplayWidth.pad(s, to: width, alignRight: alignRight, ambiguousWide: ambiguousWide)
    }

    /// Writes `s` at (`row`, `col`) without passing `col + limit` (default: the right edge);
    /// text that does not fit is cut with `…` (unless `ellipsis` is false, as for a scrolled
    /// text field). Control, zero-width and bidirectional characters — which only text the program
    /// did not write can hold (a name stored by an older version, a file name) — are shown as
    /// escapes (`\x1B`, `\u202E`, `TextRules.printable`), never sent to the terminal; line breaks
    /// and tabs are not written. Returns the cells used.
    @discardableResult
    public mutating func put(_ s: String, row: Int, col: Int, limit: Int? = nil, style: Style = .normal,
                             ellipsis: Bool = true) -> Int {
        guard row >= 0, row < height, col >= 0, col < width else { return 0 }
        let end = min(width, col + (limit ?? width))
        let safe = TextRules.printable(s, keepLineBreaks: true)
        let s = ellipsis && measure(safe) > end - col ? truncate(safe, to: end - col) : safe
        var x = col
        for c in s {
            let w = DisplayWidth.of(c, ambiguousWide: ambiguousWide)
            if w == 0 { continue }
            if x + w > end {
                if x < end { setCell(row, x, Cell(text: " ", style: style, width: 1)); x += 1 }
                break
            }
            setCell(row, x, Cell(text: String(c), style: style, width: UInt8(w)))
            if w == 2 { setCell(row, x + 1, .continuation(style)) }
            x += w
        }
        return x - col
    }

    /// Fills `count` cells from (`row`, `col`) with spaces of `style`.
    public mutating func fill(row: Int, col: Int = 0, count: Int? = nil, style: Style = .normal) {
        guard row >= 0, row < height, col < width else { return }
        let end = min(width, col + (count ?? width))
        var x = max(0, col)
        while x < end { setCell(row, x, Cell(text: " ", style: style, width: 1)); x += 1 }
    }

    /// Replaces one cell, first blanking the other half of any wide character it would cut.
    private mutating func setCell(_ row: Int, _ col: Int, _ cell: Cell) {
        let old = self[row, col]
        if old.isContinuation && !cell.isContinuation && col > 0 {
            self[row, col - 1] = Cell(text: " ", style: self[row, col - 1].style, width: 1)
        }
        if old.width == 2 && cell.width != 2 && col + 1 < width {
            self[row, col + 1] = Cell(text: " ", style: old.style, width: 1)
        }
        if cell.width == 2, col + 1 < width, self[row, col + 1].width == 2, col + 2 < width {
            self[row, col + 2] = Cell(text: " ", style: self[row, col + 2].style, width: 1)
        }
        self[row, col] = cell
    }

    /// The text of one row as the terminal would show it (trailing spaces kept).
    public func rowText(_ row: Int) -> String {
        var s = ""
        for x in 0..<width where !self[row, x].isContinuation { s += self[row, x].text }
        return s
    }

    /// The whole screen as text, one line per row, trailing spaces removed: what golden files hold.
    public var text: String {
        (0..<height).map { r -> String in
            var line = rowText(r)
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }
}
