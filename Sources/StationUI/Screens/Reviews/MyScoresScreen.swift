import StationDomain
import StationStore

/// 我的评分: a reviewer's own sheets — every sheet assigned to them with its subject, state
/// (待评 new, 草稿 draft, 已提交 submitted, 已退回 reopened with the clerk's reason, 已撤回
/// withdrawn), deadline and days left; overdue ones first, then by deadline, then the submitted.
/// Tab switches to their ties (回避声明), which they declare (`a`) and remove (`d`) themselves.
/// Enter opens a sheet to fill (or to read, once submitted). Cost of a reload: one store read.
public struct MyScoresScreen: Screen {
    public enum Tab: Int, CaseIterable, Sendable { case sheets, ties, aggregates }

    public private(set) var tab: Tab
    public private(set) var sheets: [MySheet] = []
    public private(set) var ties: [ReviewerTie] = []
    private var names: TieNames = TieNames()
    private var sheetTable: Table
    private var tieTable: Table
    private var loadError: String?
    /// For a reviewer who is also a clerk, approver or admin: the aggregates, as a third tab.
    private var aggregates: ReviewSubjectsScreen?

    public init(_ ctx: Context, tab: Tab) {
        let c = ctx.catalog
        self.tab = tab
        sheetTable = Table(columns: [Table.Column(c.columnSubject), Table.Column(c.columnReviewKind, width: 10),
                                     Table.Column(c.columnSheetState, width: 6), Table.Column(c.columnDeadline, width: 10),
                                     Table.Column(c.columnDaysLeft, width: 10, alignRight: true)])
        tieTable = Table(columns: [Table.Column(c.columnTiedTo), Table.Column(c.columnTieKind, width: 8),
                                   Table.Column(c.columnTieNote)])
        if DeskAccess.isStaff(ctx.roles) { aggregates = ReviewSubjectsScreen(ctx) }
        reload(ctx)
    }

    var tabs: [Tab] { aggregates == nil ? [.sheets, .ties] : [.sheets, .ties, .aggregates] }

    public var shownTables: Set<String>? { ["score_sheet", "reviewer_tie", "unit", "partner", "evaluation", "application", "station"] }

