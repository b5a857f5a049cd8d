import StationDomain

/// One application: its fields (unit, partners, type, head, staff, renewal), the flag when the
/// unit already has a station, the Art. 4 checklist (each line's answer, note and evidence; line 6
/// only for the university type), the Art. 6 materials with the dates received, the review (each
/// assigned reviewer's sheet and the aggregate), the site visit, the notice and objections, and the
/// steps taken (who, when, reference). `t` its steps, `h` the steps as a list. Read-only; ↑ ↓ scroll.
/// Cost of a reload: the facts of the application and its events.
public struct ApplicationRecordScreen: Screen {
    public private(set) var application: Application
    public private(set) var pane = TextPane()
    /// Set when the unit already has an active station (shown at intake, not only at approval).
    public private(set) var unitFlagged = false

    public init(_ application: Application, _ ctx: Context) {
        self.application = application
        reload(ctx)
    }

    public var shownTables: Set<String>? {
        ["application", "application_event", "notice", "objection", "score_sheet", "station", "unit", "partner", "quota_exception"]
    }

    public func title(_ ctx: Context) -> String { application.proposedName }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var h = [Hint("↑↓", c.keyScrollRecord), Hint("t", c.keySteps), Hint("h", c.keyHistory)]
        if ctx.may(.applications) { h += [Hint("e", c.keyEditIntake), Hint("v", c.keySiteVisit)] }
        if ctx.may(.assignments) { h.append(Hint("r", c.keyAssignReviewers)) }
        return h + [Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }
    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var h = hints(ctx) + [Hint("t", c.keyStepsLong), Hint("PgUp PgDn Home End g G", c.keyScrollRecord), Hint("u", c.keyUndo)]
        if ctx.may(.decisions) { h.append(Hint("X", c.keyQuotaException)) }
        return h
    }

    public mutating func reload(_ ctx: Context) {
        guard let id = application.id, let facts = try? ctx.store.applicationFacts(id: id) else { return }
        application = facts.application
        pane.lines = ApplicationRecordScreen.lines(facts, ctx)
        unitFlagged = !ApplicationRecordScreen.otherStations(facts).isEmpty
    }

    /// The unit's active stations other than the one this application renews.
    static func otherStations(_ f: ApplicationFacts) -> [Station] {
        f.stations.filter { $0.unitId == f.application.unitId && $0.status == .active && $0.id != f.application.renewsStationId }
    }

    static func lines(_ f: ApplicationFacts, _ ctx: Context) -> [(text: String, style: Style)] {
        let c = ctx.catalog, a = f.application, names = ApplicationNames(ctx)
        var fields: [(String, String)] = [
            (c.fieldRound, f.round.map(c.roundTitle) ?? "—"),
            (c.fieldState, c.applicationState(a.state)),
            (c.columnUnit, names.unit(a.unitId, c)),
            (c.fieldPartners, a.partnerIds.isEmpty ? c.none : names.partnerNames(a.partnerIds, c)),
            (c.fieldStationType, c.stationType(a.type)),
            (c.fieldProposedHead, a.proposedHead.isEmpty ? "—" : a.proposedHead),
            (c.fieldStaff, a.staff.isEmpty ? c.none : a.staff.joined(separator: c.enumerationSeparator)),
            (c.fieldRenews, a.renewsStationId.map { names.stations[$0].map(c.stationName) ?? "#\($0)" } ?? c.newStation),
            (c.fieldCreated, a.createdOn.description),
        ]
        if a.state == .agreementSigned, let s = f.stations.first(where: { $0.applicationId == a.id }) ?? a.renewsStationId.flatMap({ names.stations[$0] }) {
            fields.append((c.fieldStationSetUp, c.stationName(s)))
        }
        let width = fields.map { DisplayWidth.of($0.0, ambiguousWide: ctx.ambiguousWide) }.max()! + 2
        var out: [(text: String, style: Style)] = [(a.proposedName, .header)]
        let others = otherStations(f)
        if !others.isEmpty {
            out += WrappedLines.wrap(c.unitHasStation(others.map(c.stationName)), width: 76, indent: "  ",
                                     ambiguousWide: ctx.ambiguousWide).map { ($0, .error) }
        }
        out.append(("", .normal))
        out += fields.map { (DisplayWidth.pad($0.0, to: width, ambiguousWide: ctx.ambiguousWide) + " " + $0.1, .normal) }

        func section(_ title: String, _ items: [(String, Style)]) {
            out.append(("", .normal))
            out.append((title, .header))
            out += (items.isEmpty ? [(c.nothingRecorded, .dim)] : items).map { ("  " + $0.0, $0.1) }
        }
        section(c.sectionConditions, a.conditions.sorted { $0.number < $1.number }.flatMap { line -> [(String, Style)] in
            guard ConditionCheck.applies(line.number, to: a.type) else {
                return [("\(line.number) \(c.conditionTitle(line.number))\(c.labelColon)\(c.notApplicable)", .dim)]
            }
            var rows: [(String, Style)] = [("\(line.number) [\(c.conditionState(line.state))] \(c.conditionTitle(line.number))",
                                            line.state == .notMet ? .error : .normal)]
            let detail = [line.note, line.evidence].filter { !$0.isEmpty }.joined(separator: " · ")
            if !detail.isEmpty { rows.append(("    " + detail, .dim)) }
            return rows
        })
        section(c.sectionMaterials, a.materials.map { m in
            ("\(c.material(m.kind))\(c.labelColon)\(m.receivedOn.map(c.received) ?? c.notReceived)", m.receivedOn == nil ? .error : .normal)
        })
        var review: [(String, Style)] = []
        let sheets = f.sheets[a.id ?? -1] ?? []
        for s in sheets.sorted(by: { $0.reviewer < $1.reviewer }) {
            let state = s.submittedOn.map(c.sheetSubmitted) ?? (s.scores.isEmpty ? c.sheetNew : c.sheetDraft)
            review.append((c.sheetLine(reviewer: s.reviewer, state: state, total: s.submittedOn == nil ? "" : "\(s.total)"), .normal))
        }
        if let policy = ApplicationNames.policy(ctx) {
            let agg = ScoreAggregation(sheets: sheets, policy: policy)
            if let score = agg.aggregate {
                review.append((c.aggregateLine(score.description, sheets: agg.sheets.count, spread: agg.spread?.description,
                                               trimmed: agg.trimmed), .header))
            }
        }
        if review.isEmpty { review = [(c.noSheets, .dim)] }
        section(c.sectionReview, review)
        section(c.sectionSiteVisit, a.siteVisit.map { [(c.visitLine($0), .normal)] } ?? [])
        var notice: [(String, Style)] = f.notices.filter { n in a.id.map(n.applicationIds.contains) ?? false }.map { (c.noticeLine($0), .normal) }
        notice += f.objections.map { (c.objectionLine($0), $0.resolution == nil ? .error : .normal) }
        section(c.sectionNoticeObjections, notice)
        let events = (try? ctx.store.applicationEvents(application: a.id ?? -1)) ?? []
        section(c.sectionSteps, events.map { (c.stepLine($0), .normal) })
        return out
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if pane.handle(key) { return [] }
        switch key {
        case .char("t"): return [.push(StepMenuScreen(application, ctx))]
        case .char("h"), .char("e"), .char("v"), .char("r"), .char("X"):
            return ApplicationKeys.handle(key, application: application, round: nil, ctx)
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left + 1, height: area.height - 1, width: area.width - 1))
    }
}

/// `h` on an application: every step taken — when, from which state to which, who, the decision
/// reference and the reason — oldest first, with the journal of the record below (`Enter`).
public struct ApplicationHistoryScreen: Screen {
    public let application: Application
    public private(set) var events: [ApplicationEvent] = []
    private var pane = TextPane()

    public init(_ application: Application, _ ctx: Context) {
        self.application = application
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["application_event"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.historyOfApplication(application.proposedName) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓", c.keyScroll), Hint("Enter", c.keyJournalOfRecord), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        events = (try? ctx.store.applicationEvents(application: application.id ?? -1)) ?? []
        pane.lines = [(c.historyOfApplication(application.proposedName), .header), ("", .normal)]
            + (events.isEmpty ? [(c.noStepsYet, .dim)] : events.map { (c.stepLine($0), .normal) })
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if pane.handle(key) { return [] }
        if key == .enter, let id = application.id {
            return [.push(JournalScreen(source: .history(table: "application", id: id, name: application.proposedName), ctx))]
        }
        return nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left + 1, height: area.height - 1, width: area.width - 1))
    }
}
