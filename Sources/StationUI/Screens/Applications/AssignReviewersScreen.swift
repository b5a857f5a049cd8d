import StationDomain
import StationStore

/// 分派评审专家: the users holding the reviewer role, each with what ties them to this
/// application's unit or partners (回避) and whether they are assigned already. Space marks,
/// Enter assigns the marked (or the selected) reviewers as one command, which creates their
/// score sheets; a reviewer tied to the unit or a partner is refused with the tie named.
public struct AssignReviewersScreen: Screen {
    public let application: Application
    public internal(set) var list: ListBrowser
    /// The reviewers marked with Space (the list's own marks, `*` in its gutter).
    public var marked: Set<String> { Set(list.marked.compactMap { logins.indices.contains(Int($0)) ? logins[Int($0)] : nil }) }
    public private(set) var logins: [String] = []
    public private(set) var refusal: [String] = []
    /// When the sheets are due (two weeks from today unless `d` sets another day).
    public private(set) var deadline: CivilDate
    public private(set) var deadlineField: TextField?

    public init(_ application: Application, _ ctx: Context) {
        self.application = application
        deadline = ctx.today.adding(days: 14)
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnReviewer, width: 12), Table.Column(c.fieldName, width: 10),
                                     Table.Column(c.columnTies), Table.Column(c.columnAssigned, width: 8)])
        reload(ctx)
    }

    public var capturesText: Bool { list.filtering || deadlineField != nil }
    public var shownTables: Set<String>? { ["app_user", "reviewer_tie", "score_sheet"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.assignTitle(application.proposedName) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if deadlineField != nil { return [Hint(c.typeText, c.keyDeadline), Hint("Enter", c.keyApply), Hint("Esc", c.keyCancel)] }
        if let h = list.modeHints(ctx) { return h }
        return [Hint("↑↓", c.keyMove), Hint("Space", c.keyMark), Hint("Enter", c.keyAssign), Hint("d", c.keyDeadline),
                Hint("/", c.keyFilter), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        let names = ApplicationNames(ctx)
        let reviewers = ((try? ctx.store.users()) ?? []).filter { $0.has(.reviewer) }
        let ties = (try? ctx.store.reviewerTies()) ?? []
        let assigned = Set(((try? ctx.store.reviewSheets(application: application.id ?? -1)) ?? []).map(\.reviewer))
        logins = reviewers.map(\.login)
        let rows = reviewers.map { u -> [String] in
            let conflict = ConflictOfInterest.check(reviewer: u.login, application: application, ties: ties).reasons.map { r -> String in
                switch r {
                case let .reviewerTiedToUnit(_, id, note): return c.tiedTo(names.unit(id, c), note)
                case let .reviewerTiedToPartner(_, id, note): return c.tiedTo(names.partners[id]?.name ?? "#\(id)", note)
                default: return c.refusal(r)
                }
            }
            return [u.login, u.displayName, conflict.joined(separator: c.listSeparator),
                    assigned.contains(u.login) ? c.assignedMark : ""]
        }
        list.setRows(rows, ids: reviewers.indices.map(Int64.init), ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if var field = deadlineField {
            switch key {
            case .escape: deadlineField = nil
            case .enter:
                guard let d = CivilDate(field.text.trimmingCharacters(in: " ")), d >= ctx.today else {
                    return [.error(ctx.catalog.deadlineProblem)]
                }
                deadline = d
                deadlineField = nil
            default:
                _ = field.handle(key)
                deadlineField = field
            }
            return []
        }
        if key == .char("d") && !list.filtering {
            deadlineField = TextField(deadline.description)
            return []
        }
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .enter:
            // The marked reviewers (Space, the list's marks), or the selected one: one command.
            let chosen = list.targets.map { logins[$0] }
            guard !chosen.isEmpty, let id = application.id, let files = ctx.rules.files else { return [] }
            return [run(AssignReviewers(applicationId: id, reviewers: chosen, deadline: deadline, date: ctx.today, files: files)) { me, result, ctx in
                let c = ctx.catalog
                switch result {
                case .success(let sheets):
                    return [.pop, .message(c.reviewersAssigned(sheets.map(\.reviewer)))]
                case .failure(let r as Refused):
                    me.refusal = r.reasons.map(c.refusal)
                    return [.error(c.notDoneWhy)]
                case .failure(let e):
                    return [.error(c.describe(e))]
                }
            }]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let status = list.status(ctx)
        let statusWidth = grid.measure(status)
        grid.put(status, row: area.top, col: area.left + area.width - statusWidth - 1, style: .dim)
        let used = grid.put(c.assignTitle(application.proposedName), row: area.top, col: area.left + 1,
                            limit: area.width - 28 - statusWidth, style: .header)
        let label = c.deadlineLabel
        let x = area.left + used + 3
        let lw = grid.put(label, row: area.top, col: x, style: .label)
        var fieldCursor: (Int, Int)?
        if let field = deadlineField {
            fieldCursor = (area.top, field.render(into: &grid, row: area.top, col: x + lw, width: 11, style: .activeField, focused: true))
        } else {
            grid.put(deadline.description, row: area.top, col: x + lw)
        }
        let listHeight = max(4, area.height - 1 - min(refusal.count * 2, area.height / 2))
        list.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: listHeight, width: area.width),
                    empty: c.noReviewers, ctx)
        let cursor = grid.cursor
        var row = area.top + 1 + listHeight
        for reason in refusal {
            for line in WrappedLines.wrap(c.errorMark + reason, width: area.width - 4, indent: "  ", ambiguousWide: ctx.ambiguousWide)
            where row < area.bottom {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 3, style: .error)
                row += 1
            }
        }
        grid.cursor = fieldCursor ?? cursor
    }
}
