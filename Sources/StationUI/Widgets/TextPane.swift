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

    // MARK: searching inside (`/`, n N)

    /// The search typed after `/` (as the lists match: text or pinyin, `TextMatcher`).
    public private(set) var query = TextField()
    /// Typing the search now.
    public private(set) var searching = false
    /// The display line of the current match.
    public private(set) var match: Int?

    /// `/` opens a search at the bottom of the pane; as it is typed the view goes to the first
    /// line from the top that matches, marked as selected (and by the cursor); Enter keeps it,
    /// Esc clears it; `n` / `N` go to the next / previous matching line (wrapping, saying so).
    /// nil for keys it does not use. Call before `handle(_:)`.
    public mutating func handleSearch(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if searching {
            switch key {
            case .enter: searching = false
            case .escape: searching = false; query = TextField(); match = nil
            default:
                guard query.handle(key) else { return [] }
                find(from: 0, forward: true, ctx)
                if match == nil && !query.text.isEmpty { return [.error(c.noMatchInText)] }
            }
            return []
        }
        switch key {
        case .char("/"):
            searching = true
            return []
        case .char("n"), .char("N"):
            guard !query.text.isEmpty else { return nil }
            let forward = key == .char("n")
            let from = (match ?? top) + (forward ? 1 : -1)
            let before = match
            find(from: from, forward: forward, ctx)
            guard let m = match else { return [.error(c.noMatchInText)] }
            if let b = before, forward ? m <= b : m >= b { return [.message(forward ? c.searchWrappedToFirst : c.searchWrappedToLast)] }
            return []
        case .escape where !query.text.isEmpty:
            query = TextField(); match = nil
            return []
        default: return nil
        }
    }

    /// Finds the next line matching the query from display line `from` (wrapping), and scrolls
    /// it into view.
    private mutating func find(from: Int, forward: Bool, _ ctx: Context) {
        let all = (wrapped ?? lines).map(\.text)
        let q = query.text.trimmingCharacters(in: " ")
        guard !q.isEmpty, !all.isEmpty else { match = nil; return }
        let n = all.count
        for step in 0..<n {
            let i = ((forward ? from + step : from - step) % n + n) % n
            if ctx.matcher.matches(q, all[i]) {
                match = i
                if i < top || i >= top + pageSize { top = max(0, min(i - pageSize / 3, lastTop)) }
                return
            }
        }
        match = nil
    }

    /// The display lines at the last rendered width (for tests).
    public var displayLines: [String] { (wrapped ?? lines).map(\.text) }
    /// The last display line shown on the last render.
    public var bottom: Int { min(top + pageSize, (wrapped ?? lines).count) - 1 }

    private var lastTop: Int { max(0, (wrapped ?? lines).count - pageSize) }

    /// Scrolls for the movement keys; false for any other key.
    public mutating func handle(_ key: Key) -> Bool {
        // After End and before the next render (keys typed ahead, a terminal too small to draw),
        // `top` is still the marker Int.max: count from the last page, never past Int.max.
        if top == Int.max && key != .end && key != .char("G") { top = lastTop }
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

    /// The run of narrow, non-space characters ending `line` when a space before it (past the
    /// first `after` characters, the indent) lets it move whole to the next line, and it is at
    /// most half the width; nil otherwise (a CJK line breaks between any two characters).
    static func latinWordTail(_ line: String, after: Int, width: Int, measure: (String) -> Int) -> String? {
        let chars = Array(line)
        var start = chars.count
        while start > after, chars[start - 1] != " ", measure(String(chars[start - 1])) == 1 { start -= 1 }
        guard start < chars.count, start - 1 > after, chars[start - 1] == " ", chars.count - start <= width / 2 else { return nil }
        return String(chars[start...])
    }

    /// Wraps `text` into lines of at most `width` cells, continuation lines indented by `hang`;
    /// a closing punctuation mark never starts a line, nor does a Latin word break in its middle.
    static func wrap(_ text: String, width: Int, hang: Int, measure: (String) -> Int) -> [String] {
        guard width > 0, measure(text) > width else { return [text] }
        let indent = String(repeating: " ", count: max(0, min(hang, width / 2)))
        var out: [String] = []
        var line = "", used = 0
        for ch in text {
            let w = measure(String(ch))
            if used + w > width && !line.isEmpty {
                var carried = ""
                if ch != " ", measure(String(ch)) == 1, let word = latinWordTail(line, after: indent.count, width: width, measure: measure) {
                    // A Latin word (or a date) is not cut: it goes whole to the next line.
                    carried = word; line.removeLast(word.count)
                } else if noLineStart.contains(ch), line.count > indent.count + 1, let last = line.last {
                    line.removeLast(); carried = String(last)
                }
                while line.count > indent.count + 1, line.last == " " { line.removeLast() }
                out.append(line)
                line = indent + carried; used = indent.count + measure(carried)
                if ch == " " { continue }
            }
            line.append(ch); used += w
        }
        if !line.isEmpty && line != indent { out.append(line) }
        return out
    }

    /// Draws the visible lines from `area.top`, wrapped to the width, the search prompt on the
    /// last row while `/` is open; the cursor on the first line, the match or the prompt.
    public mutating func render(into grid: inout Grid, area: Area) {
        let prompt = searching || !query.text.isEmpty
        var area = area
        if prompt { area.height -= 1 }
        defer {
            if prompt {
                let row = area.top + area.height
                let used = grid.put("/", row: row, col: area.left + 1, style: .label)
                let x = query.render(into: &grid, row: row, col: area.left + 1 + used, width: max(10, area.width - used - 3),
                                     style: searching ? .activeField : .field, focused: searching)
                if searching { grid.cursor = (row, x) }
            }
        }
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
        grid.cursor = (area.top, area.left + 1)
        for i in 0..<pageSize where top + i < all.count {
            let (text, style) = all[top + i]
            let isMatch = top + i == match
            if isMatch {
                grid.fill(row: area.top + i, col: area.left, count: area.width, style: .selected)
                grid.cursor = (area.top + i, area.left + 1)
            }
            grid.put(text, row: area.top + i, col: area.left + 1, limit: area.width - 2, style: isMatch ? .selected : style)
        }
    }
}
