import StationDomain
import StationExchange
import StationStore

/// One station through its two years (issue 12), on tabs (Tab / Shift-Tab):
/// 详情 its fields, flags (period ending within the policy's days, in name only, more than one
/// head change in the period), the termination letter, talents per year — `e` corrects the
/// fields with a reason, `t` records the termination letter (or says why not);
/// 站长与人员 head, staff and the filings (备案) — `a` files a change, `e` records the Bureau's
/// acknowledgement; 共建方; 活动 the count per Art. 7 duty for the current evaluation year and
/// the log — `a e d`; 人才需求 the demand collected — `a e d`; 人才 the talents credited —
/// `a` adds one credited here, `e` edits, Enter opens; 评估; 补助; 历史 the journal of the record.
/// Every change is a store command; the keys are offered only to a clerk. Works at 80×24.
/// Cost of a reload: the station's own records, the stations, units, partners and its talents.
public struct StationRecordScreen: Screen {
    public enum Tab: Int, CaseIterable, Sendable {
        case details, staff, partners, activities, demand, talents, evaluations, subsidies, history
    }

    public private(set) var station: Station
    public private(set) var tab: Tab = .details
    /// Whether the period-ending flag is shown (for tests).
    public private(set) var periodFlagged = false
    /// The name as shown (marked when revoked, terminated, or its period over without a renewal).
    private var shownName: String?
    public private(set) var flags = StaffingFlags(headChanges: 0, tooManyHeadChanges: false, inNameOnly: false)
    public private(set) var filings: [StaffFiling] = []
    public private(set) var activities: [Activity] = []
    public private(set) var demands: [TalentDemand] = []
    public private(set) var talents: [Talent] = []
    /// Per duty (index 0 = duty 1) in the current evaluation year.
    public private(set) var dutyCounts: [Int] = []
    private var evaluationYear: EvaluationYear?
    private var partners: [Partner] = []
    public private(set) var detailPane = TextPane()
    /// The details' wrap indents: a long value continues under itself, past its label.
    private var detailHangs: [Int] = []
    private var textPane = TextPane()
    /// The list of the current list tab (staff filings, partners, activities, demand, talents).
    public internal(set) var list: ListBrowser
    private var history: JournalScreen?

    public init(_ station: Station, _ ctx: Context) {
        self.station = station
        list = ListBrowser(columns: [])
        reload(ctx)
    }

    public init(_ station: Station, tab: Tab, _ ctx: Context) {
        self.init(station, ctx)
        select(tab, ctx)
    }

    public var capturesText: Bool { list.filtering || detailPane.searching }
    public var shownTables: Set<String>? {
        ["station", "staff_filing", "activity", "talent_demand", "talent", "evaluation", "subsidy", "payment", "unit", "partner",
         "station_period"]
    }

    public func title(_ ctx: Context) -> String { shownName ?? ctx.catalog.stationName(station) }

