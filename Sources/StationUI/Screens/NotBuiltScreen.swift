/// Stands in for an area whose screens a later issue builds; says so plainly.
public struct NotBuiltScreen: Screen {
    public let area: DeskArea

    public init(area: DeskArea) { self.area = area }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(area) }
    public func hints(_ ctx: Context) -> [Hint] {
        [Hint("Esc q", ctx.catalog.keyBack), Hint("?", ctx.catalog.keyHelp), Hint("Q", ctx.catalog.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? { nil }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.areaName(self.area), row: area.top + 1, col: area.left + 2, style: .header)
        grid.put(c.notBuiltText, row: area.top + 3, col: area.left + 2, limit: area.width - 4)
        grid.cursor = (area.top + 1, area.left + 2)
    }
}
