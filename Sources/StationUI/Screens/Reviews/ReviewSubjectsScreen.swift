import StationDomain
import StationStore

/// 评分汇总 (clerks, approvers, admins): every application and evaluation that has score
/// sheets, with how many are assigned and submitted and the aggregate so far; Enter opens the
/// aggregate. Reviewers never reach it (the store refuses the read too).
public struct ReviewSubjectsScreen: Screen {
    public private(set) var subjects: [(subject: ReviewSubject, assigned: Int, submitted: Int, aggregate: String)] = []
    private var table: Table
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        table = Table(columns: [Table.Column(c.columnSubject), Table.Column(c.columnReviewKind, width: 10),
                                Table.Column(c.columnAssigned, width: 6, alignRight: true),
                                Table.Column(c.columnSubmitted, width: 6, alignRight: true),
                                Table.Column(c.columnAggregate, width: 8, alignRight: true)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["score_sheet", "evaluation", "application", "station"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.aggregatesTitle }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Enter", c.keyOpen), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] {
        [Hint("↑ ↓ j k PgUp PgDn Home End g G", ctx.catalog.keyMove)] + hints(ctx)
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        let keep = subjects.isEmpty ? nil : subjects[table.selected].subject
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
        table.setRows(subjects.map { [$0.subject.name, c.reviewKind($0.subject.kind, year: $0.subject.year), "\($0.assigned)", "\($0.submitted)", $0.aggregate] },
                      select: keep.flatMap { k in subjects.firstIndex { $0.subject == k } })
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if table.handle(key) { return [] }
        guard key == .enter, !subjects.isEmpty else { return nil }
        return [.push(AggregateScreen(subjects[table.selected].subject, ctx))]
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        grid.put(ctx.catalog.aggregatesTitle, row: area.top, col: area.left + 1, style: .header)
        renderList(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width), ctx)
    }

    /// The list alone (also a tab of 我的评分 for a reviewer who is staff too).
    mutating func renderList(into grid: inout Grid, area: Area, _ ctx: Context) {
        table.render(into: &grid, area: area, empty: loadError ?? ctx.catalog.noReviewSubjects)
    }
}
