import StationDomain

/// `t` on an application: the steps the rules allow now (↑ ↓ choose one, Enter takes it), then
/// every step they do not allow, each with every reason — read-only from the domain's rules on the
/// facts the store holds now (`ApplicationSteps`). Whether a chosen step goes through is decided
/// again by the store inside the step's own transaction.
public struct StepMenuScreen: Screen {
    public private(set) var application: Application
    public private(set) var steps: ApplicationSteps?
    public private(set) var selected = 0
    private var top = 0
    private var loadError: String?

    public init(_ application: Application, _ ctx: Context) {
        self.application = application
        reload(ctx)
    }

    public var shownTables: Set<String>? {
        ["application", "application_event", "notice", "objection", "score_sheet", "station", "station_period", "round",
         "quota_exception", "app_user"]
    }
    public var selectedStep: ApplicationStep? {
        guard let allowed = steps?.allowed, allowed.indices.contains(selected) else { return nil }
        return allowed[selected].step
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.stepsTitle(application.proposedName) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyChooseStep), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) + [Hint("PgUp PgDn", ctx.catalog.keyScroll)] }

    public mutating func reload(_ ctx: Context) {
        guard let id = application.id else { return }
        do {
            guard let facts = try ctx.store.applicationFacts(id: id) else { steps = nil; return }
            application = facts.application
            steps = ApplicationSteps(facts: facts, on: ctx.today, user: ctx.user, roles: ctx.roles,
                                     book: ctx.rules.currentBook(ctx.store), rules: ctx.rules)
            selected = min(selected, max(0, (steps?.allowed.count ?? 1) - 1))
            loadError = nil
        } catch {
            steps = nil
            loadError = ctx.catalog.describe(error)
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let count = steps?.allowed.count ?? 0
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(0, count - 1), selected + 1)
        case .pageUp: top = max(0, top - 10)
        case .pageDown: top += 10
        case .enter:
            guard let choice = steps?.allowed.indices.contains(selected) == true ? steps?.allowed[selected] : nil else { return [] }
            return [.push(StepFormScreen(application, step: choice.step, tied: choice.tied, ctx))]
        default: return nil
        }
        return []
    }

    /// The lines of the menu; `choice` is the index among the allowed steps a line offers.
    func lines(_ ctx: Context, width: Int = 78) -> [(text: String, style: Style, choice: Int?)] {
        let c = ctx.catalog
        guard let steps else { return [(loadError ?? c.recordGone, .error, nil)] }
        var out: [(text: String, style: Style, choice: Int?)] = []
        if steps.choices.isEmpty { return [(c.stepsFinal, .dim, nil)] }
        out.append((c.stepsHeading(steps.state, on: ctx.today), .header, nil))
        if steps.allowed.isEmpty { out.append(("  " + c.stepsNoneAllowed, .dim, nil)) }
        for (i, choice) in steps.allowed.enumerated() {
            let needs = c.stepNeeds(reference: choice.step.needsReference, reason: choice.step.needsReason)
            out.append(("\(i + 1) \(c.stepName(choice.step))\(needs)  [\(c.stepWho(choice.step))]", i == selected ? .selected : .normal, i))
            if choice.tied { out.append(("    " + c.tiedNeedsReason, .dim, nil)) }
        }
        if !steps.refused.isEmpty {
            out.append(("", .normal, nil))
            out.append((c.stepsRefusedHeading, .header, nil))
            for choice in steps.refused {
                out.append(("  ✗ " + c.stepName(choice.step), .normal, nil))
                // Every reason whole, wrapped: what to do is often at its end.
                for reason in choice.decision.reasons {
                    out += WrappedLines.wrap("      · " + c.refusal(reason), width: width, indent: "        ",
                                             ambiguousWide: ctx.ambiguousWide).map { ($0, .error, nil) }
                }
            }
        }
        return out
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let all = lines(ctx, width: area.width - 2)
        let height = area.height - 1
        top = Scrolling.top(top, showing: all.firstIndex(where: { $0.choice == selected }), height: height, count: all.count)
        grid.cursor = (area.top + 1, area.left + 2)
        for (i, line) in all.dropFirst(top).prefix(height).enumerated() {
            let row = area.top + 1 + i
            if line.choice != nil {
                let mark = line.choice == selected ? "> " : "  "
                if line.choice == selected { grid.fill(row: row, col: area.left + 1, count: area.width - 2, style: .selected) }
                grid.put(mark + line.text, row: row, col: area.left + 1, limit: area.width - 2, style: line.style)
                if line.choice == selected { grid.cursor = (row, area.left + 1) }
            } else {
                grid.put(line.text, row: row, col: area.left + 1, limit: area.width - 2, style: line.style)
            }
        }
    }
}
