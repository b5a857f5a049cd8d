import StationDomain
import StationStore

/// The small forms of the applications area, each one store command: opening a round (approver),
/// a site visit, a quota exception (approver), confirming the shortlist. Each keeps its input and
/// shows every reason when the store refuses.
public struct ApplicationFormScreen: Screen {
    public enum Purpose: Sendable {
        case openRound
        case siteVisit(Application)
        case quotaException(Application)
        case confirmShortlist(Round, chosen: Set<Int64>, ties: Int)
    }

    public let purpose: Purpose
    public private(set) var form: Form
    public private(set) var refusal: [String] = []
    /// Lines shown above the form (the plan period and places left beside a new round).
    private var context: [String] = []

    public init(_ purpose: Purpose, _ ctx: Context) {
        self.purpose = purpose
        let c = ctx.catalog
        let today = ctx.today.description
        switch purpose {
        case .openRound:
            form = Form(fields: [
                FormField(id: "year", label: c.fieldRoundYear, required: true, text: "\(ctx.today.year)"),
                FormField(id: "places", label: c.fieldPlaces, required: true, text: ""),
                FormField(id: "date", label: c.fieldOpenedOn, required: true, text: today),
                FormField(id: "note", label: c.fieldRoundNote, text: ""),
            ])
            context = ApplicationFormScreen.planLines(ctx)
        case .siteVisit(let a):
            form = Form(fields: [
                FormField(id: "date", label: c.fieldStepDate, required: true, text: a.siteVisit?.date.description ?? today),
                FormField(id: "people", label: c.fieldVisitPeople, text: a.siteVisit?.people ?? ""),
                FormField(id: "findings", label: c.fieldFindings, required: true, text: a.siteVisit?.findings ?? ""),
            ])
        case .quotaException:
            form = Form(fields: [
                FormField(id: "kind", label: c.fieldExceptionKind, options: QuotaExceptionKind.allCases.map(c.exceptionKind), chosen: 0),
                FormField(id: "reason", label: c.fieldReason, required: true, text: ""),
                FormField(id: "date", label: c.fieldStepDate, required: true, text: today),
            ])
        case .confirmShortlist(_, let chosen, let ties):
            var fields = [FormField(id: "date", label: c.fieldStepDate, required: true, text: today)]
            if ties > 0 { fields.append(FormField(id: "reason", label: c.fieldReason, required: true, text: "")) }
            form = Form(fields: fields)
            if ties > 0 { context = [c.tieChoice(chosen.count, of: ties)] }
        }
    }

    /// The plan period's cap and places left today (Art. 5.4), beside a round being opened.
    static func planLines(_ ctx: Context) -> [String] {
        guard let policy = ApplicationNames.policy(ctx) else { return [ctx.catalog.noPolicyToday] }
        let used = QuotaRule.usedInPlanPeriod(stations: (try? ctx.store.stations()) ?? [], applications: (try? ctx.store.applications()) ?? [],
                                              rounds: (try? ctx.store.rounds()) ?? [], policy: policy,
                                              periods: (try? ctx.store.stationPeriods()) ?? [])
        let p = policy.planPeriod
        return [ctx.catalog.planStanding(p, used: used, left: QuotaRule.planPlacesLeft(year: ctx.today.year, used: used, policy: policy))]
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }

    public func title(_ ctx: Context) -> String {
        let c = ctx.catalog
        switch purpose {
        case .openRound: return c.openRoundTitle
        case .siteVisit(let a): return c.siteVisitTitle(a.proposedName)
        case .quotaException(let a): return c.quotaExceptionTitle(a.proposedName)
        case .confirmShortlist(let r, _, _): return c.confirmShortlistTitle(r)
        }
    }

