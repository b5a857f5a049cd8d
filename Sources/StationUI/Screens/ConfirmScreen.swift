/// A yes/no question drawn over the screen below it. `y` performs `onYes` (after closing the
/// dialog, so results go to the screen that asked); `n`, Esc or q just close it.
public struct ConfirmScreen: Screen {
    public let question: String
    public let onYes: [Effect]
    /// Work done only once `y` is pressed (writing a file), whose effects then follow.
    private let then: (() -> [Effect])?

    public init(question: String, onYes: [Effect]) { self.question = question; self.onYes = onYes; then = nil }

    /// `then` runs only after `y`.
    public init(question: String, then: @escaping () -> [Effect]) { self.question = question; onYes = []; self.then = then }

    public var isOverlay: Bool { true }
    public func title(_ ctx: Context) -> String { ctx.catalog.confirmTitle }
    public func hints(_ ctx: Context) -> [Hint] { [Hint("y", ctx.catalog.yes), Hint("n Esc", ctx.catalog.no)] }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .char("y"), .char("Y"): return [.pop] + onYes + (then?() ?? [])
        case .char("n"), .char("N"), .escape, .char("q"): return [.pop]
        default: return []   // a dialog swallows every other key, so nothing happens behind it
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        grid.cursor = Dialog.question(question, answers: "y \(ctx.catalog.yes)    n \(ctx.catalog.no)", into: &grid, area: area)
    }
}
