import StationDomain
import StationStore

/// One subsidy line with where it stands on today (`SubsidyRule.standing`).
public struct SubsidyRow: Sendable {
    public var subsidy: Subsidy
    public var station: Station?
    /// nil when no calendar or policy is loaded, or the dates fall before the calendar.
    public var standing: SubsidyStanding?

    /// Each subsidy of `subsidies` judged on `today`: payments, spending and returns read per line.
    static func rows(_ subsidies: [Subsidy], stations: [Station], _ ctx: Context) throws -> [SubsidyRow] {
        let byId = Dictionary(stations.compactMap { s in s.id.map { ($0, s) } }, uniquingKeysWith: { a, _ in a })
        return try subsidies.map { s in
            var row = SubsidyRow(subsidy: s, station: byId[s.stationId])
            if let id = s.id, let calendar = ctx.rules.calendar,
               let policy = s.decidedOn.flatMap({ ctx.rules.policies?.inForce(on: $0) }) ?? ctx.rules.policy(forYear: s.year) {
                row.standing = try? SubsidyRule.standing(s, payments: try ctx.store.payments(subsidy: id),
                                                         spending: try ctx.store.spendingLines(subsidy: id),
                                                         clawbacks: try ctx.store.clawbacks(subsidy: id),
                                                         on: ctx.today, calendar: calendar, policy: policy)
            }
            return row
        }
    }
}

/// 补助 (Art. 11–13): the subsidy lines of one evaluation year (← → change it), by state — Tab
/// steps through all, 待核定, 待拨付, 部分拨付, 已拨付, 逾期, 已追回, the counts of each shown
/// above the list. Each line: station, grade, amount (待核定 until decided), paid, due date
/// (marked * — provisional — past the working-day table, with the legend under the list), state. Enter opens the line. A graded year
/// makes its line when the grade is decided (年度评估). Cost of a reload: the subsidies and, per
/// line, its payments, spending and returns.
public struct SubsidiesScreen: Screen {
    public static let filters: [SubsidyStanding.State?] = [nil, .toBeDecided, .awaitingPayment, .partlyPaid, .paid, .overdue, .returned]