    public func hints(_ ctx: Context) -> [Hint] { Form.saveHints(ctx.catalog) }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) + [Hint("Enter", ctx.catalog.keyEnterField)] }

    private mutating func date(_ id: String, _ c: Catalog) -> CivilDate? {
        guard let d = CivilDate(form.value(id)) else { form.errors[id] = c.notADate; return nil }
        return d
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            let c = ctx.catalog
            form.errors = form.requiredErrors(c)
            refusal = []
            guard form.errors.isEmpty else { return [.error(form.fieldsMessage(c))] }
            return submit(ctx)
        case .cancel?:
            return form.cancelled(ctx.catalog)
        case nil:
            return used ? [] : nil
        }
    }

    private mutating func submit(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        guard let files = ctx.rules.files else { return [.error(c.noPolicy)] }
        switch purpose {
        case .openRound:
            let year = Int(form.value("year")), places = Int(form.value("places"))
            if year == nil { form.errors["year"] = c.notANumber }
            if places == nil { form.errors["places"] = c.notANumber }
            let on = date("date", c)
            guard let year, let places, let on else { return [.error(form.fieldsMessage(c))] }
            let note = form.value("note")
            let command = OpenRound(Round(year: year, places: places, openedOn: on, note: note), reasonForSecond: note, today: ctx.today,
                                    files: files)
            return [run(command) { me, result, ctx in
                me.done(result.map { r in ("round", r.id, ctx.catalog.roundOpened(ctx.catalog.roundTitle(r))) }, ctx)
            }]
        case .siteVisit(let a):
            guard let on = date("date", c) else { return [.error(form.fieldsMessage(c))] }
            let visit = SiteVisit(date: on, people: form.value("people"), findings: form.value("findings"))
            return [run(RecordSiteVisit(a, visit: visit, today: ctx.today)) { me, result, ctx in
                me.done(result.map { x in ("application", x.id, ctx.catalog.siteVisitRecorded(x.proposedName)) }, ctx)
            }]
        case .quotaException(let a):
            guard let on = date("date", c), let id = a.id else { return [.error(form.fieldsMessage(c))] }
            let e = QuotaException(applicationId: id, kind: QuotaExceptionKind.allCases[form.choice("kind")], reason: form.value("reason"),
                                   by: ctx.user, on: on)
            return [run(RecordQuotaException(e, today: ctx.today)) { me, result, ctx in
                me.done(result.map { x in ("quota_exception", x.id, ctx.catalog.exceptionRecorded(ctx.catalog.exceptionKind(x.kind))) }, ctx)
            }]
        case .confirmShortlist(let round, let chosen, _):
            guard let on = date("date", c), let id = round.id else { return [.error(form.fieldsMessage(c))] }
            let command = ConfirmShortlist(roundId: id, chosen: chosen, reason: form.value("reason"), date: on, today: ctx.today, files: files)
            return [run(command) { me, result, ctx in
                me.done(result.map { n in ("round", id, ctx.catalog.shortlistConfirmed(n)) }, ctx)
            }]
        }
    }

    /// The store's answer: close and say what was done, or keep the input and show why not.
    private mutating func done(_ result: Result<(String, Int64?, String), Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let (table, id, message)):
            return [.pop] + (id.map { [.reveal(table: table, id: $0)] } ?? []) + [.message(message)]
        case .failure(let r as Refused):
            refusal = r.reasons.map(c.refusal)
            return [.error(c.notDoneWhy)]
        case .failure(let e):
            refusal = [c.describe(e)]
            return [.error(c.saveFailed(c.describe(e)))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        var row = area.top
        for line in context {
            grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: .dim)
            row += 1
        }
        form.render(into: &grid, area: Area(top: row, left: area.left, height: area.bottom - row, width: area.width),
                    errorMark: ctx.catalog.errorMark)
        let cursor = grid.cursor
        row += 2 + form.fields.count * 2
        for reason in refusal {
            for line in WrappedLines.wrap(ctx.catalog.errorMark + reason, width: area.width - 4, indent: "  ",
                                          ambiguousWide: ctx.ambiguousWide) where row < area.bottom {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 3, style: .error)
                row += 1
            }
        }
        grid.cursor = cursor
    }
}
