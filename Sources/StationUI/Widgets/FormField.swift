/// One field of a `Form`: free text or a choice among fixed options.
public struct FormField: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case text(TextField)
        /// Option labels and the chosen index; ← → or Space change it.
        case choice([String], Int)
    }

    /// Stable name used for errors and conflicts ("name", "creditCode").
    public let id: String
    public let label: String
    public let required: Bool
    public var kind: Kind

    public init(id: String, label: String, required: Bool = false, text: String) {
        self.id = id; self.label = label; self.required = required; self.kind = .text(TextField(text))
    }

    public init(id: String, label: String, options: [String], chosen: Int) {
        self.id = id; self.label = label; self.required = false
        self.kind = .choice(options, max(0, min(chosen, options.count - 1)))
    }

    /// The text typed (trimmed), or the chosen option's label.
    public var value: String {
        switch kind {
        case .text(let f): return f.text.trimmingCharacters(in: " ")
        case .choice(let options, let i): return options[i]
        }
    }

    /// The chosen index of a choice field (0 for text).
    public var choice: Int {
        if case .choice(_, let i) = kind { return i }
        return 0
    }

    mutating func handle(_ key: Key) -> Bool {
        switch kind {
        case .text(var f):
            let used = f.handle(key)
            kind = .text(f)
            return used
        case .choice(let options, let i):
            switch key {
            case .right, .char(" "): kind = .choice(options, (i + 1) % options.count)
            case .left: kind = .choice(options, (i + options.count - 1) % options.count)
            default: return false
            }
            return true
        }
    }
}

extension String {
    /// Removes leading and trailing occurrences of `c` (avoids Foundation's CharacterSet).
    func trimmingCharacters(in c: Character) -> String {
        var s = Substring(self)
        while s.first == c || s.first == "\u{3000}" { s.removeFirst() }
        while s.last == c || s.last == "\u{3000}" { s.removeLast() }
        return String(s)
    }
}
