import StationDomain

/// Read-only lines that scroll (a record, a chart, a journal entry): ↑ ↓ j k by a line, PgUp
/// PgDn by a page, Home End g G to the ends, always stopping there (the last page stays full).
/// A line longer than the width wraps — at a character boundary, never cutting a wide
/// character — and its continuation lines are indented by its `hang` (by default its leading
/// spaces), so a long value stays readable whole under its label. A hang of -1 cuts the line
/// with … instead (the default for a Markdown table row, `| … |`, whose columns wrapping would
/// break). Each line has a style so
/// headings and warnings show in mono too (they also carry words or marks).
/// Cost of a render: O(text) when the width changed, else O(visible lines).
public struct TextPane: Sendable {
    public var lines: [(text: String, style: Style)] { didSet { wrapped = nil } }
    /// Per line: the indent of its continuation lines, -1 to cut instead of wrapping; missing
    /// entries use the leading spaces (-1 for a table row).
    public var hangs: [Int] = [] { didSet { wrapped = nil } }
    /// The first display line shown.
    public private(set) var top = 0
    private var pageSize = 10
    /// Display lines (after wrapping) for `wrappedWidth`.
    private var wrapped: [(text: String, style: Style)]?
    private var wrappedWidth = 0

    public init(_ lines: [(text: String, style: Style)] = [], hangs: [Int] = []) { self.lines = lines; self.hangs = hangs }

    /// The display lines at the last rendered width (for tests).
    public var displayLines: [String] { (wrapped ?? lines).map(\.text) }
    /// The last display line shown on the last render.
    public var bottom: Int { min(top + pageSize, (wrapped ?? lines).count) - 1 }

    private var lastTop: Int { max(0, (wrapped ?? lines).count - pageSize) }

    /// Scrolls for the movement keys; false for any other key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .up, .char("k"): top -= 1
        case .down, .char("j"): top += 1
        case .pageUp: top -= pageSize
        case .pageDown: top += pageSize
        case .home, .char("g"): top = 0
        case .end, .char("G"): top = Int.max   // the render shows the last page, whatever its height
        default: return false
        }
        if top != Int.max { top = max(0, min(top, lastTop)) }
        return true
    }

    /// Shows display line `line` first (as far as the last page allows).
    public mutating func scroll(to line: Int) { top = max(0, min(line, lastTop)) }

    /// Punctuation a Chinese line does not start with (避头): it takes the character before it along.
    static let noLineStart: Set<Character> = ["。", "，", "、", "；", "：", "？", "！", "）", "」", "』", "”", "’", "》", "〉", "】", "…", ".", ",", ";", ":", "?", "!", ")"]

    /// Wraps `text` into lines of at most `width` cells, continuation lines indented by `hang`;
    /// a closing punctuation mark never starts a line.
    static func wrap(_ text: String, width: Int, hang: Int, measure: (String) -> Int) -> [String] {
        guard width > 0, measure(text) > width else { return [text] }
        let indent = String(repeating: " ", count: max(0, min(hang, width / 2)))
        var out: [String] = []
        var line = "", used = 0
        for ch in text {
            let w = measure(String(ch))
            if used + w > width && !line.isEmpty {
                var carried = ""
                if noLineStart.contains(ch), line.count > indent.count + 1, let last = line.last {
                    line.removeLast(); carried = String(last)
                }
                out.append(line)
                line = indent + carried; used = indent.count + measure(carried)
                if ch == " " { continue }
            }
            line.append(ch); used += w
        }
        if !line.isEmpty && line != indent { out.append(line) }
        return out
    }

    /// Draws the visible lines from `area.top`, wrapped to the width; the cursor on the first line.
    public mutating func render(into grid: inout Grid, area: Area) {
        let width = max(1, area.width - 2)
        if wrapped == nil || wrappedWidth != width {
            var out: [(text: String, style: Style)] = []
            for (i, line) in lines.enumerated() {
                let hang = i < hangs.count ? hangs[i] : (line.text.hasPrefix("|") ? -1 : line.text.prefix { $0 == " " }.count)
                if hang < 0 { out.append(line); continue }
                for part in TextPane.wrap(line.text, width: width, hang: hang, measure: grid.measure) { out.append((part, line.style)) }
            }
            wrapped = out; wrappedWidth = width
        }
        let all = wrapped ?? lines
        pageSize = max(1, area.height)
        top = max(0, min(top, lastTop))
        for i in 0..<pageSize where top + i < all.count {
            let (text, style) = all[top + i]
            grid.put(text, row: area.top + i, col: area.left + 1, limit: area.width - 2, style: style)
        }
        grid.cursor = (area.top, area.left + 1)
    }
}
