import StationDomain

/// `?`: every key of the screen it was opened from, and the keys that work everywhere; scrolls
/// (↑ ↓ PgUp PgDn Home End) when they do not fit.
public struct HelpScreen: Screen {
    public let of: String
    public let keys: [Hint]
    private var pane = TextPane()
    private var paneWidth = 0

    public init(of title: String, keys: [Hint]) { self.of = title; self.keys = keys }

    public func title(_ ctx: Context) -> String { ctx.catalog.helpTitle }
    public func hints(_ ctx: Context) -> [Hint] {
        [Hint("↑↓ PgUp PgDn", ctx.catalog.keyScroll), Hint("Esc q ?", ctx.catalog.keyBack), Hint("Q", ctx.catalog.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if key == .char("?") { return [.pop] }
        return pane.handle(key) ? [] : nil
    }

    /// Every key listed: the screen's, then the global ones it does not list already.
    func allKeys(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let global = [Hint("?", c.keyHelp), Hint("Esc q", c.keyBack), Hint(":", c.keyCommandLine), Hint("Q", c.keyQuit),
                      Hint("Ctrl-Q", c.keyQuitAnywhere), Hint("Ctrl-C", c.keyInterrupt)]
        var all = keys
        // A global key the screen already lists (perhaps together with others) is not repeated.
        let listed = Set(keys.flatMap { $0.key.split(separator: " ").map(String.init) })
        for g in global where !g.key.split(separator: " ").allSatisfy({ listed.contains(String($0)) }) { all.append(g) }
        return all
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.helpHeading(of), row: area.top + 1, col: area.left + 2, limit: area.width - 4, style: .header)
        if paneWidth != area.width {
            let all = allKeys(ctx)
            let keyWidth = min(32, (all.map { grid.measure($0.key) }.max() ?? 0) + 2)
            let top = pane.top
            pane = TextPane(all.map { (grid.pad($0.key, to: keyWidth) + $0.text, .normal) }, hangs: all.map { _ in keyWidth })
            pane.scroll(to: top)
            paneWidth = area.width
        }
        pane.render(into: &grid, area: Area(top: area.top + 3, left: area.left + 3, height: area.height - 3, width: area.width - 4))
        grid.cursor = (area.top + 1, area.left + 2)
    }
}
