/// `?`: every key of the screen it was opened from, and the keys that work everywhere.
public struct HelpScreen: Screen {
    public let of: String
    public let keys: [Hint]

    public init(of title: String, keys: [Hint]) { self.of = title; self.keys = keys }

    public func title(_ ctx: Context) -> String { ctx.catalog.helpTitle }
    public func hints(_ ctx: Context) -> [Hint] { [Hint("Esc q ?", ctx.catalog.keyBack), Hint("Q", ctx.catalog.keyQuit)] }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        key == .char("?") ? [.pop] : nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.helpHeading(of), row: area.top + 1, col: area.left + 2, limit: area.width - 4, style: .header)
        let global = [Hint("?", c.keyHelp), Hint("Esc q", c.keyBack), Hint("Q", c.keyQuit),
                      Hint("Ctrl-Q", c.keyQuitAnywhere), Hint("Ctrl-C", c.keyInterrupt)]
        var all = keys
        // A global key the screen already lists (perhaps together with others) is not repeated.
        let listed = Set(keys.flatMap { $0.key.split(separator: " ").map(String.init) })
        for g in global where !g.key.split(separator: " ").allSatisfy({ listed.contains(String($0)) }) { all.append(g) }
        let keyWidth = min(32, (all.map { grid.measure($0.key) }.max() ?? 0) + 2)
        for (i, h) in all.enumerated() where area.top + 3 + i < area.bottom {
            grid.put(grid.pad(h.key, to: keyWidth), row: area.top + 3 + i, col: area.left + 4, style: .hintKey)
            grid.put(h.text, row: area.top + 3 + i, col: area.left + 4 + keyWidth, limit: area.width - keyWidth - 6)
        }
        grid.cursor = (area.top + 1, area.left + 2)
    }
}
