/// Small boxed dialogs drawn over a screen (line-drawing frame, `Grid.box`).
public enum Dialog {
    /// A yes/no question centred in `area`: the question, then the answers. Returns where the
    /// cursor goes (on the answers). Cost: O(area width).
    @discardableResult
    public static func question(_ question: String, answers: String, into grid: inout Grid, area: Area) -> (row: Int, col: Int) {
        let width = min(area.width - 4, max(grid.measure(question), grid.measure(answers)) + 8)
        let inner = grid.centredBox(in: area, height: 6, width: width)
        grid.put(question, row: inner.top + 1, col: inner.left + 2, limit: inner.width - 4, style: .header)
        grid.put(answers, row: inner.top + 2, col: inner.left + 2, limit: inner.width - 4)
        return (inner.top + 2, inner.left + 2)
    }
}