    private var isList: Bool { [.staff, .partners, .activities, .demand, .talents].contains(tab) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if isList, let h = list.modeHints(ctx) { return h }
        let tabHint = Hint("Tab", c.keyTab)
        var keys: [Hint] = [tabHint]
        let clerk = ctx.may(.stations)
        switch tab {
        case .details:
            if detailPane.searching { return [Hint(c.typeText, c.keySearchText), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
            keys += [Hint("↑↓", c.keyScrollRecord), Hint("/", c.keySearchText)]
            if clerk { keys += [Hint("e", c.keyEditStation), Hint("t", c.keyStep)] }
        case .staff:
            if clerk { keys += [Hint("a", c.keyFile), Hint("e", c.keyAcknowledge)] }
        case .activities, .demand:
            if clerk { keys += [Hint("a e d", c.keyAddEditDelete)] }
        case .talents:
            keys += [Hint("Enter", c.keyOpen)]
            if ctx.may(.talents) { keys += [Hint("a e d", c.keyAddEditDelete)] }
        case .history:
            keys += [Hint("Enter", c.keyDetails)]
        case .partners, .evaluations, .subsidies:
            keys += [Hint("↑↓", c.keyScrollRecord)]
        }
        return keys + [Hint("h", c.keyHistory), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var keys = [Hint("Tab Shift-Tab", c.keyTabLong), Hint("↑ ↓ PgUp PgDn Home End g G", c.keyMove)]
        if isList { keys += [Hint("/", c.keyFilterLong), Hint("s", c.keySortLong)] }
        return keys + hints(ctx).dropFirst() + [Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo), Hint("Q", c.keyQuit)]
    }

    // MARK: loading

    public mutating func reload(_ ctx: Context) {
        guard let id = station.id else { return }
        let allStations = (try? ctx.store.stations()) ?? []
        if let now = allStations.first(where: { $0.id == id }) { station = now }
        shownName = ctx.stationName(station, among: allStations)
        let periods = (try? ctx.store.stationPeriods(station: id)) ?? []
        partners = ((try? ctx.store.partners()) ?? []).filter { station.partnerIds.contains($0.id ?? -1) }
        filings = (try? ctx.store.staffFilings(station: id)) ?? []
        activities = (try? ctx.store.activities(station: id)) ?? []
        demands = (try? ctx.store.talentDemands(station: id)) ?? []
        talents = (try? ctx.store.talents(station: id)) ?? []
        let policy = ctx.rules.policy(forStation: station)
        if let policy { flags = StaffingRule.flags(station, filings: filings, policy: policy) }
        evaluationYear = policy.flatMap { p in
            let years = EvaluationYears.of(station, policy: p, periods: periods)
            return years.first { $0.contains(ctx.today) } ?? years.last { $0.start <= ctx.today }
        }
        let range = evaluationYear.map { $0.start...$0.end } ?? (CivilDate(year: 1900, month: 1, day: 1)!...CivilDate(year: 2999, month: 1, day: 1)!)
        dutyCounts = StationDuties.countPerDuty(activities, station: station, in: range)
        detailPane.lines = detailLines(allStations, ctx)
        detailPane.hangs = detailHangs
        fill(ctx)
        history?.reload(ctx)
    }

    private mutating func detailLines(_ allStations: [Station], _ ctx: Context) -> [(text: String, style: Style)] {
        let c = ctx.catalog
        let s = station
        let units = (try? ctx.store.units()) ?? []
        var fields: [(String, String)] = [
            (c.fieldName, s.name), (c.fieldStationType, c.stationType(s.type)),
            (c.columnUnit, units.first { $0.id == s.unitId }?.name ?? c.unknownUnit),
            (c.fieldPartners, partners.isEmpty ? c.none : partners.map(\.name).joined(separator: "；")),
            (c.columnHead, s.head.isEmpty ? c.none : s.head), (c.fieldStaff, s.staff.isEmpty ? c.none : s.staff.joined(separator: "、")),
            (c.columnAgreement, s.agreementDate.description),
        ]
        periodFlagged = false
        var warnings: [String] = []
        if let policy = ctx.rules.policy(forStation: s), let period = ctx.rules.period(of: s) {
            var text = period.description
            if s.status == .active, period.contains(ctx.today) { text += "  " + c.periodEndsIn(ctx.today.days(to: period.end)) }
            fields.append((c.fieldPeriod, text))
            let days = (ctx.rules.policy(on: ctx.today) ?? policy).practice.periodEndingWithinDays
            if s.status == .active, period.endsWithin(days: days, of: ctx.today) {
                periodFlagged = true
                warnings.append(c.periodEndsSoon(days: days))
            }
        } else {
            fields.append((c.fieldPeriod, c.noPolicy))
        }
        // The status in fact (Art. 8 自动终止), not only what was stored.
        fields.append((c.columnStatus, c.stationStatus(s, outcome: ctx.rules.outcome(of: s, among: allStations, on: ctx.today))))
        if let ended = s.endedOn { fields.append((c.fieldEndedOn, ended.description)) }
        if let letter = s.terminationLetter { fields.append((c.fieldTerminationLetter, "\(letter.on)  \(letter.reference)")) }
        if !s.revocationReference.isEmpty { fields.append((c.fieldRevocationReference, s.revocationReference)) }
        if let p = s.plaqueOn { fields.append((c.fieldPlaqueOn, p.description)) }
        if s.status == .active {
            if flags.inNameOnly { warnings.append(c.flagInNameOnly) }
            if flags.tooManyHeadChanges { warnings.append(c.flagHeadChanges(flags.headChanges)) }
        }

        let labelWidth = fields.map { DisplayWidth.of($0.0, ambiguousWide: ctx.ambiguousWide) }.max()! + 2
        let name = ctx.stationName(s, among: allStations)
        var lines: [(text: String, style: Style)] = [(name, s.status == .active && name == s.name ? .header : .error)]
        lines += warnings.map { ($0, Style.error) }
        lines.append(("", .normal))
        let fieldLines = lines.count..<(lines.count + fields.count)
        lines += fields.map { (DisplayWidth.pad($0.0, to: labelWidth, ambiguousWide: ctx.ambiguousWide) + " " + $0.1, .normal) }
        if let first = talents.map(\.introducedOn.year).min(), let last = talents.map(\.introducedOn.year).max(), let id = s.id {
            // 80 columns less the pane's margins and the indent, so the numbers stay visible.
            let chart = TextChart(width: 72, ambiguousWide: ctx.ambiguousWide, words: c.chartWords)
            lines.append(("", .normal))
            lines.append((c.sectionTalentsPerYear, .header))
            lines += TalentCharts.perYear(talents: talents, stationId: id, years: first...last, chart: chart).map { ("  " + $0, .normal) }
        }
        detailHangs = lines.indices.map { fieldLines.contains($0) ? labelWidth + 1 : lines[$0].text.prefix { $0 == " " }.count }
        return lines
    }

    /// Fills the current tab's list or text.
    private mutating func fill(_ ctx: Context) {
        let c = ctx.catalog
        switch tab {
        case .staff:
            let rows = filings.map { f -> [String] in
                [f.filedOn.description, c.staffRole(f.role), "\(f.oldPerson.isEmpty ? "—" : f.oldPerson) → \(f.newPerson.isEmpty ? "—" : f.newPerson)",
                 f.reason, f.acknowledgedOn?.description ?? "—"]
            }
            setList([Table.Column(c.columnDate, width: 10, order: .date), Table.Column(c.columnRole, width: 8), Table.Column(c.columnChange),
                     Table.Column(c.columnReason, min: 14, share: 1), Table.Column(c.columnAcknowledged, width: 10)],
                    rows, filings.map { $0.id ?? -1 }, ctx)
        case .partners:
            setList([Table.Column(c.fieldName), Table.Column(c.fieldPartnerKind, width: 12), Table.Column(c.fieldCity, width: 10)],
                    partners.map { [$0.name, c.partnerKind($0.kind), $0.city] }, partners.map { $0.id ?? -1 }, ctx)
        case .activities:
            let rows = activities.map { [$0.on.description, c.dutyOption($0.duty), $0.title, $0.place, $0.outcome] }
            setList([Table.Column(c.columnDate, width: 10, order: .date), Table.Column(c.columnDuty, width: c.language == .zh ? 6 : 4), Table.Column(c.columnTitle, min: 14, share: 4),
                     Table.Column(c.columnPlace, min: 10, share: 1), Table.Column(c.columnOutcome, min: 8, share: 1)],
                    rows, activities.map { $0.id ?? -1 }, ctx)
        case .demand:
            let rows = demands.map { d -> [String] in
                [d.collectedOn.description, d.enterprise, d.need, String(d.headcount), d.field,
                 d.published ? (d.publishedWhere.isEmpty ? c.yesPublished : d.publishedWhere) : c.notPublished]
            }
            setList([Table.Column(c.columnDate, width: 10, order: .date), Table.Column(c.columnEnterprise, min: 10, share: 2),
                     Table.Column(c.columnNeed, min: 10, share: 3), Table.Column(c.columnHeadcount, width: 4, alignRight: true),
                     Table.Column(c.columnField, width: 8), Table.Column(c.columnPublished, min: 6, share: 1)],
                    rows, demands.map { $0.id ?? -1 }, ctx)
        case .talents:
            let rows = talents.map { t -> [String] in
                [t.name, c.categoryText(t.category), t.employer, c.employerKind(t.employerKind), t.introducedOn.description]
            }
            setList([Table.Column(c.columnTalentName, min: 8, share: 2, order: .personName), Table.Column(c.columnCategory, width: 4),
                     Table.Column(c.columnEmployer, min: 12, share: 3), Table.Column(c.columnEmployerKind, width: 8),
                     Table.Column(c.columnIntroducedOn, width: 10, order: .date)],
                    rows, talents.map { $0.id ?? -1 }, ctx)
        case .evaluations:
            let evaluations = station.id.flatMap { try? ctx.store.evaluations(station: $0) } ?? []
            textPane.lines = evaluations.isEmpty ? [(c.evaluationsEmpty, .dim)] : evaluations.map { e in
                (c.evaluationLine(e, computed: ctx.rules.policy(forYear: e.year).map { Grading.grade(of: e, policy: $0) }), .normal)
            }
        case .subsidies:
            let subsidies = station.id.flatMap { try? ctx.store.subsidies(station: $0) } ?? []
            textPane.lines = subsidies.isEmpty ? [(c.subsidiesEmpty, .dim)] : subsidies.flatMap { s in
                let paid = (s.id.flatMap { try? ctx.store.payments(subsidy: $0) } ?? []).reduce(Fen.zero) { $0 + $1.amount }
                return c.subsidyLines(s, paid: paid).map { ($0, Style.normal) }
            }
        case .details, .history:
            break
        }
    }

    private mutating func setList(_ columns: [Table.Column], _ rows: [[String]], _ ids: [Int64], _ ctx: Context) {
        if list.table.columns != columns { list = ListBrowser(columns: columns) }
        list.setRows(rows, ids: ids, ctx)
    }

    public mutating func select(_ t: Tab, _ ctx: Context) {
        tab = t
        list = ListBrowser(columns: [])
        textPane = TextPane()
        if t == .history, let id = station.id {
            history = JournalScreen(source: .history(table: "station", id: id, name: station.name), ctx)
        } else {
            history = nil
        }
        fill(ctx)
    }

    // MARK: keys

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if isList, list.filtering || list.choosingSort || list.isAsking { return list.handle(key, ctx) }
        if tab == .details, detailPane.searching { return detailPane.handleSearch(key, ctx) ?? [] }
        switch key {
        case .tab: select(Tab(rawValue: (tab.rawValue + 1) % Tab.allCases.count)!, ctx); return []
        case .backTab: select(Tab(rawValue: (tab.rawValue + Tab.allCases.count - 1) % Tab.allCases.count)!, ctx); return []
        case .char("h"):
            guard let id = station.id else { return [] }
            return [.push(JournalScreen(source: .history(table: "station", id: id, name: station.name), ctx))]
        default: break
        }
        switch tab {
        case .details:
            if let effects = detailPane.handleSearch(key, ctx) { return effects }
            if detailPane.handle(key) { return [] }
            return detailKey(key, ctx)
        case .evaluations, .subsidies:
            return textPane.handle(key) ? [] : nil
        case .history:
            return history?.handle(key, ctx)
        case .staff, .partners, .activities, .demand, .talents:
            if let effects = list.handle(key, ctx) { return effects }
            return listKey(key, ctx)
        }
    }

    private func detailKey(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        switch key {
        case .char("e"):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            return [.push(StationForms.edit(station, ctx))]
        case .char("t"):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            guard let policy = ctx.rules.policy(forStation: station) else { return [.error(c.noPolicy)] }
            // Asked of the rule first, so the clerk learns at once why not (the store decides again on F2).
            let probe = TerminationLetter(on: ctx.today, reference: "—")
            do {
                _ = try TerminationRule.record(probe, on: station, among: (try? ctx.store.stations()) ?? [], policy: policy)
            } catch let refused as Refused {
                let reasons = refused.reasons.filter { if case .terminationReferenceRequired = $0 { return false } else { return true } }
                if !reasons.isEmpty { return [.error(reasons.map(c.refusal).joined(separator: "\n"))] }
            } catch { return [.error(c.describe(error))] }
            return [.push(StationForms.terminationLetter(station, policy: policy, ctx))]
        default: return nil
        }
    }

    private func listKey(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        let selected = list.selectedId
        // With several rows marked: d deletes them all as one command; e takes one at a time.
        if list.markedCount > 1 && (tab == .activities || tab == .demand || tab == .talents) {
            if key == .char("e") { return [.error(c.oneAtATime(key, marked: list.markedCount))] }
            if key == .char("d") { return deleteMarked(ctx) }
        }
        switch (tab, key) {
        case (.staff, .char("a")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            return [.push(StationForms.filing(station, ctx))]
        case (.staff, .char("e")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            guard let f = filings.first(where: { $0.id == selected }) else { return [] }
            return [.push(StationForms.acknowledge(f, ctx))]
        case (.activities, .char("a")), (.activities, .char("e")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            let original = key == .char("e") ? activities.first { $0.id == selected } : nil
            if key == .char("e") && original == nil { return [] }
            return [.push(StationForms.activity(station, editing: original, ctx))]
        case (.activities, .char("d")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            guard let a = activities.first(where: { $0.id == selected }) else { return [] }
            return [.push(ConfirmScreen(question: c.confirmDelete(a.title), onYes: [run(DeleteActivity(a)) { _, result, ctx in
                Self.deletedMessage(result, a.title, ctx)
            }]))]
        case (.demand, .char("a")), (.demand, .char("e")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            let original = key == .char("e") ? demands.first { $0.id == selected } : nil
            if key == .char("e") && original == nil { return [] }
            return [.push(StationForms.demand(station, editing: original, ctx))]
        case (.demand, .char("d")):
            guard ctx.may(.stations) else { return [.error(c.notPermitted(.stations))] }
            guard let d = demands.first(where: { $0.id == selected }) else { return [] }
            return [.push(ConfirmScreen(question: c.confirmDelete(d.enterprise), onYes: [run(DeleteTalentDemand(d)) { _, result, ctx in
                Self.deletedMessage(result, d.enterprise, ctx)
            }]))]
        case (.talents, .char("a")):
            guard ctx.may(.talents) else { return [.error(c.notPermitted(.talents))] }
            return [.push(TalentForms.talent(nil, station: station, ctx))]
        case (.talents, .char("e")):
            guard ctx.may(.talents) else { return [.error(c.notPermitted(.talents))] }
            guard let t = talents.first(where: { $0.id == selected }) else { return [] }
            return [.push(TalentForms.talent(t, station: station, ctx))]
        case (.talents, .char("d")):
            guard ctx.may(.talents) else { return [.error(c.notPermitted(.talents))] }
            guard let t = talents.first(where: { $0.id == selected }) else { return [] }
            return [.push(ConfirmScreen(question: c.confirmDelete(t.name), onYes: [run(DeleteTalent(t)) { _, result, ctx in
                Self.deletedMessage(result, t.name, ctx)
            }]))]
        case (.talents, .enter):
            guard let t = talents.first(where: { $0.id == selected }) else { return [] }
            return [.push(TalentRecordScreen(t, station: station, ctx))]
        default:
            return nil
        }
    }

    /// `d` with marks: the marked activities, demands or talents deleted as one command (one
    /// journal entry, one undo step) after one question naming how many.
    private func deleteMarked(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        let ids = list.targetIds
        func ask<C: StoreCommand>(_ permission: Permission, _ names: [String], _ commands: [C]) -> [Effect] {
            guard ctx.may(permission) else { return [.error(c.notPermitted(permission))] }
            guard let first = names.first else { return [.error(c.nothingSelected)] }
            let n = commands.count
            return [.push(ConfirmScreen(question: c.confirmDeleteMany(n, first: first), onYes: [run(Batch(commands)) { me, result, ctx in
                if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                me.list.clearMarks()
                return [.message(ctx.catalog.deletedMany(n))]
            }]))]
        }
        switch tab {
        case .activities:
            let rows = ids.compactMap { id in activities.first { $0.id == id } }
            return ask(.stations, rows.map(\.title), rows.map(DeleteActivity.init))
        case .demand:
            let rows = ids.compactMap { id in demands.first { $0.id == id } }
            return ask(.stations, rows.map(\.enterprise), rows.map(DeleteTalentDemand.init))
        default:
            let rows = ids.compactMap { id in talents.first { $0.id == id } }
            return ask(.talents, rows.map(\.name), rows.map(DeleteTalent.init))
        }
    }

    static func deletedMessage(_ result: Result<Void, Error>, _ name: String, _ ctx: Context) -> [Effect] {
        switch result {
        case .success: return [.message(ctx.catalog.deleted(name))]
        case .failure(let e): return [.error(ctx.catalog.describe(e))]
        }
    }

    // MARK: drawing

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs(c.stationTabs, current: tab.rawValue, row: area.top, col: area.left + 1)
        var top = area.top + 1
        func line(_ text: String, _ style: Style) {
            grid.put(text, row: top, col: area.left + 1, limit: area.width - 2, style: style)
            top += 1
        }
        switch tab {
        case .details:
            detailPane.render(into: &grid, area: Area(top: top, left: area.left + 1, height: area.bottom - top, width: area.width - 1))
            return
        case .staff:
            line(c.fieldHead + c.labelColon + (station.head.isEmpty ? c.none : station.head) + "    " + c.fieldStaff + c.labelColon
                 + (station.staff.isEmpty ? c.none : station.staff.joined(separator: "、")), .normal)
            if station.status == .active && flags.inNameOnly { line(c.flagInNameOnly, .error) }
            if station.status == .active && flags.tooManyHeadChanges { line(c.flagHeadChanges(flags.headChanges), .error) }
        case .activities:
            line(c.dutyCountsHeading(evaluationYear), .label)
            line(dutyCounts.enumerated().map { c.dutyCount($0.offset + 1, $0.element) }.joined(separator: "  "), .normal)
        case .evaluations, .subsidies:
            textPane.render(into: &grid, area: Area(top: top + 1, left: area.left + 1, height: area.bottom - top - 1, width: area.width - 1))
            return
        case .history:
            history?.render(into: &grid, area: Area(top: top, left: area.left, height: area.bottom - top, width: area.width), ctx)
            return
        case .partners, .demand, .talents:
            break
        }
        let empty: String
        switch tab {
        case .staff: empty = c.filingsEmpty
        case .partners: empty = c.partnersOfStationEmpty
        case .activities: empty = c.activitiesEmpty
        case .demand: empty = c.demandEmpty
        default: empty = c.stationTalentsEmpty
        }
        // How many match and are marked, once there is something to count beyond the rows shown.
        if list.markedCount > 0 || !list.filter.text.isEmpty {
            let status = list.status(ctx)
            grid.put(status, row: top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
            top += 1
        }
        list.render(into: &grid, area: Area(top: top, left: area.left, height: area.bottom - top, width: area.width), empty: empty, ctx)
    }
}