    public private(set) var year: Int
    public private(set) var years: ClosedRange<Int>
    public private(set) var filter = 0
    public private(set) var rows: [SubsidyRow] = []
    private var all: [Subsidy] = []
    private var stations: [Station] = []
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context, year: Int? = nil) {
        let c = ctx.catalog
        // Grade and state wide enough for their longest word in the language shown, never cut.
        func widest(_ words: [String]) -> Int { words.map { DisplayWidth.of($0, ambiguousWide: ctx.ambiguousWide) }.max() ?? 0 }
        list = ListBrowser(columns: [Table.Column(c.columnStation, min: 14, share: 4),
                                     Table.Column(c.columnGrade, width: max(4, widest([c.columnGrade]))),
                                     Table.Column(c.columnAmount, width: 11, alignRight: true, order: .number),
                                     Table.Column(c.columnPaid, width: 11, alignRight: true, order: .number),
                                     Table.Column(c.columnDue, width: 11),
                                     Table.Column(c.columnState, width: max(8, widest(SubsidyStanding.State.allCases.map(c.subsidyState))))])
        self.year = year ?? ctx.today.year
        years = self.year...self.year
        reload(ctx)
        if year == nil, let latest = all.map(\.year).max() {
            self.year = latest
            judge(ctx)
        }
    }

    public var capturesText: Bool { list.filtering }
    public var shownTables: Set<String>? { ["subsidy", "payment", "spending_line", "clawback", "station", "evaluation"] }
    public var selectedRow: SubsidyRow? { list.selectedIndex.map { shown[$0] } }
    private var shown: [SubsidyRow] {
        guard let state = Self.filters[filter] else { return rows }
        return rows.filter { $0.standing?.state == state }
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.areaName(.subsidies) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("← →", c.keyYear), Hint("Tab", c.keyState), Hint("Enter", c.keyOpen), Hint("/", c.keyFilter), Hint("s", c.keySort),
                Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("← → [ ]", c.keyYear), Hint("Tab Shift-Tab", c.keyState), Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove),
                Hint("Enter", c.keyOpen), Hint("/", c.keyFilterLong), Hint("s", c.keySortLong), Hint("Esc q", c.keyBack),
                Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            all = try ctx.store.subsidies(station: nil)
            stations = try ctx.store.stations()
            loadError = nil
        } catch {
            all = []; stations = []
            loadError = ctx.catalog.describe(error)
        }
        let known = all.map(\.year)
        years = min(known.min() ?? year, year)...max(known.max() ?? year, year, ctx.today.year)
        judge(ctx)
    }

    private mutating func judge(_ ctx: Context) {
        let c = ctx.catalog
        rows = (try? SubsidyRow.rows(all.filter { $0.year == year }, stations: stations, ctx)) ?? []
        let cells = shown.map { r -> [String] in
            [r.station.map(c.stationName) ?? "#\(r.subsidy.stationId)", c.gradeText(r.subsidy.grade),
             r.subsidy.approved?.description ?? c.amountUndecided, (r.standing?.paid ?? .zero).description,
             c.dueShort(r.standing?.due), c.subsidyState(r.standing?.state)]
        }
        list.setRows(cells, ids: shown.map { $0.subsidy.id ?? -1 }, ctx)
    }

    /// How many lines of the year are in each state.
    public var counts: [(SubsidyStanding.State, Int)] {
        Self.filters.compactMap { $0 }.map { s in (s, rows.filter { $0.standing?.state == s }.count) }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let stepped = YearKeys.step(&year, within: years, key, ctx.catalog) {
            if stepped.isEmpty { judge(ctx) }
            return stepped
        }
        switch key {
        case .tab: filter = (filter + 1) % Self.filters.count; judge(ctx); return []
        case .backTab: filter = (filter + Self.filters.count - 1) % Self.filters.count; judge(ctx); return []
        default: break
        }
        if let effects = list.handle(key, ctx) { return effects }
        if key == .enter, let r = selectedRow { return [.push(SubsidyRecordScreen(r.subsidy, ctx))] }
        return nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let tabs = Self.filters.map { c.subsidyStateShort($0) }
        grid.putTabs(tabs, current: filter, row: area.top, col: area.left + 1)
        let yearText = (year > years.lowerBound ? "◀ " : "  ") + c.subsidyYear(year) + (year < years.upperBound ? " ▶" : "  ")
        grid.put(yearText, row: area.top + 1, col: area.left + area.width - grid.measure(yearText) - 1, style: .header)
        let status = list.status(ctx)
        grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
        grid.put(c.stateCounts(counts), row: area.top + 1, col: area.left + 1, limit: area.width - grid.measure(yearText) - 3, style: .dim)
        let provisional = shown.contains { $0.standing?.due?.provisional == true }
        let legend = provisional ? 1 : 0
        list.render(into: &grid, area: Area(top: area.top + 2, left: area.left, height: area.height - 2 - legend, width: area.width),
                    empty: loadError ?? c.subsidiesEmpty(year), ctx)
        if provisional {
            let cursor = grid.cursor
            grid.put(c.provisionalLegend, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
            grid.cursor = cursor
        }
    }
}

/// One subsidy line (补助 → Enter): grade, cap and amount, the decision date and the due date (60
/// working days; provisional past the working-day table), where it stands, the ledger (paid,
/// spent, returned, balance 结余), then each payment, spending line with its use, and ordered
/// return. Keys by role: m the amount, p a payment, r an ordered return (approver); s a spending
/// line (clerk).
public struct SubsidyRecordScreen: Screen {
    public let subsidyId: Int64
    public private(set) var subsidy: Subsidy?
    public private(set) var standing: SubsidyStanding?
    private var station: Station?
    private var pane = TextPane()

