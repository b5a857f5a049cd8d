/// A vertical form: labelled fields, one active; Tab/↓ and Shift-Tab/↑ move between fields;
/// Enter on the last field or F2 submits; Esc cancels. Errors are shown under their field, so a
/// message can name the field and the field itself shows what is wrong.
public struct Form: Equatable, Sendable {
    public var fields: [FormField]
    public private(set) var active = 0
    /// Error text by field id.
    public var errors: [String: String] = [:]
    /// Extra lines under the fields (a save conflict: theirs vs mine).
    public var notes: [String] = []
    private let initial: [FormField]

    public init(fields: [FormField]) {
        self.fields = fields; self.initial = fields
    }

    /// What the user asked for with a key the fields do not use.
    public enum Request: Equatable { case submit, cancel }

    /// True when any field differs from what it was when the form opened.
    public var isChanged: Bool { fields.map(\.value) != initial.map(\.value) }

    public func value(_ id: String) -> String { fields.first { $0.id == id }?.value ?? "" }
    public func choice(_ id: String) -> Int { fields.first { $0.id == id }?.choice ?? 0 }

    public mutating func focus(_ id: String) {
        if let i = fields.firstIndex(where: { $0.id == id }) { active = i }
    }

    /// Handles a key: edits the active field, moves between fields, or returns a request.
    public mutating func handle(_ key: Key) -> (used: Bool, request: Request?) {
        switch key {
        case .tab, .down: active = (active + 1) % fields.count; return (true, nil)
        case .backTab, .up: active = (active + fields.count - 1) % fields.count; return (true, nil)
        case .function(2): return (true, .submit)
        case .enter:
            if active == fields.count - 1 { return (true, .submit) }
            active += 1
            return (true, nil)
        case .escape: return (true, .cancel)
        default:
            return (fields[active].handle(key), nil)
        }
    }

    /// Marks options of a choice left out at either side.
    static let cutMark = "…"

    /// The options of a choice that fit `width` cells (each option `widths[k]` wide, two cells
    /// between them): all when they fit; else a run around `chosen`, leaving `mark` cells at each
    /// side where options are left out — so the chosen one is always seen, and ← → bring the rest.
    static func window(_ widths: [Int], chosen: Int, width: Int, mark: Int) -> ClosedRange<Int> {
        guard !widths.isEmpty else { return 0...0 }
        func cells(_ r: ClosedRange<Int>) -> Int {
            r.map { widths[$0] }.reduce(0, +) + 2 * (r.count - 1)
                + (r.lowerBound > 0 ? mark : 0) + (r.upperBound < widths.count - 1 ? mark : 0)
        }
        let all = 0...(widths.count - 1)
        if cells(all) <= width { return all }
        var run = chosen...chosen
        while true {
            if run.upperBound < widths.count - 1, cells(run.lowerBound...(run.upperBound + 1)) <= width {
                run = run.lowerBound...(run.upperBound + 1)
            } else if run.lowerBound > 0, cells((run.lowerBound - 1)...run.upperBound) <= width {
                run = (run.lowerBound - 1)...run.upperBound
            } else {
                return run
            }
        }
    }

    /// Draws the form in `area` and puts the cursor in the active field.
    public func render(into grid: inout Grid, area: Area, errorMark: String) {
        let labelWidth = (fields.map { grid.measure($0.label) }.max() ?? 0) + 2
        let fieldCol = area.left + 2 + labelWidth + 1
        let fieldWidth = max(10, min(area.width - (fieldCol - area.left) - 2, 60))
        var row = area.top + 1
        for (i, field) in fields.enumerated() where row < area.bottom {
            let label = field.label + (field.required ? " *" : "")
            grid.put(grid.pad(label, to: labelWidth), row: row, col: area.left + 2, style: .label)
            let style: Style = i == active ? .activeField : .field
            switch field.kind {
            case .text(let f):
                let cursorCol = f.render(into: &grid, row: row, col: fieldCol, width: fieldWidth, style: style,
                                         focused: i == active)
                if i == active { grid.cursor = (row, cursorCol) }
            case .choice(let options, let chosen):
                let texts = options.enumerated().map { k, option in (k == chosen ? "(*) " : "( ) ") + option }
                let shown = Form.window(texts.map(grid.measure), chosen: chosen, width: area.left + area.width - fieldCol,
                                        mark: grid.measure(Form.cutMark) + 1)
                var col = fieldCol
                if shown.lowerBound > 0 { col += grid.put(Form.cutMark, row: row, col: col, style: .dim) + 1 }
                var chosenCol = fieldCol
                for k in shown {
                    if k == chosen { chosenCol = col }
                    col += grid.put(texts[k], row: row, col: col, style: k == chosen ? style : .normal) + 2
                }
                if shown.upperBound < texts.count - 1 { grid.put(Form.cutMark, row: row, col: col - 1, style: .dim) }
                if i == active { grid.cursor = (row, chosenCol + 1) }
            }
            row += 1
            if let e = errors[field.id], row < area.bottom {
                grid.put(errorMark + e, row: row, col: fieldCol, limit: area.width - (fieldCol - area.left), style: .error)
            }
            row += 1
        }
        for note in notes where row < area.bottom {
            grid.put(note, row: row, col: area.left + 2, limit: area.width - 4, style: .message)
            row += 1
        }
    }
}
