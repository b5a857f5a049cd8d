import StationDomain
import StationStore

/// One score sheet, built from the form version it was started with: a line per criterion with
/// its maximum, the score typed in digits (`.5` too when the form allows half points), an
/// optional comment per line (`c`), and a last line for the comment on the whole sheet. A score
/// outside 0…max is refused as it is typed, on its line, naming the bound; the running total and
/// the form's maximum stay on the bottom line. Enter or Tab goes to the next line and saves the
/// draft (so a dropped link loses at most the line being typed); Esc saves and leaves; F2
/// submits after one confirmation that shows the total. Submitted or withdrawn sheets open read
/// only. Cost per key: O(criteria); a line entered is one small store transaction.
public struct ScoreSheetScreen: Screen {
    public let sheet: ScoreSheet
    public let form: ScoreForm
    public let subject: ReviewSubject?
    public let readOnly: Bool
    public private(set) var scores: [String: Score]
    public private(set) var notes: [String: String]
    public private(set) var comment: String
    /// 0..<criteria.count: a criterion; criteria.count: the comment on the whole sheet.
    public private(set) var line = 0
    public private(set) var field = TextField()
    /// Editing the comment of the current criterion (`c`).
    public private(set) var noteField: TextField?
    /// What the store holds now (the last draft saved), to know what is unsaved.
    private var saved: SheetDraft
    /// A draft sent to the store, not yet confirmed.
    private var pending: SheetDraft?
    /// What to do once the pending draft is saved: leave the sheet or quit.
    private var after: After = .stay
    private enum After { case stay, leave, quit }

    public init(sheet: ScoreSheet, draft: SheetDraft?, form: ScoreForm, subject: ReviewSubject?, readOnly: Bool) {
        self.sheet = sheet; self.form = form; self.subject = subject; self.readOnly = readOnly
        // A reopened sheet starts from the values submitted; a draft from what was typed.
        let start = draft ?? SheetDraft(sheetId: sheet.id ?? 0, scores: sheet.scores, notes: sheet.notes, comment: sheet.comment)
        scores = start.scores; notes = start.notes; comment = start.comment
        saved = draft ?? SheetDraft(sheetId: sheet.id ?? 0, scores: sheet.scores, notes: sheet.notes, comment: sheet.comment)
        if !readOnly, let first = form.criteria.firstIndex(where: { start.scores[$0.key] == nil }) { line = first }
        field = TextField(text(for: line))
    }

    /// Opens a sheet from the reviewer's list: read as the user (the store refuses anyone else's
    /// sheet), with their draft, on the form version it was started with.
    public static func open(_ mine: MySheet, _ ctx: Context) -> Effect {
        let c = ctx.catalog
        guard let id = mine.sheet.id else { return .error(c.noSheetsAssigned) }
        do {
            let (sheet, draft) = try ctx.store.sheet(id, viewer: ctx.user)
            guard let form = ScoreText.form(id: sheet.formId, version: sheet.formVersion, ctx) else {
                return .error(c.formMissing(sheet.formId, version: sheet.formVersion))
            }
            let locked = sheet.submittedOn != nil || sheet.withdrawnOn != nil || sheet.reviewer != ctx.user
            return .push(ScoreSheetScreen(sheet: sheet, draft: draft, form: form, subject: mine.subject, readOnly: locked))
        } catch {
            return .error(c.describe(error))
        }
    }

    var criteria: [ScoreForm.Criterion] { form.criteria }
    var onComment: Bool { line == criteria.count }

    /// The draft as it stands, the line being typed included when it is a valid score.
    public var draft: SheetDraft {
        SheetDraft(sheetId: sheet.id ?? 0, scores: scores, notes: notes.filter { !$0.value.isEmpty }, comment: comment)
    }

    private func text(for line: Int) -> String {
        if line == criteria.count { return comment }
        return scores[criteria[line].key]?.description ?? ""
    }

    /// What is wrong with the score typed on the current line, as typed; nil when fine or empty.
    public var lineProblem: LineProblem? {
        guard !onComment, !readOnly else { return nil }
        let typed = field.text.trimmingCharacters(in: " ")
        if typed.isEmpty { return nil }
        let c = criteria[line]
        guard let value = Score.parse(typed) else { return .notANumber(halfPoints: form.halfPoints) }
        switch SheetCheck.line(value, max: c.max, key: c.key, halfPoints: form.halfPoints) {
        case .criterionOutOfBounds?: return .outOfRange(max: c.max)
        case .halfPointsNotAllowed?: return .wholePointsOnly
        default: return nil
        }
    }

