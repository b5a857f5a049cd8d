import StationDomain

/// A small model of an xterm screen, fed with what a curses program writes, so the suite can ask
/// "does the screen now show X" rather than search the byte stream (curses redraws only the cells
/// that changed, so a number going from 199640 to 200000 is sent as "20000" and nothing more).
/// Handles what ncurses sends for TERM=xterm-256color: printing (CJK two cells wide), CR, LF, BS,
/// CUP/HPA/VPA and relative moves, EL/ED/ECH, REP, ICH/DCH/IL/DL, scroll region with IND/RI/SU/SD,
/// the alternate screen; colours and modes are ignored.
struct ScreenModel {
    let width: Int
    let height: Int
    private(set) var cells: [[String]]
    private var row = 0, col = 0
    private var top = 0, bottom: Int
    private var lastPrinted = " "
    /// xterm's pending wrap: after a character lands in the last column the cursor stays there,
    /// and only the next character goes to the next line.
    private var wrapPending = false
    private var state = State.text
    private var params = ""
    private var utf8: [UInt8] = []

    private enum State { case text, escape, csi, charset, osc }

    init(width: Int = 80, height: Int = 24) {
        self.width = width; self.height = height
        cells = Array(repeating: Array(repeating: " ", count: width), count: height)
        bottom = height - 1
    }

    /// The screen's text, one string per row (a wide character once, its second cell dropped).
    var lines: [String] { cells.map { $0.filter { !$0.isEmpty }.joined() } }

    /// Whether any row shows `text`.
    func shows(_ text: String) -> Bool { lines.contains { $0.contains(text) } }

