/// CSV injection (OWASP "CSV Injection"): Excel and WPS read a cell that begins with `=`, `+`, `-`
/// or `@` as a formula (`=HYPERLINK(…)`, `=cmd|' /C calc'!A0`), and a leading tab or carriage
/// return can hide one. Export puts an apostrophe before such a text cell, which both programs show
/// as plain text without the apostrophe; import takes exactly that apostrophe off again.
///
/// So that export → import → export gives the same bytes, a cell that already begins with
/// apostrophes followed by one of those characters (`'=x`) gets one more, and import removes one:
/// `guarded` and `unguarded` are inverse for every string. Money, date and number columns are
/// never guarded (`CSVDocument.data(plainColumns:)`): `-1200.00` stays a number.
/// Cost: O(1) for the usual cell (it looks at the first bytes only).
public enum FormulaGuard {
    /// `=`, `+`, `-`, `@`, tab, carriage return.
    static func isTrigger(_ b: UInt8) -> Bool {
        b == 0x3D || b == 0x2B || b == 0x2D || b == 0x40 || b == 0x09 || b == 0x0D
    }

    /// True when the cell, after any leading apostrophes, begins with a trigger.
    static func needsGuard(_ cell: String) -> Bool {
        for b in cell.utf8 {
            if b == 0x27 { continue }     // '
            return isTrigger(b)
        }
        return false
    }

    /// The cell as exported: with one apostrophe before it when a spreadsheet would read a formula.
    public static func guarded(_ cell: String) -> String {
        needsGuard(cell) ? "'" + cell : cell
    }

    /// The cell as imported: the apostrophe `guarded` added taken off, nothing else changed.
    public static func unguarded(_ cell: String) -> String {
        guard cell.utf8.first == 0x27, needsGuard(cell) else { return cell }
        return String(cell.dropFirst())
    }
}