    public enum LineProblem: Equatable, Sendable {
        case outOfRange(max: Int)
        case wholePointsOnly
        case notANumber(halfPoints: Bool)
    }

    public var hasUnsavedInput: Bool {
        if readOnly { return false }
        if noteField != nil { return true }
        return field.text.trimmingCharacters(in: " ") != text(for: line) || draft != saved
    }

    public var capturesText: Bool { !readOnly && (onComment || noteField != nil) }

    public var shownTables: Set<String>? { [] }

    public func title(_ ctx: Context) -> String { ctx.catalog.sheetTitle }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if readOnly { return [Hint("↑↓", c.keyMove), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)] }
        if noteField != nil { return [Hint(c.typeText, c.keyNoteType), Hint("Enter", c.keyNoteKeep), Hint("Esc", c.keyCancel)] }
        return [Hint(form.halfPoints ? "0-9 ." : "0-9", c.keyScore), Hint("Enter", c.keyNextLine), Hint("c", c.keyNote),
                Hint("F2", c.keySubmit), Hint("Ctrl-S", c.keySaveDraft), Hint("Esc", c.keySaveBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint(form.halfPoints ? "0-9 ." : "0-9", form.halfPoints ? c.keyScoreHalfLong : c.keyScoreLong),
                Hint("Enter Tab ↓", c.keyNextLineLong), Hint("Shift-Tab ↑", c.keyPreviousLine), Hint("Backspace Ctrl-U", c.keyKill),
                Hint("c", c.keyNoteLong), Hint("F2", c.keySubmitLong), Hint("Ctrl-S", c.keySaveDraftLong),
                Hint("Esc q", c.keySaveBackLong), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    // MARK: keys

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if readOnly {
            switch key {
            case .escape, .char("q"): return back(ctx)
            case .up, .backTab, .char("k"): line = max(0, line - 1)
            case .down, .tab, .char("j"), .enter: line = min(criteria.count, line + 1)
            default: return nil
            }
            return []
        }
        if var note = noteField {
            switch key {
            case .enter, .tab:
                notes[criteria[line].key] = note.text.trimmingCharacters(in: " ")
                noteField = nil
                return save(ctx)
            case .escape: noteField = nil; return []
            default:
                _ = note.handle(key)
                noteField = note
                return []
            }
        }
        switch key {
        case .enter, .tab, .down: return move(by: 1, ctx)
        case .backTab, .up: return move(by: -1, ctx)
        case .function(2): return submit(ctx)
        case .ctrl("s"):
            if let refused = commitLine(ctx) { return refused }
            return save(ctx, force: true)
        case .escape: return leave(.leave, ctx)
        case .char("q") where !onComment: return leave(.leave, ctx)
        case .char("Q") where !onComment: return leave(.quit, ctx)
        case .char("c") where !onComment:
            noteField = TextField(notes[criteria[line].key] ?? "")
            return []
        case .char("u") where !onComment: return [.message(c.sheetNoUndo)]
        case .char(let ch) where !onComment:
            guard ch.isASCII && (ch.isNumber || ch == ".") else { return nil }
            _ = field.handle(key)
            return []
        default:
            return field.handle(key) ? [] : nil
        }
    }

    /// Takes the typed text of the current line into the draft; an effect refusing it when the
    /// score is wrong (the line stays, with its input).
    private mutating func commitLine(_ ctx: Context) -> [Effect]? {
        let typed = field.text.trimmingCharacters(in: " ")
        if onComment { comment = typed; return nil }
        let cr = criteria[line]
        if let p = lineProblem { return [.error(ctx.catalog.lineRefused(ctx.catalog.criterionTitle(cr), p))] }
        scores[cr.key] = typed.isEmpty ? nil : Score.parse(typed)
        return nil
    }

    private mutating func move(by step: Int, _ ctx: Context) -> [Effect] {
        if let refused = commitLine(ctx) { return refused }
        // The next line is drawn at once; the draft's durable commit follows before the next key.
        let effects = save(ctx).map { $0.drawingFirst() }
        line = max(0, min(criteria.count, line + step))
        field = TextField(text(for: line))
        if step > 0 && onComment && effects.isEmpty { return [.message(ctx.catalog.sheetAllEntered)] }
        return effects
    }

    /// Saves the draft when it differs from what the store holds (or always, with `force`).
    private mutating func save(_ ctx: Context, force: Bool = false) -> [Effect] {
        let d = draft
        guard force || d != saved else { return [] }
        pending = d
        return [run(SaveDraft(d)) { me, result, ctx in me.draftSaved(result, ctx) }]
    }

    private mutating func leave(_ how: After, _ ctx: Context) -> [Effect] {
        // A wrong score on the line being typed is not kept (it is the line being typed).
        if lineProblem == nil { _ = commitLine(ctx) }
        let effects = save(ctx)
        if effects.isEmpty { return how == .quit ? [.quit] : back(ctx) }
        after = how
        return effects
    }

    /// Back to the list, which shows the sheet as it now stands (a draft saves no journal entry,
    /// so the list would not reload by itself).
    private func back(_ ctx: Context, message: String? = nil) -> [Effect] {
        let said = message ?? (readOnly || draft == SheetDraft(sheetId: sheet.id ?? 0) ? nil : ctx.catalog.draftSaved)
        return [.pop, .reveal(table: "score_sheet", id: sheet.id ?? 0)] + (said.map { [.message($0)] } ?? [])
    }

    private mutating func submit(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        if let refused = commitLine(ctx) { return refused }
        let missing = criteria.filter { scores[$0.key] == nil }
        if !missing.isEmpty {
            if let i = criteria.firstIndex(where: { scores[$0.key] == nil }) { line = i; field = TextField() }
            return save(ctx) + [.error(c.notAllScored(missing.map(c.criterionTitle)))]
        }
        let total = SheetCheck.total(of: scores, form: form)
        let question = c.confirmSubmit(total: ScoreText.points(total), maximum: form.maximum)
        let submit = run(SubmitSheet(draft, form: form, on: ctx.today)) { me, result, ctx in me.submitted(result, ctx) }
        return save(ctx) + [.push(ConfirmScreen(question: question, onYes: [submit]))]
    }

    /// The store's answer to a draft: kept (then leave or quit when that was asked), or refused
    /// with the input still on screen.
    mutating func draftSaved(_ result: Result<Void, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        let how = after
        after = .stay
        switch result {
        case .success:
            if let p = pending { saved = p }
            pending = nil
            switch how {
            case .stay: return []
            case .leave: return back(ctx, message: c.draftSaved)
            case .quit: return [.quit]
            }
        case .failure(let e):
            pending = nil
            return [.error(c.draftNotSaved(c.describe(e)))]
        }
    }

    /// The store's answer to a submission: back to the list saying the total, or the refusal.
    mutating func submitted(_ result: Result<ScoreSheet, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let s):
            saved = draft
            return back(ctx, message: c.sheetSubmitted(ScoreText.points(SheetCheck.total(of: s, form: form)), maximum: form.maximum))
        case .failure(let e): return [.error(c.saveFailed(c.describe(e)))]
        }
    }

    // MARK: drawing

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let left = area.left + 1, width = area.width - 2
        var row = area.top
        grid.put(c.formTitle(form), row: row, col: left, limit: width, style: .header)
        let state = c.sheetStateLine(sheet, readOnly: readOnly)
        grid.put(state, row: row, col: area.left + area.width - grid.measure(state) - 1, style: readOnly ? .label : .dim)
        row += 1
        if let s = subject {
            grid.put(c.sheetSubjectLine(ScoreText.subject(s, c), kind: s.kind), row: row, col: left, limit: width)
        }
        row += 1
        var dueWidth = 0
        if let d = sheet.deadline, !readOnly {
            let due = c.sheetDue(d, today: ctx.today)
            dueWidth = grid.measure(due) + 2
            grid.put(due, row: row, col: area.left + area.width - grid.measure(due) - 1, style: d < ctx.today ? .error : .dim)
        }
        if !sheet.reopenReason.isEmpty && !readOnly {
            grid.put(c.reopenedBecause(sheet.reopenReason), row: row, col: left, limit: width - dueWidth, style: .error)
        } else if let w = sheet.withdrawnOn {
            grid.put(c.withdrawnBecause(w, sheet.withdrawnReason), row: row, col: left, limit: width - dueWidth, style: .error)
        } else {
            grid.put(c.sheetRules(halfPoints: form.halfPoints, scaleTo: form.scaleTo, raw: form.rawMaximum), row: row, col: left,
                     limit: width - dueWidth, style: .dim)
        }
        row += 2
        // Columns: mark, title (the longest title whole where it fits), maximum, score, comment.
        let scoreWidth = 7, maxWidth = 4
        let longest = criteria.map { grid.measure(c.criterionTitle($0)) }.max() ?? 8
        let titleWidth = max(8, min(longest, width - 2 - maxWidth - scoreWidth - 6 - 12))
        let maxCol = left + 2 + titleWidth + 2
        let scoreCol = maxCol + maxWidth + 2
        let noteCol = scoreCol + scoreWidth + 2
        let noteWidth = area.left + area.width - 1 - noteCol
        grid.put(grid.pad(c.columnCriterion, to: titleWidth), row: row, col: left + 2, style: .label)
        grid.put(grid.pad(c.columnMaximum, to: maxWidth, alignRight: true), row: row, col: maxCol, style: .label)
        grid.put(c.columnSheetScore, row: row, col: scoreCol, style: .label)
        grid.put(readOnly ? c.columnLineNoteReadOnly : c.columnLineNote, row: row, col: noteCol, limit: noteWidth, style: .label)
        row += 1
        // Criteria scroll when a form has more lines than fit; the total line stays at the bottom.
        let room = max(1, area.bottom - 2 - row - 1)
        let first = max(0, min(line - room + 1, criteria.count + 1 - room))
        var cursor: (Int, Int)?
        for i in first..<min(criteria.count, first + room) {
            let cr = criteria[i]
            let current = i == line
            let style: Style = current && !readOnly ? .selected : .normal
            grid.fill(row: row, col: left, count: width, style: current ? style : .normal)
            grid.put(current ? ">" : " ", row: row, col: left, style: style)
            grid.put(grid.pad(c.criterionTitle(cr), to: titleWidth), row: row, col: left + 2, style: style)
            grid.put(grid.pad("\(cr.max)", to: maxWidth, alignRight: true), row: row, col: maxCol, style: style)
            if current && !readOnly && noteField == nil {
                let x = field.render(into: &grid, row: row, col: scoreCol, width: scoreWidth, style: .activeField)
                cursor = (row, x)
            } else {
                let v = scores[cr.key]?.description ?? (readOnly ? "—" : "")
                grid.fill(row: row, col: scoreCol, count: scoreWidth, style: readOnly ? style : .field)
                grid.put(v, row: row, col: scoreCol, limit: scoreWidth, style: readOnly ? style : .field)
            }
            if current, let p = lineProblem {
                grid.fill(row: row, col: noteCol, count: noteWidth, style: .error)
                grid.put(c.errorMark + c.lineProblem(p), row: row, col: noteCol, limit: noteWidth, style: .error)
            } else if current, let note = noteField {
                let x = note.render(into: &grid, row: row, col: noteCol, width: noteWidth, style: .activeField)
                cursor = (row, x)
            } else {
                grid.put(notes[cr.key] ?? "", row: row, col: noteCol, limit: noteWidth, style: style)
            }
            if current && cursor == nil { cursor = (row, left) }
            row += 1
        }
        // The comment on the whole sheet.
        if row < area.bottom - 2 {
            row += row < area.bottom - 3 ? 1 : 0
            let current = onComment
            grid.put(current ? ">" : " ", row: row, col: left, style: current ? .selected : .normal)
            grid.put(c.sheetComment, row: row, col: left + 2, limit: titleWidth, style: .label)
            let fieldWidth = area.left + area.width - 1 - scoreCol
            if current && !readOnly {
                cursor = (row, field.render(into: &grid, row: row, col: scoreCol, width: fieldWidth, style: .activeField))
            } else {
                grid.fill(row: row, col: scoreCol, count: fieldWidth, style: readOnly ? .normal : .field)
                grid.put(comment, row: row, col: scoreCol, limit: fieldWidth, style: readOnly ? .normal : .field)
                if current { cursor = (row, left) }
            }
        }
        // The running total: always on the body's last line.
        let scored = criteria.filter { scores[$0.key] != nil }.count
        let raw = Points(criteria.reduce(0) { $0 + (scores[$1.key]?.halves ?? 0) }, over: 2)
        let totalLine = c.sheetTotal(raw: ScoreText.points(raw), rawMaximum: form.rawMaximum,
                                     scaled: form.scaleTo.map { _ in ScoreText.points(SheetCheck.total(of: scores, form: form)) },
                                     maximum: form.maximum, scored: scored, of: criteria.count)
        grid.put(totalLine, row: area.bottom - 1, col: left, limit: width, style: .header)
        grid.cursor = cursor ?? (area.bottom - 1, left)
    }
}
