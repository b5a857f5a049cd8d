import StationDomain

/// 申请: one selection round at a time (← → change it, newest first), its places beside the plan
/// period's cap and places left, the count of applications in each state, and the round's
/// applications with their state, review score and last step; `/` filter (pinyin too), `s` sort.
/// Enter opens an application, `t` its steps, `l` the round's shortlist, `n` its notice.
/// Cost of a reload: rounds, the round's applications and events, units, the round's standing.
public struct ApplicationsScreen: Screen {
    public private(set) var rounds: [Round] = []
    public private(set) var roundIndex = 0
    public private(set) var applications: [Application] = []
    public private(set) var standing: RoundStanding?
    public internal(set) var list: ListBrowser
    private var names: ApplicationNames
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnProposedName, min: 14, share: 4), Table.Column(c.columnApplicant, min: 12, share: 2),
                                     Table.Column(c.columnType, width: 4),
                                     Table.Column(c.columnStatus, width: c.applicationStateColumnWidth),
                                     Table.Column(c.columnScore, width: 6, alignRight: true, order: .number),
                                     Table.Column(c.columnLastStep, width: 10, order: .date)])
        names = ApplicationNames(ctx)
        reload(ctx)
    }

    public var round: Round? { rounds.indices.contains(roundIndex) ? rounds[roundIndex] : nil }
    public var selectedApplication: Application? { list.selectedIndex.map { applications[$0] } }
    public var capturesText: Bool { list.filtering }
    public var shownTables: Set<String>? {
        ["round", "application", "application_event", "notice", "objection", "score_sheet", "unit", "station", "station_period"]
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.applications) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        var h = [Hint("← →", c.keyRound), Hint("Enter", c.keyOpen)]
        if ctx.may(.applications) { h.append(Hint("a", c.keyIntake)) }
        if rounds.first?.year != ctx.today.year && ctx.may(.decisions) { h.append(Hint("o", c.keyOpenRound)) }
        // While a filter is set n / N go between its matches (the notice is reached again after Esc).
        let n = list.filter.text.isEmpty ? Hint("n", c.keyNotice) : Hint("n N", c.keyNextMatch)
        return h + [Hint("t", c.keySteps), Hint("l", c.keyShortlist), n, Hint("/", c.keyFilter), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var h = [Hint("← → [ ]", c.keyRound), Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("Enter", c.keyOpen)]
        if ctx.may(.decisions) { h.append(Hint("o", c.keyOpenRound)) }
        if ctx.may(.applications) { h += [Hint("a", c.keyIntake), Hint("e", c.keyEditIntake), Hint("v", c.keySiteVisit)] }
        if ctx.may(.assignments) { h.append(Hint("r", c.keyAssignReviewers)) }
        return h + [Hint("t", c.keyStepsLong), Hint("h", c.keyHistory), Hint("l", c.keyShortlist), Hint("n", c.keyNotice),
                    Hint("/", c.keyFilterLong), Hint("s", c.keySortLong), Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                    Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    /// A record just saved in a form above: a new round is shown, an application selected.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        switch table {
        case "round":
            reload(ctx)
            if let i = rounds.firstIndex(where: { $0.id == id }) { roundIndex = i; judge(ctx) }
        case "application":
            guard let a = try? ctx.store.fetch(Application.self, id: id) else { return }
            if let i = rounds.firstIndex(where: { $0.id == a.roundId }), i != roundIndex { roundIndex = i; judge(ctx) }
            for _ in 0..<list.shown.count where list.selectedId != id { _ = list.handle(.down, ctx) }
        default: break
        }
    }

    public mutating func reload(_ ctx: Context) {
        let keep = round?.id
        names = ApplicationNames(ctx)
        do {
            rounds = try ctx.store.rounds().sorted { ($0.year, $0.id ?? 0) > ($1.year, $1.id ?? 0) }
            roundIndex = rounds.firstIndex { $0.id == keep } ?? 0
            loadError = nil
        } catch {
            rounds = []
            loadError = ctx.catalog.describe(error)
        }
        judge(ctx)
    }

    /// Reads the shown round's applications and draws up its rows.
    private mutating func judge(_ ctx: Context) {
        let c = ctx.catalog
        guard let round, let roundId = round.id else {
            applications = []; standing = nil
            list.setRows([], ids: [], ctx)
            return
        }
        var lastStep: [Int64: CivilDate] = [:]
        do {
            applications = try ctx.store.applications(round: roundId)
            for a in applications {
                guard let id = a.id else { continue }
                lastStep[id] = try ctx.store.applicationEvents(application: id).map(\.on).max() ?? a.createdOn
            }
            standing = try ApplicationNames.policy(ctx).flatMap { try ctx.store.roundStanding(round: roundId, policy: $0) }
        } catch {
            applications = []; standing = nil
            loadError = c.describe(error)
        }
        let rows = applications.map { a -> [String] in
            let score = a.id.flatMap { standing?.aggregations[$0]?.aggregate }.map { $0.description } ?? "—"
            return [(a.renewsStationId == nil ? "" : c.renewalMark) + a.proposedName, names.unit(a.unitId, c),
                    c.stationTypeShort(a.type), c.applicationStateShort(a.state), score,
                    a.id.flatMap { lastStep[$0] }?.description ?? a.createdOn.description]
        }
        list.setRows(rows, ids: applications.map { $0.id ?? -1 }, ctx)
    }

    /// How many applications of the round are in each state, in the procedure's order.
    public var stateCounts: [(ApplicationState, Int)] {
        ApplicationState.allCases.compactMap { s in
            let n = applications.filter { $0.state == s }.count
            return n == 0 ? nil : (s, n)
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .left, .char("["):
            guard roundIndex + 1 < rounds.count else { return [.error(ctx.catalog.noEarlier(false))] }
            roundIndex += 1; judge(ctx); return []
        case .right, .char("]"):
            guard roundIndex > 0 else { return [.error(ctx.catalog.noLater(false))] }
            roundIndex -= 1; judge(ctx); return []
        default: break
        }
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .enter:
            guard let a = selectedApplication else { return [.error(round == nil ? ctx.catalog.noRound : ctx.catalog.nothingSelected)] }
            return [.push(ApplicationRecordScreen(a, ctx))]
        case .char("t"):
            guard let a = selectedApplication else { return [.error(round == nil ? ctx.catalog.noRound : ctx.catalog.nothingSelected)] }
            return [.push(StepMenuScreen(a, ctx))]
        case .char("a"), .char("e"), .char("v"), .char("r"), .char("h"):
            return ApplicationKeys.handle(key, application: key == .char("a") ? nil : selectedApplication, round: round, ctx)
        case .char("o"):
            guard ctx.may(.decisions) else { return [.error(ctx.catalog.notPermitted(.decisions))] }
            return [.push(ApplicationFormScreen(.openRound, ctx))]
        case .char("l"):
            guard let round else { return [.error(ctx.catalog.noRound)] }
            return [.push(ShortlistScreen(round, ctx))]
        case .char("n"):
            guard let round else { return [.error(ctx.catalog.noRound)] }
            return [.push(NoticeScreen(round, ctx))]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        guard let round else {
            grid.put(c.areaName(.applications), row: area.top, col: area.left + 1, style: .header)
            grid.put(loadError ?? c.noRound, row: area.top + 2, col: area.left + 2, limit: area.width - 4, style: .dim)
            return
        }
        let older = roundIndex + 1 < rounds.count, newer = roundIndex > 0
        let heading = (older ? "◀ " : "") + c.roundTitle(round) + (newer ? " ▶" : "")
        let used = grid.put(heading, row: area.top, col: area.left + 1, style: .header)
        let plan = ApplicationNames.policy(ctx)?.planPeriod
        grid.put(c.roundPlaces(round, planLeft: standing?.planPlacesLeftNow, plan: plan), row: area.top, col: area.left + used + 3,
                 limit: area.width - used - 4, style: .dim)
        var top = area.top + 1
        let counts = c.stateCounts(stateCounts)
        let total = list.status(ctx)
        grid.put(total, row: top, col: area.left + area.width - grid.measure(total) - 1, style: .dim)
        grid.put(counts, row: top, col: area.left + 1, limit: area.width - grid.measure(total) - 4)
        if !ApplicationNames.inForceToday(ctx) {
            top += 1
            grid.put(c.noPolicyToday, row: top, col: area.left + 1, limit: area.width - 2, style: .error)
        }
        top += 1
        list.render(into: &grid, area: Area(top: top, left: area.left, height: area.bottom - top, width: area.width),
                    empty: loadError ?? c.applicationsEmpty, ctx)
    }
}