    mutating func feed<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        for b in bytes { byte(b) }
    }

    private mutating func byte(_ b: UInt8) {
        switch state {
        case .text:
            if !utf8.isEmpty || b >= 0x80 {
                utf8.append(b)
                let need = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : utf8[0] >= 0xC0 ? 2 : 1
                if utf8.count >= need { print(String(decoding: utf8, as: UTF8.self)); utf8.removeAll() }
                return
            }
            switch b {
            case 0x1B: state = .escape
            case 0x0D: col = 0; wrapPending = false
            case 0x0A, 0x0B, 0x0C: lineFeed(); wrapPending = false
            case 0x08: col = max(0, col - 1); wrapPending = false
            case 0x07, 0x0E, 0x0F, 0x00: break
            case 0x09: col = min(width - 1, (col / 8 + 1) * 8)
            default: print(String(UnicodeScalar(b)))
            }
        case .escape:
            switch b {
            case UInt8(ascii: "["): state = .csi; params = ""
            case UInt8(ascii: "("), UInt8(ascii: ")"): state = .charset
            case UInt8(ascii: "]"): state = .osc
            case UInt8(ascii: "M"): reverseIndex(); state = .text
            case UInt8(ascii: "E"): col = 0; lineFeed(); state = .text
            case UInt8(ascii: "D"): lineFeed(); state = .text
            default: state = .text   // ESC = / ESC > / ESC 7 / ESC 8 …
            }
        case .charset: state = .text
        case .osc: if b == 0x07 || b == 0x1B { state = b == 0x1B ? .escape : .text }
        case .csi:
            if (b >= 0x30 && b <= 0x3F) || b == 0x20 { params.append(Character(UnicodeScalar(b))); return }
            csi(final: b)
            state = .text
        }
    }

    private func numbers(_ fallback: Int) -> [Int] {
        let parts = params.filter { $0 != "?" && $0 != ">" }.split(separator: ";", omittingEmptySubsequences: false)
        return parts.isEmpty ? [fallback] : parts.map { Int($0) ?? fallback }
    }

    private mutating func csi(final b: UInt8) {
        if b != UInt8(ascii: "m") && b != UInt8(ascii: "b") { wrapPending = false }
        let n = numbers(1)
        let first = max(1, n.first ?? 1)
        switch b {
        case UInt8(ascii: "H"), UInt8(ascii: "f"):
            let p = numbers(1)
            row = clampRow((p.first ?? 1) - 1); col = clampCol((p.count > 1 ? p[1] : 1) - 1)
        case UInt8(ascii: "A"): row = max(0, row - first)
        case UInt8(ascii: "B"): row = min(height - 1, row + first)
        case UInt8(ascii: "C"): col = min(width - 1, col + first)
        case UInt8(ascii: "D"): col = max(0, col - first)
        case UInt8(ascii: "G"): col = clampCol(first - 1)
        case UInt8(ascii: "d"): row = clampRow(first - 1)
        case UInt8(ascii: "K"):
            switch numbers(0).first ?? 0 {
            case 1: for c in 0...col { cells[row][c] = " " }
            case 2: cells[row] = Array(repeating: " ", count: width)
            default: for c in col..<width { cells[row][c] = " " }
            }
        case UInt8(ascii: "J"):
            switch numbers(0).first ?? 0 {
            case 1: for r in 0..<row { cells[r] = Array(repeating: " ", count: width) }; for c in 0...col { cells[row][c] = " " }
            case 2, 3: cells = Array(repeating: Array(repeating: " ", count: width), count: height)
            default:
                for c in col..<width { cells[row][c] = " " }
                for r in (row + 1)..<height { cells[r] = Array(repeating: " ", count: width) }
            }
        case UInt8(ascii: "X"): for c in col..<min(width, col + first) { cells[row][c] = " " }
        case UInt8(ascii: "b"): for _ in 0..<first { print(lastPrinted) }
        case UInt8(ascii: "@"):
            cells[row].insert(contentsOf: Array(repeating: " ", count: min(first, width - col)), at: col)
            cells[row].removeLast(cells[row].count - width)
        case UInt8(ascii: "P"):
            let k = min(first, width - col)
            cells[row].removeSubrange(col..<(col + k)); cells[row].append(contentsOf: Array(repeating: " ", count: k))
        case UInt8(ascii: "L"): for _ in 0..<first where row >= top && row <= bottom { scroll(down: true, from: row) }
        case UInt8(ascii: "M"): for _ in 0..<first where row >= top && row <= bottom { scroll(down: false, from: row) }
        case UInt8(ascii: "S"): for _ in 0..<first { scroll(down: false, from: top) }
        case UInt8(ascii: "T"): for _ in 0..<first { scroll(down: true, from: top) }
        case UInt8(ascii: "r"):
            let p = numbers(0)
            top = clampRow((p.first.map { max(1, $0) } ?? 1) - 1)
            bottom = clampRow((p.count > 1 && p[1] > 0 ? p[1] : height) - 1)
            row = 0; col = 0
        case UInt8(ascii: "h"), UInt8(ascii: "l"):
            if params.contains("1049") { cells = Array(repeating: Array(repeating: " ", count: width), count: height) }
        default: break   // m (colours), t, n …
        }
    }

    private func clampRow(_ r: Int) -> Int { min(max(r, 0), height - 1) }
    private func clampCol(_ c: Int) -> Int { min(max(c, 0), width - 1) }

    private mutating func print(_ text: String) {
        let w = max(1, DisplayWidth.of(text))
        if wrapPending || col + w > width { col = 0; lineFeed() }
        wrapPending = false
        cells[row][col] = text
        if w == 2 && col + 1 < width { cells[row][col + 1] = "" }
        lastPrinted = text
        if col + w >= width { col = width - 1; wrapPending = true } else { col += w }
    }

    private mutating func lineFeed() {
        if row == bottom { scroll(down: false, from: top) } else { row = min(height - 1, row + 1) }
    }

    private mutating func reverseIndex() {
        if row == top { scroll(down: true, from: top) } else { row = max(0, row - 1) }
    }

    /// Scrolls rows `from`…bottom of the region by one: down inserts a blank row at `from`.
    private mutating func scroll(down: Bool, from: Int) {
        let blank = Array(repeating: " ", count: width)
        if down {
            cells.remove(at: bottom); cells.insert(blank, at: from)
        } else {
            cells.remove(at: from); cells.insert(blank, at: bottom)
        }
    }
}