    public init(_ subsidy: Subsidy, _ ctx: Context) {
        subsidyId = subsidy.id ?? -1
        self.subsidy = subsidy
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["subsidy", "payment", "spending_line", "clawback", "station"] }
    public var lines: [(text: String, style: Style)] { pane.lines }
    private var subject: String { "\(station?.name ?? "#\(subsidy?.stationId ?? 0)") \(subsidy?.year ?? 0)" }

    public func title(_ ctx: Context) -> String {
        ctx.catalog.subsidyTitle(station.map(ctx.catalog.stationName) ?? "#\(subsidy?.stationId ?? 0)", subsidy?.year ?? 0)
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        var h: [Hint] = []
        if ctx.may(.subsidyAmounts) { h.append(Hint("m", c.keyAmount)) }
        if ctx.may(.payments) { h.append(Hint("p", c.keyPay)) }
        if ctx.may(.spending) { h.append(Hint("s", c.keySpend)) }
        if ctx.may(.clawbacks) { h.append(Hint("r", c.keyReturn)) }
        return h + [Hint("↑↓", c.keyScroll), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("m", c.keyAmount), Hint("p", c.keyPay), Hint("s", c.keySpend), Hint("r", c.keyReturn),
                Hint("↑ ↓ j k PgUp PgDn Home End", c.keyScroll), Hint("u Ctrl-R", c.keyUndo), Hint("Esc q", c.keyBack),
                Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        do {
            subsidy = try ctx.store.fetch(Subsidy.self, id: subsidyId)
            guard let s = subsidy else { pane.lines = [(c.recordGone, .error)]; return }
            station = try ctx.store.fetch(Station.self, id: s.stationId)
            let payments = try ctx.store.payments(subsidy: subsidyId)
            let spending = try ctx.store.spendingLines(subsidy: subsidyId)
            let returns = try ctx.store.clawbacks(subsidy: subsidyId)
            let row = try SubsidyRow.rows([s], stations: station.map { [$0] } ?? [], ctx).first
            standing = row?.standing
            let days = (s.decidedOn.flatMap { ctx.rules.policies?.inForce(on: $0) } ?? ctx.rules.policy(forYear: s.year))?.paymentWorkingDays ?? 60
            // The station's whole name first (the title bar cuts it at 80 columns; this line wraps).
            var out: [(text: String, style: Style)] = [(title(ctx), .header), (c.subsidyHead(s), .header),
                                                       (c.dueLine(decided: s.decidedOn, due: standing?.due, days: days), .normal)]
            if let due = standing?.due, due.provisional { out.append((c.provisionalNote(due.missingYear), .dim)) }
            if let st = standing {
                out.append((c.standingLine(st), st.state == .overdue ? .error : .normal))
                out.append((c.ledgerLine(st), .normal))
            } else {
                out.append((c.rulesMissing, .error))
            }
            out.append(("", .normal))
            out.append((c.paymentsHeading, .header))
            out += payments.isEmpty ? [(c.noneLine, .dim)] : payments.map { ("  \($0.paidOn)  \($0.amount)  \($0.reference)", .normal) }
            out.append(("", .normal))
            out.append((c.spendingHeading, .header))
            if spending.isEmpty { out.append((c.noneLine, .dim)) }
            for (use, amount) in SubsidyRule.spendingByUse(spending).sorted(by: { a, b in
                FundUse.allCases.firstIndex(of: a.key)! < FundUse.allCases.firstIndex(of: b.key)! }) {
                out.append(("  \(c.fundUse(use))  \(amount)", .normal))
            }
            out += spending.map { ("    \($0.on)  \(c.fundUse($0.use))  \($0.amount)  \($0.note)", .dim) }
            out.append(("", .normal))
            out.append((c.returnsHeading, .header))
            out += returns.isEmpty ? [(c.noneLine, .dim)] : returns.map { ("  \($0.orderedOn)  \($0.amount)  \($0.reason)", .error) }
            pane.lines = out
        } catch {
            pane.lines = [(c.describe(error), .error)]
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if pane.handle(key) { return [] }
        let c = ctx.catalog
        guard let s = subsidy else { return nil }
        func offer(_ p: Permission, _ purpose: MoneyFormScreen.Purpose) -> [Effect] {
            ctx.may(p) ? [.push(MoneyFormScreen(purpose, ctx))] : [.error(c.notPermitted(p))]
        }
        switch key {
        case .char("m"): return offer(.subsidyAmounts, .amount(s, subject: subject))
        case .char("p"):
            let owed = s.approved.map { $0 - (standing?.paid ?? .zero) }
            return offer(.payments, .payment(s, subject: subject, owed: owed.flatMap { $0 > .zero ? $0 : nil }))
        case .char("s"): return offer(.spending, .spending(s, subject: subject))
        case .char("r"): return offer(.clawbacks, .clawback(s, subject: subject))
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width))
    }
}
