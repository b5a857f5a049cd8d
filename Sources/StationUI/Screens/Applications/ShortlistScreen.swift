import StationDomain

/// A round's shortlist (Art. 5.2 择优): the applications from review on, ranked by the aggregate of
/// their submitted score sheets (`RoundStanding`), the quota line drawn at min(the round's places,
/// the plan period's places left), applications tied at the line shown as ties — never split
/// silently — and those without a submitted sheet listed apart. Enter opens an application.
/// Cost of a reload: one round standing (the round's applications and sheets).
public struct ShortlistScreen: Screen {
    public private(set) var round: Round
    public private(set) var standing: RoundStanding?
    /// The ranked applications in display order (selected, tied, outside), then the unranked.
    public private(set) var order: [Application] = []
    public private(set) var selected = 0
    /// Applications tied at the line the clerk chose to take in (Space).
    public private(set) var chosen: Set<Int64> = []
    private var top = 0
    private var names: ApplicationNames
    private var loadError: String?

    public init(_ round: Round, _ ctx: Context) {
        self.round = round
        names = ApplicationNames(ctx)
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["round", "application", "score_sheet", "station", "station_period"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.shortlistTitle(round) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var h = [Hint("↑↓", c.keyMove), Hint("Enter", c.keyOpen), Hint("t", c.keySteps)]
        if ctx.may(.applications) {
            if !(standing?.shortlist.tied.isEmpty ?? true) { h.append(Hint("Space", c.keyChooseTied)) }
            h.append(Hint("c", c.keyConfirmShortlist))
        }
        return h + [Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        names = ApplicationNames(ctx)
        guard let id = round.id, let policy = ApplicationNames.policy(ctx) else { standing = nil; order = []; return }
        do {
            standing = try ctx.store.roundStanding(round: id, policy: policy)
            if let r = standing?.round { round = r }
            loadError = nil
        } catch {
            standing = nil
            loadError = ctx.catalog.describe(error)
        }
        guard let s = standing else { order = []; return }
        let byId = Dictionary(uniqueKeysWithValues: s.ranked.compactMap { a in a.id.map { ($0, a) } })
        let list = s.shortlist
        order = (list.selected + list.tied + list.outside).compactMap { byId[$0.applicationId] }
        order += s.ranked.filter { a in !order.contains { $0.id == a.id } }
        selected = min(selected, max(0, order.count - 1))
    }

    public var selectedApplication: Application? { order.indices.contains(selected) ? order[selected] : nil }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(0, order.count - 1), selected + 1)
        case .home, .char("g"): selected = 0
        case .end, .char("G"): selected = max(0, order.count - 1)
        case .enter:
            guard let a = selectedApplication else { return [] }
            return [.push(ApplicationRecordScreen(a, ctx))]
        case .char("t"):
            guard let a = selectedApplication else { return [] }
            return [.push(StepMenuScreen(a, ctx))]
        case .char(" "):
            guard let a = selectedApplication, let id = a.id, standing?.placement(of: a) == .tiedAtCutOff else {
                return [.error(ctx.catalog.onlyTiedAreChosen)]
            }
            if chosen.contains(id) { chosen.remove(id) } else { chosen.insert(id) }
        case .char("c"):
            guard ctx.may(.applications) else { return [.error(ctx.catalog.notPermitted(.applications))] }
            let ties = standing?.shortlist.tied.count ?? 0
            return [.push(ApplicationFormScreen(.confirmShortlist(round, chosen: chosen, ties: ties), ctx))]
        default: return nil
        }
        return []
    }

    /// The lines drawn: each with the index into `order` it shows, if any.
    func lines(_ ctx: Context, width: Int) -> [(text: String, style: Style, index: Int?)] {
        let c = ctx.catalog
        guard let s = standing else { return [(loadError ?? c.noPolicyToday, .error, nil)] }
        if s.ranked.isEmpty { return [(c.shortlistEmpty, .dim, nil)] }
        let widths = [4, max(12, width - 4 - 14 - 7 - 4 - 10 - 10 - 14), 14, 7, 4, 10, 10]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { i, p in
                DisplayWidth.pad(DisplayWidth.truncate(p.0, to: p.1, ambiguousWide: ctx.ambiguousWide), to: p.1,
                                 alignRight: i == 0 || i == 3 || i == 4, ambiguousWide: ctx.ambiguousWide)
            }.joined(separator: "  ")
        }
        var out: [(text: String, style: Style, index: Int?)] = [
            (row([c.columnRank, c.columnProposedName, c.columnApplicant, c.columnScore, c.columnSheets, c.columnPlacement, c.columnStatus]),
             .header, nil),
        ]
        let list = s.shortlist
        let rankedCount = list.selected.count + list.tied.count + list.outside.count
        let line = (c.quotaLine(s.capacity, places: round.places, planLeft: s.planPlacesLeft), Style.header, Int?.none)
        var rank = 0
        var lastScore: Points?
        var lineDrawn = false, unrankedHeading = false
        for (i, a) in order.enumerated() {
            guard let id = a.id else { continue }
            let agg = s.aggregations[id]
            let placement = s.placement(of: a)
            // The line falls after the selected and the tied, before the outside.
            if !lineDrawn && rankedCount > 0 && (placement == .outside || placement == .notRanked) {
                out.append(line); lineDrawn = true
            }
            if placement == .notRanked && !unrankedHeading {
                out += [("", .normal, nil), (c.notRankedHeading, .header, nil)]
                unrankedHeading = true
            }
            var rankText = ""
            if let score = agg?.aggregate {
                if score != lastScore { rank = i + 1 }
                lastScore = score
                rankText = placement == .tiedAtCutOff ? "\(rank)=" : "\(rank)"
            }
            out.append((row([rankText, (a.renewsStationId == nil ? "" : c.renewalMark) + a.proposedName, names.unit(a.unitId, c),
                             agg?.aggregate?.description ?? "—", agg.map { "\($0.sheets.count)" } ?? "0",
                             chosen.contains(id) ? c.chosenMark : c.placement(placement), c.applicationStateShort(a.state)]),
                        i == selected ? .selected : (placement == .tiedAtCutOff ? .error : .normal), i))
        }
        if !lineDrawn && rankedCount > 0 { out.append(line) }
        if !list.tied.isEmpty {
            out.insert((c.tiesAtLine(list.tied.count, open: list.openPlaces), .error, nil), at: 0)
        }
        return out
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let used = grid.put(c.shortlistTitle(round), row: area.top, col: area.left + 1, style: .header)
        if let s = standing {
            grid.put(c.roundPlaces(round, planLeft: s.planPlacesLeftNow, plan: ApplicationNames.policy(ctx)?.planPeriod),
                     row: area.top, col: area.left + used + 3, limit: area.width - used - 4, style: .dim)
        }
        let all = lines(ctx, width: area.width - 2)
        let height = area.height - 1
        top = Scrolling.top(top, showing: all.firstIndex(where: { $0.index == selected }), height: height, count: all.count)
        grid.cursor = (area.top + 1, area.left + 1)
        for (i, line) in all.dropFirst(top).prefix(height).enumerated() {
            let row = area.top + 1 + i
            if line.index == selected && line.index != nil {
                grid.fill(row: row, col: area.left, count: area.width, style: .selected)
                grid.put(">", row: row, col: area.left, style: .selected)
                grid.cursor = (row, area.left)
            }
            grid.put(line.text, row: row, col: area.left + 1, limit: area.width - 2, style: line.style)
        }
    }
}
