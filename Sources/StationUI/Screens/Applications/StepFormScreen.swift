import StationDomain
import StationStore

/// The form of one procedure step chosen in `t`: its date (today by default; a decision may be
/// recorded after the meeting), the decision reference (文号 or meeting) for the Bureau's and the
/// leading group's decisions, the reason where the step records one, who lodged an objection and
/// what it says, the plaque and appointment-letter dates of an agreement. F2 asks the store, which
/// judges the step again inside its transaction; a refusal keeps the form with every reason.
public struct StepFormScreen: Screen {
    public let application: Application
    public let step: ApplicationStep
    public private(set) var form: Form
    public private(set) var refusal: [String] = []

    public init(_ application: Application, step: ApplicationStep, tied: Bool, _ ctx: Context) {
        self.application = application
        self.step = step
        let c = ctx.catalog
        var fields = [FormField(id: "date", label: c.fieldStepDate, required: true, text: ctx.today.description)]
        if step.needsReference { fields.append(FormField(id: "reference", label: c.fieldReference, required: true, text: "")) }
        if step == .lodgeObjection {
            fields.append(FormField(id: "objector", label: c.fieldObjector, required: true, text: ""))
            fields.append(FormField(id: "reason", label: c.fieldObjection, required: true, text: ""))
        } else if step.needsReason || tied {
            fields.append(FormField(id: "reason", label: c.fieldReason, required: true, text: ""))
        } else if step == .shortlist || step == .notSelect {
            fields.append(FormField(id: "reason", label: c.fieldReasonIfAgainst, text: ""))
        }
        if step == .signAgreement {
            if application.renewsStationId == nil { fields.append(FormField(id: "plaque", label: c.fieldPlaqueOn, text: "")) }
            fields.append(FormField(id: "letter", label: c.fieldLetterOn, text: ""))
        }
        form = Form(fields: fields)
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }
    public func title(_ ctx: Context) -> String { ctx.catalog.stepName(step) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Tab ↓", c.keyNextField), Hint("Shift-Tab ↑", c.keyPreviousField), Hint("F2", c.keyTakeStep),
                Hint("Esc", c.keyCancel), Hint("Ctrl-Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) + [Hint("Enter", ctx.catalog.keyEnterField)] }

    /// The store command the form describes, or nil after marking the wrong fields.
    mutating func command(_ ctx: Context) -> StepInput? {
        let c = ctx.catalog
        var errors = form.requiredErrors(c)
        func date(_ id: String) -> CivilDate? {
            let t = form.value(id)
            guard !t.isEmpty else { return nil }
            guard let d = CivilDate(t) else { errors[id] = c.notADate; return nil }
            return d
        }
        let on = date("date"), plaque = date("plaque"), letter = date("letter")
        form.errors = errors
        guard errors.isEmpty, let on, let id = application.id, let files = ctx.rules.files else {
            if let first = form.fields.first(where: { errors[$0.id] != nil }) { form.focus(first.id) }
            if ctx.rules.files == nil { refusal = [c.noPolicy] }
            return nil
        }
        return StepInput(applicationId: id, step: step, expected: application.state, date: on, reference: form.value("reference"),
                         reason: form.value("reason"), objector: form.value("objector"), plaqueOn: plaque, letterOn: letter,
                         today: ctx.today, files: files, calendar: ctx.rules.calendar)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            guard let input = command(ctx) else {
                if form.errors.isEmpty { return [.error(refusal.joined(separator: " "))] }
                return [.error(form.fieldsMessage(ctx.catalog))]
            }
            let then: (inout StepFormScreen, Result<Application, Error>, Context) -> [Effect] = { me, result, ctx in me.done(result, ctx) }
            return [input.isDecision ? run(DecideStep(input), then: then) : run(TakeStep(input), then: then)]
        case .cancel?:
            if form.isChanged { return [.push(ConfirmScreen(question: ctx.catalog.confirmDiscard, onYes: [.pop]))] }
            return [.pop]
        case nil:
            return used ? [] : nil
        }
    }

    private mutating func done(_ result: Result<Application, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let a):
            // Back past the menu to where `t` was pressed, which shows the application as it is now.
            return [.pop, .pop, .message(c.stepTaken(c.stepName(step), c.applicationState(a.state)))]
        case .failure(let r as Refused):
            refusal = r.reasons.map(c.refusal)
            return [.error(c.stepRefused(c.stepName(step)))]
        case .failure(let e):
            refusal = [c.describe(e)]
            return [.error(c.saveFailed(c.describe(e)))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.stepFormHeading(c.stepName(step), application.proposedName), row: area.top, col: area.left + 1,
                 limit: area.width - 2, style: .header)
        let cursor = grid.cursor
        form.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width),
                    errorMark: c.errorMark)
        let formCursor = grid.cursor
        var row = area.top + 2 + form.fields.count * 2
        for reason in refusal {
            for line in WrappedLines.wrap("✗ " + reason, width: area.width - 4, indent: "  ", ambiguousWide: ctx.ambiguousWide)
            where row < area.bottom {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 3, style: .error)
                row += 1
            }
        }
        grid.cursor = formCursor ?? cursor
    }
}
