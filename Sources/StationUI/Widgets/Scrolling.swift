/// Where a screen that draws its own lines starts them (the `t` menu of steps, the shortlist).
enum Scrolling {
    /// The first of `count` lines to draw in `height` rows: `top` moved just enough that `row`
    /// (the selected line, when there is one) is in view, and never past the last full page.
    static func top(_ top: Int, showing row: Int?, height: Int, count: Int) -> Int {
        var top = top
        if let row {
            if row < top { top = row }
            if row >= top + height { top = row - height + 1 }
        }
        return max(0, min(top, max(0, count - height)))
    }
}
