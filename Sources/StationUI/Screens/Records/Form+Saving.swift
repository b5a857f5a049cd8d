import StationDomain

/// What the forms that save with F2 share around their `Form` (`RecordFormScreen`,
/// `CommandFormScreen`): their keys, Esc's question, the message naming every field in error,
/// and the store's refusal shown under the fields it concerns with the input kept.
extension Form {
    /// The key-hint bar of a form that saves with F2.
    static func saveHints(_ c: Catalog) -> [Hint] {
        [Hint("Tab ↓", c.keyNextField), Hint("Shift-Tab ↑", c.keyPreviousField), Hint("F2", c.keySave),
         Hint("Esc", c.keyCancel), Hint("Ctrl-Q", c.keyQuit)]
    }

    /// Its help: the hints, then the keys that edit a field.
    static func saveHelp(_ c: Catalog) -> [Hint] {
        saveHints(c) + [Hint("Enter", c.keyEnterField), Hint("← → Space", c.keyChoice),
                        Hint("Home End Ctrl-A Ctrl-E", c.keyLineEnds), Hint("Ctrl-U Ctrl-K", c.keyKill)]
    }

    /// Esc: the form closes, after a question when typed input would be lost.
    func cancelled(_ c: Catalog) -> [Effect] {
        isChanged ? [.push(ConfirmScreen(question: c.confirmDiscard, onYes: [.pop]))] : [.pop]
    }

    /// The cursor to the first field (in the form's order) with an error.
    mutating func focusFirstError() {
        if let first = fields.first(where: { errors[$0.id] != nil }) { focus(first.id) }
    }

    /// The message line's words for the fields in error: each named with its problem.
    func fieldsMessage(_ c: Catalog) -> String {
        c.fixFields(fields.filter { errors[$0.id] != nil }.map { c.fieldProblem($0.label, errors[$0.id]!) })
    }

    /// The store's refusal: each reason that `field` puts on a field of this form goes under it
    /// (the cursor to the first); returns the message line — the fields' message, then the reasons
    /// no field holds.
    mutating func show(_ refused: Refused, field: (Refusal) -> String?, _ c: Catalog) -> String {
        var others: [String] = []
        for reason in refused.reasons {
            if let f = field(reason), fields.contains(where: { $0.id == f }) {
                errors[f] = c.fieldRefusal(reason)
            } else {
                others.append(c.refusal(reason))
            }
        }
        focusFirstError()
        let named = errors.isEmpty ? [] : [fieldsMessage(c)]
        return (named + others.map(c.saveFailed)).joined(separator: "\n")
    }
}
