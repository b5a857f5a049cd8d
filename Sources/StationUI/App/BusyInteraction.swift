import StationExchange

/// How a long command (a CSV import) stays responsive while it runs on the loop's own thread:
/// at each progress report the app asks the driver to redraw it and reads any waiting keys
/// without blocking (Esc or Ctrl-C cancel). The terminal driver wires it to curses; tests script
/// it, so the progress box and Esc are tested without a terminal.
public struct BusyInteraction {
    /// Renders the app and puts it on the screen now.
    public var redraw: (App) -> Void
    /// A key the user has already typed, or nil at once when there is none.
    public var pollKey: () -> Key?

    public init(redraw: @escaping (App) -> Void, pollKey: @escaping () -> Key?) {
        self.redraw = redraw; self.pollKey = pollKey
    }
}

/// The long command running now, drawn by the app as a progress box over the screen.
public struct BusyState: Equatable, Sendable {
    /// What is running, e.g. "导入人才：talents.csv".
    public var title: String
    public var progress: ImportControl.Progress
    /// Esc was pressed; the import stops at its next checkpoint.
    public var cancelling = false

    public init(title: String, progress: ImportControl.Progress, cancelling: Bool = false) {
        self.title = title; self.progress = progress; self.cancelling = cancelling
    }

    /// Whole percent done, 0…100.
    public var percent: Int { Int(progress.fraction * 100) }
}
