extension ListBrowser {
    /// A list screen's usual layout: `title` on the area's first row with the list's count at its
    /// right (the title cut before it), the list below, and `footer` (dim) on the last row when
    /// there is one — the cursor left where the list put it (on the filter while typing).
    public mutating func render(into grid: inout Grid, area: Area, title: String, empty: String, footer: String? = nil,
                                _ ctx: Context) {
        let count = status(ctx)
        grid.put(title, row: area.top, col: area.left + 1, limit: area.width - grid.measure(count) - 4, style: .header)
        grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
        let below = Area(top: area.top + 1, left: area.left, height: area.height - (footer == nil ? 1 : 2), width: area.width)
        render(into: &grid, area: below, empty: empty, ctx)
        if let footer {
            let cursor = grid.cursor
            grid.put(footer, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
            grid.cursor = cursor
        }
    }
}
