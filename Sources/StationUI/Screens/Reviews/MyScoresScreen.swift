import StationDomain
import StationStore

/// 我的评分: a reviewer's own sheets — every sheet assigned to them with its subject, state
/// (待评 new, 草稿 draft, 已提交 submitted, 已退回 reopened with the clerk's reason, 已撤回
/// withdrawn), deadline and days left; overdue ones first, then by deadline, then the submitted.
/// Tab switches to their ties (回避声明), which they declare (`a`) and remove (`d`) themselves;
/// for a reviewer who is also staff, to the aggregates (评分汇总) too — where the screen opens
/// when no sheet is assigned to them. Enter opens a sheet to fill (or to read, once submitted).
/// Both lists have the list keys of every list (`/` pinyin filter, `s` sort, Space marks,
/// `:123`); 序号 is the order above, so sorting by it again restores it. Cost of a reload: one store read.
public struct MyScoresScreen: Screen {
    public enum Tab: Int, CaseIterable, Sendable { case sheets, ties, aggregates }

    public private(set) var tab: Tab
    public private(set) var sheets: [MySheet] = []
    public private(set) var ties: [ReviewerTie] = []
    private var names: TieNames = TieNames()
    public internal(set) var sheetList: ListBrowser
    public internal(set) var tieList: ListBrowser
    private var loadError: String?
    /// For a reviewer who is also a clerk, approver or admin: the aggregates, as a third tab.
    private var aggregates: ReviewSubjectsScreen?

    public init(_ ctx: Context, tab: Tab) {
        let c = ctx.catalog
        self.tab = tab
        sheetList = ListBrowser(columns: [Table.Column(c.columnSequence, width: 4, alignRight: true, order: .number),
                                          Table.Column(c.columnSubject, min: 12, share: 4), Table.Column(c.columnReviewKind, width: 10),
                                     Table.Column(c.columnSheetState, width: 6), Table.Column(c.columnDeadline, width: 10, order: .date),
                                     Table.Column(c.columnDaysLeft, width: 10, alignRight: true)])
        tieList = ListBrowser(columns: [Table.Column(c.columnTiedTo), Table.Column(c.columnTieKind, width: 8),
                                        Table.Column(c.columnTieNote)])
        if DeskAccess.isStaff(ctx.roles) { aggregates = ReviewSubjectsScreen(ctx) }
        reload(ctx)
        // A clerk, approver or admin who is also a reviewer but has no sheet of their own comes
        // for the aggregate: open there rather than on an empty list.
        if tab == .sheets, sheets.isEmpty, loadError == nil, aggregates != nil { self.tab = .aggregates }
    }

    var tabs: [Tab] { aggregates == nil ? [.sheets, .ties] : [.sheets, .ties, .aggregates] }