    public func title(_ ctx: Context) -> String {
        switch tab {
        case .sheets: return ctx.catalog.areaName(.myScores)
        case .ties: return ctx.catalog.tiesTitle
        case .aggregates: return ctx.catalog.aggregatesTitle
        }
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        switch tab {
        case .sheets:
            return [Hint("Enter", c.keyFillSheet), Hint("Tab", c.tiesTitle), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
        case .ties:
            return [Hint("a", c.keyDeclareTie), Hint("d", c.keyDelete), Hint("Tab", c.keyNextTab), Hint("u", c.keyUndo),
                    Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
        case .aggregates:
            return [Hint("Enter", c.keyOpen), Hint("Tab", c.keyNextTab), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
        }
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k PgUp PgDn Home End g G", c.keyMove), Hint("Enter", c.keyFillSheet), Hint("Tab", c.keySwitchTies),
                Hint("a", c.keyDeclareTie), Hint("d", c.keyRemoveTie), Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        let keepSheet = (sheetTable.count == 0) ? nil : sheets[sheetTable.selected].sheet.id
        let keepTie = (tieTable.count == 0) ? nil : ties[tieTable.selected].id
        do {
            sheets = MyScoresScreen.ordered(try ctx.store.mySheets(ctx.user), today: ctx.today)
            ties = try ctx.store.ties(of: ctx.user, viewer: ctx.user)
            names = TieNames(units: try ctx.store.units(), partners: try ctx.store.partners())
            loadError = nil
        } catch {
            sheets = []; ties = []
            loadError = c.describe(error)
        }
        sheetTable.setRows(sheets.map { s in
            [s.subject.name, c.reviewKind(s.subject.kind, year: s.subject.year), c.sheetState(s.state, reopened: !s.sheet.reopenReason.isEmpty),
             s.sheet.deadline?.description ?? "—", c.daysLeft(s.sheet.deadline, today: ctx.today, closed: s.state == .submitted || s.state == .withdrawn)]
        }, select: keepSheet.flatMap { id in sheets.firstIndex { $0.sheet.id == id } })
        aggregates?.reload(ctx)
        tieTable.setRows(ties.map { [names.name(of: $0, c), c.tieKind(unit: $0.unitId != nil), $0.note] },
                         select: keepTie.flatMap { id in ties.firstIndex { $0.id == id } })
    }

    /// Overdue first (the longest overdue first), then open sheets by deadline (none last),
    /// then submitted, then withdrawn.
    static func ordered(_ sheets: [MySheet], today: CivilDate) -> [MySheet] {
        func rank(_ s: MySheet) -> Int {
            switch s.state {
            case .new, .draft: return (s.sheet.deadline.map { $0 < today } ?? false) ? 0 : 1
            case .submitted: return 2
            case .withdrawn: return 3
            }
        }
        return sheets.sorted { a, b in
            let ra = rank(a), rb = rank(b)
            if ra != rb { return ra < rb }
            switch (a.sheet.deadline, b.sheet.deadline) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return (a.sheet.id ?? 0) < (b.sheet.id ?? 0)
            }
        }
    }

    public var selectedSheet: MySheet? { tab == .sheets && !sheets.isEmpty ? sheets[sheetTable.selected] : nil }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if key == .tab || key == .backTab {
            let all = tabs, i = all.firstIndex(of: tab) ?? 0
            tab = all[(i + (key == .tab ? 1 : all.count - 1)) % all.count]
            return []
        }
        switch tab {
        case .sheets:
            if sheetTable.handle(key) { return [] }
            guard key == .enter else { return nil }
            guard let s = selectedSheet else { return [] }
            return [ScoreSheetScreen.open(s, ctx)]
        case .aggregates:
            return aggregates?.handle(key, ctx)
        case .ties:
            if tieTable.handle(key) { return [] }
            switch key {
            case .char("a"):
                guard ctx.may(.ownTies) else { return [.error(c.notPermitted(.ownTies))] }
                return [.push(TiePickerScreen(names: names, ctx))]
            case .char("d"):
                guard !ties.isEmpty, let id = ties[tieTable.selected].id else { return [] }
                let name = names.name(of: ties[tieTable.selected], c)
                return [.push(ConfirmScreen(question: c.confirmRemoveTie(name), onYes: [run(RemoveTie(id)) { _, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    return [.message(ctx.catalog.tieRemoved)]
                }]))]
            default: return nil
            }
        }
    }

    /// Back from a sheet, or a tie just declared: show it as it now stands, selected.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        reload(ctx)
        switch table {
        case "score_sheet": if let i = sheets.firstIndex(where: { $0.sheet.id == id }) { sheetTable.select(i) }
        case "reviewer_tie": tab = .ties; if let i = ties.firstIndex(where: { $0.id == id }) { tieTable.select(i) }
        default: break
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs(tabs.map { t in t == .sheets ? c.areaName(.myScores) : t == .ties ? c.tiesTitle : c.aggregatesTitle },
                     current: tab.rawValue, row: area.top, col: area.left + 1)
        let body = Area(top: area.top + 1, left: area.left, height: area.height - 3, width: area.width)
        switch tab {
        case .sheets:
            let count = c.sheetCounts(open: sheets.filter { $0.state == .new || $0.state == .draft }.count, total: sheets.count)
            grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
            sheetTable.render(into: &grid, area: body, empty: loadError ?? c.noSheetsAssigned)
            if let s = selectedSheet {
                let detail = c.sheetDetail(s.sheet, subject: ScoreText.subject(s.subject, c),
                                           form: ScoreText.form(id: s.sheet.formId, version: s.sheet.formVersion, ctx)?.title)
                let style: Style = s.sheet.reopenReason.isEmpty || s.state != .draft ? .dim : .error
                grid.put(detail, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: style)
            }
        case .aggregates:
            aggregates?.renderList(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width), ctx)
        case .ties:
            tieTable.render(into: &grid, area: body, empty: loadError ?? c.noTies)
            grid.put(c.tiesExplained, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
        }
    }
}

/// Unit and partner names by id, for ties.
struct TieNames: Sendable {
    var units: [Int64: String] = [:]
    var partners: [Int64: String] = [:]
    var unitList: [Unit] = []
    var partnerList: [Partner] = []

    init() {}
    init(units: [Unit], partners: [Partner]) {
        unitList = units; partnerList = partners
        for u in units { if let id = u.id { self.units[id] = u.name } }
        for p in partners { if let id = p.id { self.partners[id] = p.name } }
    }

    func name(of tie: ReviewerTie, _ c: Catalog) -> String {
        if let u = tie.unitId { return units[u] ?? "#\(u)" }
        if let p = tie.partnerId { return partners[p] ?? "#\(p)" }
        return "—"
    }
}
