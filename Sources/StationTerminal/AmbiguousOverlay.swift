import CNCursesw
import StationUI
#if canImport(Glibc)
import Glibc
#endif

/// Draws East-Asian-ambiguous characters when the grid counts them two cells wide
/// (`--ambiguous-wide`) but curses, measuring with `wcwidth`, counts one: curses then gets two
/// blanks for the pair of cells, and after each refresh the characters are written over them
/// with absolute cursor addressing. A terminal that draws them wide covers both blanks; one that
/// draws them narrow leaves the second blank — either way every later column stays where the
/// grid put it. Cost: a few bytes per such character per refresh (they are rare in the UI).
struct AmbiguousOverlay {
    private(set) var items: [(row: Int, col: Int, cell: Cell)] = []

    /// Whether curses would measure this lead cell narrower than the grid did.
    static func needs(_ cell: Cell) -> Bool {
        guard cell.width == 2, let s = cell.text.unicodeScalars.first else { return false }
        return wcwidth(wchar_t(bitPattern: s.value)) == 1
    }

    mutating func add(row: Int, col: Int, cell: Cell) { items.append((row, col, cell)) }

    /// Writes the characters after curses has flushed its update, then puts the cursor back
    /// where curses believes it is, with curses' attributes set to normal.
    func write(theme: Theme, pairs: [Style: Int16]) {
        guard !items.isEmpty else { return }
        let cursorRow = sd_physical_y(), cursorCol = sd_physical_x()
        sd_attributes_normal()
        var out = ""
        let reset = sd_cap("sgr0").map { String(cString: $0) } ?? ""
        for item in items {
            guard let cup = sd_cup(Int32(item.row), Int32(item.col)) else { continue }
            out += String(cString: cup) + reset + sequences(theme.attributes(item.cell.style))
            if let pair = pairs[item.cell.style] {
                var fg: Int16 = -1, bg: Int16 = -1
                pair_content(pair, &fg, &bg)
                if fg >= 0, let s = sd_setaf(Int32(fg)) { out += String(cString: s) }
                if bg >= 0, let s = sd_setab(Int32(bg)) { out += String(cString: s) }
            }
            out += item.cell.text
        }
        out += reset
        if let cup = sd_cup(cursorRow, cursorCol) { out += String(cString: cup) }
        fputs(out, stdout)
        fflush(stdout)
    }

    private func sequences(_ attrs: attr_t) -> String {
        var s = ""
        let table: [(attr_t, String)] = [(sd_a_bold(), "bold"), (sd_a_reverse(), "rev"),
                                         (sd_a_underline(), "smul"), (sd_a_dim(), "dim")]
        for (bit, cap) in table where attrs & bit != 0 {
            if let c = sd_cap(cap) { s += String(cString: c) }
        }
        return s
    }
}