    /// The list of the tab shown (the aggregates tab's is the subjects screen's).
    public var list: ListBrowser {
        get { tab == .ties ? tieList : tab == .aggregates ? (aggregates?.list ?? sheetList) : sheetList }
        set {
            switch tab {
            case .sheets: sheetList = newValue
            case .ties: tieList = newValue
            case .aggregates: aggregates?.list = newValue
            }
        }
    }
    public var capturesText: Bool { list.filtering }

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
        if let h = list.modeHints(ctx) { return h }
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
        return ListBrowser.helpKeys(ctx) + [Hint("Enter", c.keyFillSheet), Hint("Tab", c.keySwitchTies),
                Hint("a", c.keyDeclareTie), Hint("d", c.keyRemoveTie), Hint("u", c.keyUndo), Hint("Ctrl-R", c.keyRedo),
                Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        do {
            sheets = MyScoresScreen.ordered(try ctx.store.mySheets(ctx.user), today: ctx.today)
            ties = try ctx.store.ties(of: ctx.user, viewer: ctx.user)
            names = TieNames(units: try ctx.store.units(), partners: try ctx.store.partners())
            loadError = nil
        } catch {
            sheets = []; ties = []
            loadError = c.describe(error)
        }
        sheetList.setRows(sheets.enumerated().map { i, s in
            ["\(i + 1)", s.subject.name, c.reviewKind(s.subject.kind, year: s.subject.year), c.sheetState(s.state, reopened: !s.sheet.reopenReason.isEmpty),
             s.sheet.deadline?.description ?? "—", c.daysLeft(s.sheet.deadline, today: ctx.today, closed: s.state == .submitted || s.state == .withdrawn)]
        }, ids: sheets.enumerated().map { $0.element.sheet.id ?? -1 - Int64($0.offset) }, ctx)
        aggregates?.reload(ctx)
        tieList.setRows(ties.map { [names.name(of: $0, c), c.tieKind(unit: $0.unitId != nil), $0.note] },
                        ids: ties.enumerated().map { $0.element.id ?? -1 - Int64($0.offset) }, ctx)
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

    public var selectedSheet: MySheet? { tab == .sheets ? sheetList.selectedIndex.map { sheets[$0] } : nil }
    private var selectedTie: ReviewerTie? { tieList.selectedIndex.map { ties[$0] } }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if (key == .tab || key == .backTab) && !list.isAsking && !list.filtering {
            let all = tabs, i = all.firstIndex(of: tab) ?? 0
            tab = all[(i + (key == .tab ? 1 : all.count - 1)) % all.count]
            return []
        }
        switch tab {
        case .sheets:
            if let effects = sheetList.handle(key, ctx) { return effects }
            guard key == .enter else { return nil }
            guard let s = selectedSheet else { return [.error(sheets.isEmpty ? c.noSheetsAssigned : c.nothingSelected)] }
            return [ScoreSheetScreen.open(s, ctx)]
        case .aggregates:
            return aggregates?.handle(key, ctx)
        case .ties:
            if let effects = tieList.handle(key, ctx) { return effects }
            switch key {
            case .char("a"):
                guard ctx.may(.ownTies) else { return [.error(c.notPermitted(.ownTies))] }
                return [.push(TiePickerScreen(names: names, ctx))]
            case .char("d"):
                if tieList.markedCount > 1 { return [.error(c.oneAtATime(key, marked: tieList.markedCount))] }
                guard let tie = tieList.targets.first.map({ ties[$0] }), let id = tie.id else { return [.error(c.nothingSelected)] }
                let name = names.name(of: tie, c)
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
        case "score_sheet": _ = sheetList.reveal(id: id, ctx)
        case "reviewer_tie": tab = .ties; _ = tieList.reveal(id: id, ctx)
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
            var count = c.sheetCounts(open: sheets.filter { $0.state == .new || $0.state == .draft }.count, total: sheets.count)
            if sheetList.shown.count != sheets.count || sheetList.markedCount > 0 { count = sheetList.status(ctx) }
            grid.put(count, row: area.top, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
            sheetList.render(into: &grid, area: body, empty: loadError ?? c.noSheetsAssigned, ctx)
            let cursor = grid.cursor
            defer { grid.cursor = cursor }
            if let s = selectedSheet {
                let detail = c.sheetDetail(s.sheet, subject: ScoreText.subject(s.subject, c),
                                           form: ScoreText.form(id: s.sheet.formId, version: s.sheet.formVersion, ctx).map(c.formTitle))
                let style: Style = s.sheet.reopenReason.isEmpty || s.state != .draft ? .dim : .error
                grid.put(detail, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: style)
            }
        case .aggregates:
            if let status = aggregates?.list.status(ctx) {
                grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
            }
            aggregates?.renderList(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width), ctx)
        case .ties:
            let status = tieList.status(ctx)
            grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
            tieList.render(into: &grid, area: body, empty: loadError ?? c.noTies, ctx)
            let cursor = grid.cursor
            defer { grid.cursor = cursor }
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
