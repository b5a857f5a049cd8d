extension Grid {
    /// Draws a strip of tabs from `col` on `row`: the current one in brackets (so it shows
    /// without colour) and header style, the others dim. Returns the column after the strip.
    /// Cost: O(total label length).
    @discardableResult
    public mutating func putTabs(_ labels: [String], current: Int, row: Int, col: Int) -> Int {
        var x = col
        for (i, label) in labels.enumerated() {
            let text = i == current ? "[\(label)]" : " \(label) "
            x += put(text, row: row, col: x, style: i == current ? .header : .dim) + 1
        }
        return x
    }
}
