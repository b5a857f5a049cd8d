import StationDomain

/// Charts drawn with text, for the terminal and for reports: horizontal bars and sparklines.
///
/// Mono-readable: every bar is followed by its number, so nothing depends on colour or on how a
/// font draws block characters. Widths are display widths (`DisplayWidth`), so Chinese labels line
/// up. The block characters (█ ▏…▉, ▁…█) are East Asian Ambiguous: with `ambiguousWide` (terminals
/// that draw them two cells wide) the chart uses ASCII (`#`, ` .:-=+*#`) instead.
/// Cost: O(bars × width). Returns lines without trailing newlines; the caller draws them.
public struct TextChart: Sendable {
    /// One bar: a label, a value, and an optional note printed after the number ("B级").
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Int
        public var note: String
        public init(_ label: String, _ value: Int, note: String = "") {
            self.label = label; self.value = value; self.note = note
        }
    }

    /// A titled group of bars (one year of a grade distribution, say) drawn on a shared scale.
    public struct Group: Sendable, Equatable {
        public var title: String
        public var bars: [Bar]
        public init(_ title: String, _ bars: [Bar]) { self.title = title; self.bars = bars }
    }

    /// Total width in cells every line fits in (80 for an 80×24 terminal).
    public var width: Int
    /// Labels wider than this are cut with `…`.
    public var maxLabelWidth: Int
    public var ambiguousWide: Bool
    /// The words around the numbers (`共28`, `2023年`); Chinese unless the caller passes others.
    public var words: ChartWords

    public init(width: Int = 80, maxLabelWidth: Int = 28, ambiguousWide: Bool = false, words: ChartWords = .chinese) {
        self.width = width; self.maxLabelWidth = maxLabelWidth; self.ambiguousWide = ambiguousWide
        self.words = words
    }

    /// Horizontal bars scaled so the largest value fills the room left after label and number.
    /// `scaleMax` forces a shared scale (used by `groups`).
    public func bars(_ bars: [Bar], scaleMax: Int? = nil) -> [String] {
        guard !bars.isEmpty else { return [] }
        let labelWidth = min(maxLabelWidth, bars.map { DisplayWidth.of($0.label, ambiguousWide: ambiguousWide) }.max() ?? 0)
        let numbers = bars.map { $0.note.isEmpty ? String($0.value) : "\($0.value) \($0.note)" }
        let numberWidth = numbers.map { DisplayWidth.of($0, ambiguousWide: ambiguousWide) }.max() ?? 0
        let room = max(1, width - labelWidth - numberWidth - 3)     // "label │bar number"
        let top = max(1, scaleMax ?? bars.map(\.value).max() ?? 1)
        return zip(bars, numbers).map { bar, number in
            let label = DisplayWidth.pad(bar.label, to: labelWidth, ambiguousWide: ambiguousWide)
            let drawn = barText(value: max(0, bar.value), top: top, room: room)
            let line = "\(label) \(rule)\(drawn) \(number)"
            return trimTrailing(line)
        }
    }

    /// Several groups on one scale, each under its title, separated by nothing (compact for 24 rows).
    public func groups(_ groups: [Group]) -> [String] {
        let top = groups.flatMap { $0.bars.map(\.value) }.max() ?? 1
        var inner = self
        inner.width = max(8, width - 2)
        var lines: [String] = []
        for g in groups {
            lines.append(DisplayWidth.truncate(g.title, to: width, ambiguousWide: ambiguousWide))
            lines += inner.bars(g.bars, scaleMax: top).map { "  " + $0 }
        }
        return lines
    }

    /// One character per value, eight levels from the smallest to the largest value (0 always the
    /// lowest level, so an empty year is visible as such).
    public func sparkline(_ values: [Int]) -> String {
        let levels: [Character] = ambiguousWide ? Array(" .:-=+*#") : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        let top = max(1, values.max() ?? 1)
        return String(values.map { v -> Character in
            guard v > 0 else { return levels[0] }
            let level = 1 + (max(0, v) * (levels.count - 1) - 1) / top
            return levels[min(levels.count - 1, level)]
        })
    }

    /// Per-row sparklines with a label and the first, last and total values, e.g. talents per
    /// station per year: `站名 │▁▃▅█│ 2021–2024 · 3 5 8 12 · 共28` (the total in `words`).
    public func sparkTable(rows: [(label: String, values: [Int])], firstYear: Int) -> [String] {
        guard let count = rows.first?.values.count, count > 0 else { return [] }
        let lastYear = firstYear + count - 1
        let labelWidth = min(maxLabelWidth, rows.map { DisplayWidth.of($0.label, ambiguousWide: ambiguousWide) }.max() ?? 0)
        return rows.map { row in
            let label = DisplayWidth.pad(row.label, to: labelWidth, ambiguousWide: ambiguousWide)
            let numbers = row.values.map(String.init).joined(separator: " ")
            let line = "\(label) \(rule)\(sparkline(row.values))\(rule) \(firstYear)–\(lastYear) · \(numbers) · \(words.total(row.values.reduce(0, +)))"
            return DisplayWidth.truncate(line, to: width, ambiguousWide: ambiguousWide)
        }
    }

    /// The axis: a box-drawing line, or `|` where box drawing is ambiguous-wide.
    private var rule: String { ambiguousWide ? "|" : "│" }

    /// A bar of `room` cells at most: full blocks plus one eighth-block for the remainder.
    private func barText(value: Int, top: Int, room: Int) -> String {
        if ambiguousWide {
            let cells = (value * room + top / 2) / top
            return String(repeating: "#", count: value > 0 ? max(1, cells) : 0)
        }
        let eighths = (value * room * 8 + top / 2) / top
        let partials: [String] = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8) + partials[eighths % 8]
        if value > 0 && text.isEmpty { text = "▏" }
        return text
    }

    private func trimTrailing(_ s: String) -> String {
        var t = Substring(s)
        while t.last == " " { t = t.dropLast() }
        return String(t)
    }
}
