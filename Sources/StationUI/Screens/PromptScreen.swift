/// A one-line question over the screen below it (a reason, a file path, a date): Enter answers
/// with what was typed (refused when empty and `required`), Esc cancels. What the answer does is
/// `answer`'s effects, run after the dialog closes so results go to the screen that asked.
public struct PromptScreen: Screen {
    public let question: String
    public let required: Bool
    public private(set) var field: TextField
    private let answer: (String) -> [Effect]

    public init(question: String, initial: String = "", required: Bool = true, answer: @escaping (String) -> [Effect]) {
        self.question = question; self.required = required; self.answer = answer
        field = TextField(initial)
    }

    public var isOverlay: Bool { true }
    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { !field.text.isEmpty }

    public func title(_ ctx: Context) -> String { question }
    public func hints(_ ctx: Context) -> [Hint] {
        [Hint("Enter", ctx.catalog.keyConfirmAnswer), Hint("Esc", ctx.catalog.keyCancel), Hint("Ctrl-U", ctx.catalog.keyKill)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .escape: return [.pop]
        case .enter, .function(2):
            let text = field.text.trimmingCharacters(in: " ")
            if required && text.isEmpty { return [.error(ctx.catalog.answerRequired)] }
            return [.pop] + answer(text)
        default:
            _ = field.handle(key)
            return []   // a dialog swallows every other key
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let inner = min(area.width - 8, 70)
        let left = area.left + (area.width - inner - 2) / 2
        let top = area.top + max(1, area.height / 2 - 3)
        let frame = "+" + String(repeating: "-", count: inner) + "+"
        grid.put(frame, row: top, col: left, style: .frame)
        for r in 1...4 {
            grid.put("|", row: top + r, col: left, style: .frame)
            grid.fill(row: top + r, col: left + 1, count: inner, style: .normal)
            grid.put("|", row: top + r, col: left + inner + 1, style: .frame)
        }
        grid.put(frame, row: top + 5, col: left, style: .frame)
        grid.put(question, row: top + 1, col: left + 2, limit: inner - 2, style: .header)
        let x = field.render(into: &grid, row: top + 3, col: left + 2, width: inner - 2, style: .activeField)
        grid.cursor = (top + 3, x)
    }
}
