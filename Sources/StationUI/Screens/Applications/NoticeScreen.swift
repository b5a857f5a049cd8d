import StationDomain
import StationExchange
import StationStore

/// A round's public notice (公示, Art. 5.3): the notices published, and the notice text exactly as
/// `stationdesk report notice ROUND` prints it (`NoticeText`) with its first and last day computed
/// on the working-day calendar (5 working days counting the first). Before a notice is published
/// it is a preview for a publication date (`d` types one; today by default). ↑ ↓ scroll.
/// Cost of a reload: units, partners, the rounds, applications and notices.
public struct NoticeScreen: Screen {
    public private(set) var round: Round
    public private(set) var notices: [Notice] = []
    /// The publication date of the preview; nil shows the latest stored notice.
    public private(set) var previewDate: CivilDate?
    public private(set) var dateField: TextField?
    public private(set) var pane = TextPane()
    /// The computed days of what is shown, for the header line.
    public private(set) var days: (first: CivilDate, last: CivilDate, count: Int)?
    private var problem: String?

    public init(_ round: Round, _ ctx: Context) {
        self.round = round
        reload(ctx)
    }

    public var capturesText: Bool { dateField != nil }
    public var shownTables: Set<String>? { ["round", "application", "notice", "unit", "partner"] }
    public func title(_ ctx: Context) -> String { ctx.catalog.noticeTitle(round) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if dateField != nil { return [Hint(c.typeText, c.keyPublishedDate), Hint("Enter", c.keyApply), Hint("Esc", c.keyCancel)] }
        var h = [Hint("↑↓", c.keyScroll), Hint("d", c.keyPublishedDate)]
        if ctx.may(.applications) { h.append(Hint("p", c.keyPublish)) }
        return h + [Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        guard let id = round.id else { return }
        notices = (try? ctx.store.notices(round: id)) ?? []
        if notices.isEmpty && previewDate == nil { previewDate = ctx.today }
        compose(ctx)
    }

    /// The notice text for the stored notice or the preview date, as the report prints it.
    private mutating func compose(_ ctx: Context) {
        let c = ctx.catalog
        days = nil
        problem = nil
        guard let book = ctx.rules.policies, let calendar = ctx.rules.calendar else {
            problem = c.noPolicy
            pane.lines = [(c.noPolicy, .error)]
            return
        }
        do {
            let source = ReportSource(units: try ctx.store.units(), partners: try ctx.store.partners(), rounds: try ctx.store.rounds(),
                                      applications: try ctx.store.applications(round: nil),
                                      notices: notices, policies: book, calendar: calendar, today: ctx.today)
            let report = try NoticeText.make(round: "\(round.year)", publishedOn: previewDate, from: source)
            if let date = previewDate {
                let policy = try book.judging(on: date)
                let period = try NoticePeriod(publishedOn: date, calendar: calendar, policy: policy)
                days = (period.firstDay, period.lastDay, policy.noticeWorkingDays)
            } else if let n = notices.max(by: { ($0.publishedOn, $0.id ?? 0) < ($1.publishedOn, $1.id ?? 0) }) {
                days = (n.firstDay, n.lastDay, try calendar.workdays(after: n.firstDay.adding(days: -1), through: n.lastDay))
            }
            pane.lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).map { (String($0), Style.normal) }
        } catch ReportError.noApprovedApplications {
            problem = c.noNoticeList
            pane.lines = []
        } catch let e as PolicyBookError {
            guard case let .noPolicyInForce(date, _) = e else { return }
            problem = c.refusal(.noPolicyInForce(date: date, standing: ""))
            pane.lines = []
        } catch {
            problem = c.describe(error)
            pane.lines = []
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if var field = dateField {
            switch key {
            case .escape: dateField = nil
            case .enter:
                guard let date = CivilDate(field.text.trimmingCharacters(in: " ")) else { return [.error(ctx.catalog.notADate)] }
                previewDate = date
                dateField = nil
                compose(ctx)
            default:
                _ = field.handle(key)
                dateField = field
            }
            return []
        }
        if pane.handle(key) { return [] }
        if key == .char("d") {
            dateField = TextField((previewDate ?? ctx.today).description)
            return []
        }
        if key == .char("p") { return publish(ctx) }
        return nil
    }

    /// `p`: publishes the notice of every application of the round the leading group approved,
    /// dated the preview's date (one command; the store counts the days again).
    private mutating func publish(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        guard ctx.may(.applications) else { return [.error(c.notPermitted(.applications))] }
        let approved = ((try? ctx.store.applications(round: round.id)) ?? []).filter { $0.state == .groupApproved }
        guard let first = approved.first, let id = first.id, let files = ctx.rules.files else { return [.error(c.noNoticeList)] }
        let input = StepInput(applicationId: id, step: .publishNotice, expected: .groupApproved, date: previewDate ?? ctx.today,
                              today: ctx.today, files: files, calendar: ctx.rules.calendar)
        return [run(TakeStep(input)) { me, result, ctx in
            let c = ctx.catalog
            switch result {
            case .success:
                me.previewDate = nil
                me.reload(ctx)
                // The notice just published: the newest covering the application.
                let n = me.notices.filter { $0.applicationIds.contains(id) }.max { ($0.id ?? 0) < ($1.id ?? 0) }
                return [.message(c.noticePublished(approved.count, first: n?.firstDay, last: n?.lastDay))]
            case .failure(let r as Refused):
                me.problem = r.reasons.map(c.refusal).joined(separator: c.listSeparator)
                return [.error(c.notDoneWhy)]
            case .failure(let e):
                return [.error(c.describe(e))]
            }
        }]
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.noticeTitle(round), row: area.top, col: area.left + 1, style: .header)
        var row = area.top + 1
        let label = c.fieldPublishedOn + c.labelColon
        let used = grid.put(label, row: row, col: area.left + 1, style: .label)
        var cursor: (Int, Int)?
        if let field = dateField {
            cursor = (row, field.render(into: &grid, row: row, col: area.left + 2 + used, width: 12, style: .activeField, focused: true))
        } else {
            let shown = previewDate.map { $0.description + "  " + c.noticePreview }
                ?? notices.map { c.noticeLine($0) }.joined(separator: c.listSeparator)
            grid.put(shown, row: row, col: area.left + 2 + used, limit: area.width - used - 3)
        }
        row += 1
        if let d = days {
            grid.put(c.noticeDays(first: d.first, last: d.last, days: d.count), row: row, col: area.left + 1, limit: area.width - 2, style: .header)
            row += 1
        }
        if let problem {
            grid.put(problem, row: row, col: area.left + 1, limit: area.width - 2, style: .error)
            row += 1
        }
        pane.render(into: &grid, area: Area(top: row + 1, left: area.left, height: area.bottom - row - 1, width: area.width))
        if let cursor { grid.cursor = cursor }
    }
}
