import StationDomain
import StationStore

/// 评分汇总 (clerks, approvers, admins): every application and evaluation that has score
/// sheets, with how many are assigned and submitted and the aggregate so far; Enter opens the
/// aggregate. Reviewers never reach it (the store refuses the read too). The list keys of every
/// list work (`/` pinyin filter, `s` sort, Space marks, `:123`).
public struct ReviewSubjectsScreen: Screen {
    public private(set) var subjects: [(subject: ReviewSubject, assigned: Int, submitted: Int, aggregate: String)] = []
    public internal(set) var list: ListBrowser
    private var rowIds = RowIds<ReviewSubject>()
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnSubject, min: 14, share: 4), Table.Column(c.columnReviewKind, width: 10),
                                Table.Column(c.columnAssigned, width: 6, alignRight: true, order: .number),
                                Table.Column(c.columnSubmitted, width: 6, alignRight: true, order: .number),
                                Table.Column(c.columnAggregate, width: 8, alignRight: true, order: .number)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["score_sheet", "evaluation", "application", "station"] }
    public var capturesText: Bool { list.filtering }
    public func title(_ ctx: Context) -> String { ctx.catalog.aggregatesTitle }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("Enter", c.keyOpen), Hint("/", c.keyFilter), Hint("s", c.keySort), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] {
        ListBrowser.helpKeys(ctx) + hints(ctx)
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        do {
            subjects = try ctx.store.reviewSubjects(viewer: ctx.user).map { s in
                let sheets = try ctx.store.reviewSheets(s.subject.kind, s.subject.id, viewer: ctx.user)
                let agg = sheets.first.flatMap { ScoreText.policy(holding: $0.formId, version: $0.formVersion, ctx) }
                    .map { ScoreAggregation(sheets: sheets, policy: $0) }
                return (s.subject, s.assigned, s.submitted, agg?.aggregate.map(ScoreText.points) ?? "—")
            }
            loadError = nil
        } catch {
            subjects = []
            loadError = c.describe(error)
        }
        list.setRows(subjects.map { [$0.subject.name, c.reviewKind($0.subject.kind, year: $0.subject.year), "\($0.assigned)", "\($0.submitted)", $0.aggregate] },
                     ids: subjects.map { rowIds.id($0.subject) }, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = list.handle(key, ctx) { return effects }
        guard key == .enter, let i = list.selectedIndex else { return nil }
        return [.push(AggregateScreen(subjects[i].subject, ctx))]
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        grid.put(ctx.catalog.aggregatesTitle, row: area.top, col: area.left + 1, style: .header)
        let status = list.status(ctx)
        grid.put(status, row: area.top, col: area.left + area.width - grid.measure(status) - 1, style: .dim)
        renderList(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width), ctx)
    }

    /// The list alone (also a tab of 我的评分 for a reviewer who is staff too).
    mutating func renderList(into grid: inout Grid, area: Area, _ ctx: Context) {
        list.render(into: &grid, area: area, empty: loadError ?? ctx.catalog.noReviewSubjects, ctx)
    }
}
