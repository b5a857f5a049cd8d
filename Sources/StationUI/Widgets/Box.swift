extension Grid {
    /// The frame characters: line drawing (┌─┐│└┘), or ASCII (+-|) on a grid that measures
    /// East-Asian-ambiguous characters two cells wide (`--ambiguous-wide`), where ─ and │ would
    /// take two cells each and break the frame.
    var frameParts: (tl: String, tr: String, bl: String, br: String, h: String, v: String) {
        ambiguousWide ? ("+", "+", "+", "+", "-", "|") : ("┌", "┐", "└", "┘", "─", "│")
    }

    /// Draws a dialog frame of `height` rows and `width` cells (borders included) with
    /// (`top`, `left`) its upper-left corner, and clears the inside. An optional `title` sits in
    /// the top border. Returns the inner area. Cost: O(height × width).
    @discardableResult
    public mutating func box(top: Int, left: Int, height: Int, width: Int, title: String? = nil) -> Area {
        let f = frameParts
        let inner = max(0, width - 2)
        put(f.tl + String(repeating: f.h, count: inner) + f.tr, row: top, col: left, limit: width, style: .frame, ellipsis: false)
        for r in 1..<max(1, height - 1) {
            put(f.v, row: top + r, col: left, style: .frame)
            fill(row: top + r, col: left + 1, count: inner, style: .normal)
            put(f.v, row: top + r, col: left + width - 1, style: .frame)
        }
        put(f.bl + String(repeating: f.h, count: inner) + f.br, row: top + height - 1, col: left, limit: width,
            style: .frame, ellipsis: false)
        if let title, inner > 4 {
            put(" " + title + " ", row: top, col: left + 2, limit: inner - 2, style: .frame)
        }
        return Area(top: top + 1, left: left + 1, height: max(0, height - 2), width: inner)
    }

    /// A box of `height`×`width` centred in `area` (a little above the middle), as `box` draws it.
    @discardableResult
    public mutating func centredBox(in area: Area, height: Int, width: Int, title: String? = nil) -> Area {
        let w = min(width, area.width - 2), h = min(height, area.height)
        let left = area.left + max(0, (area.width - w) / 2)
        let top = area.top + max(0, (area.height - h) / 2 - 1)
        return box(top: top, left: left, height: h, width: w, title: title)
    }
}
