import StationDomain
import StationExchange
import StationStore

/// One station's evaluation year (年度评估 → Enter): its span, who evaluated, the computed count
/// with the talents behind it (counted; unclassified, which block the decision; institutions and
/// others, which do not count), a clerk's correction beside it, the reviewers' sheets and their
/// aggregate when any were submitted, the grounds for unqualified, the due grade (count and grounds) and the
/// decided grade with its date and reference, the cap, and a revocation proposal or the
/// revocation. Keys offered by role: c correct the count (clerk), d decide (approver), r record
/// the revocation (approver), l the letter and announcement, w the station. The same line as the
/// year list and `report annual` (`YearEvaluations`).
public struct EvaluationRecordScreen: Screen {
    public let stationId: Int64
    public let year: Int
    public private(set) var station: Station?
    public private(set) var line: EvaluationLine?
    private var sheets: ScoreAggregation?
    private var pane = TextPane()
    private var loadError: String?

    public init(station: Station, year: Int, _ ctx: Context) {
        stationId = station.id ?? -1
        self.year = year
        self.station = station
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["evaluation", "station", "talent", "station_period", "score_sheet", "subsidy"] }
    public var evaluation: Evaluation? { line?.evaluation }
    public var lines: [(text: String, style: Style)] { pane.lines }

    public func title(_ ctx: Context) -> String {
        ctx.catalog.evaluationTitle(station.map(ctx.catalog.stationName) ?? "#\(stationId)", year)
    }

    private func offers(_ ctx: Context) -> (correct: Bool, decide: Bool, revoke: Bool, texts: Bool) {
        let open = evaluation != nil && evaluation?.grade == nil
        return (open && ctx.may(.evaluations), open && ctx.may(.grades),
                line?.revocationYears != nil && ctx.may(.revocations),
                station?.status == .revoked || line?.revocationYears != nil)
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let o = offers(ctx)
        var h: [Hint] = []
        if o.correct { h.append(Hint("c", c.keyCorrect)) }
        if o.decide { h.append(Hint("d", c.keyDecide)) }
        if o.revoke { h.append(Hint("r", c.keyRevoke)) }
        if o.texts { h.append(Hint("l", c.keyTexts)) }
        return h + [Hint("w", c.keyStation), Hint("↑↓", c.keyScroll), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("c", c.keyCorrect), Hint("d", c.keyDecide), Hint("r", c.keyRevoke), Hint("l", c.keyTexts), Hint("w", c.keyStation),
                Hint("↑ ↓ j k PgUp PgDn Home End", c.keyScroll), Hint("u Ctrl-R", c.keyUndo), Hint("Esc q", c.keyBack),
                Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        do {
            guard let s = try ctx.store.fetch(Station.self, id: stationId) else { station = nil; line = nil; loadError = ctx.catalog.recordGone; build(ctx); return }
            station = s
            let periods = try ctx.store.stationPeriods(station: stationId)
            line = YearEvaluations.lines(year: year, stations: [s], talents: try ctx.store.talents(station: stationId),
                                         evaluations: try ctx.store.evaluations(station: stationId), periods: periods,
                                         stationPolicy: ctx.rules.policy(forStation:), yearPolicy: ctx.rules.policy(forYear: year)).first
            if let id = line?.evaluation?.id, let p = ctx.rules.policy(forYear: year) {
                let all = try ctx.store.scoreSheets(subject: .evaluation, id: id)
                sheets = all.isEmpty ? nil : ScoreAggregation(sheets: all, policy: p)
            } else {
                sheets = nil
            }
            loadError = nil
        } catch {
            line = nil
            loadError = ctx.catalog.describe(error)
        }
        build(ctx)
    }

    private mutating func build(_ ctx: Context) {
        let c = ctx.catalog
        guard let line, let station else {
            pane.lines = [(loadError ?? c.notAnEvaluationYearHere(year), .error)]
            return
        }
        let from = ctx.rules.policy(forYear: year)?.countedFromCategory.rawValue ?? "G"
        // The station's whole name first (the title bar cuts it at 80 columns; this line wraps).
        var out: [(text: String, style: Style)] = [(c.evaluationTitle(c.stationName(station), year), .header)]
        out.append((c.spanLine(line.span, year: year), .header))
        out.append((c.evaluationState(line.evaluation), line.evaluation == nil ? .dim : .normal))
        if line.evaluation == nil { out.append((c.notOpenedYet, .dim)) }
        out.append((c.evaluatorLine(line.evaluation?.grade == nil ? nil : line.evaluation?.evaluator), .normal))
        out.append((c.countLine(line.computedCount, from: from), .normal))
        if let e = line.evaluation, let n = e.correctedCount { out.append((c.correctionLine(n, reason: e.correctionReason), .normal)) }
        if !line.tally.notEnterprise.isEmpty { out.append((c.notEnterpriseLine(line.tally.notEnterprise.count), .dim)) }
        if !line.tally.unclassified.isEmpty { out.append((c.unclassifiedLine(line.tally.unclassified.count), line.blocked ? .error : .dim)) }
        out.append((c.sheetsLine(sheets), .normal))
        let flags = line.evaluation?.flags ?? ctx.rules.policy(forStation: station).map { EvaluationRule.flags(for: station, policy: $0) }
            ?? EvaluationFlags()
        out.append((c.flagsLine(flags), flags.any ? .error : .normal))
        out.append((c.gradeLine(computed: line.computed, recorded: line.recorded), .header))
        if line.recorded != .unqualified { out.append((c.capLine(line.cap), .normal)) }
        if station.status == .revoked {
            out.append((c.revokedLine(station), .error))
        } else if let years = line.revocationYears {
            out.append((c.revocationLine(years), .error))
        }
        for (heading, talents, style) in [(c.unclassifiedHeading, line.tally.unclassified, Style.error),
                                          (c.countedHeading, line.tally.counted, .normal),
                                          (c.notEnterpriseHeading, line.tally.notEnterprise, .dim)] where !talents.isEmpty {
            out.append(("", .normal))
            out.append((c.talentsHeading(heading, talents.count), .header))
            out += talents.sorted { ($0.introducedOn, $0.name) < ($1.introducedOn, $1.name) }.map { (c.talentLine($0), style) }
        }
        pane.lines = out
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if pane.handle(key) { return [] }
        let c = ctx.catalog
        let o = offers(ctx)
        let subject = "\(station?.name ?? "") \(year)"
        switch key {
        case .char("c"):
            guard let e = evaluation else { return [.error(c.notOpenedYet)] }
            guard ctx.may(.evaluations) else { return [.error(c.notPermitted(.evaluations))] }
            guard o.correct else { return [.error(c.refusal(.alreadyDecided(on: e.decidedOn ?? ctx.today)))] }
            return [.push(MoneyFormScreen(.correctCount(e, subject: subject), ctx))]
        case .char("d"):
            guard let e = evaluation else { return [.error(c.notOpenedYet)] }
            guard ctx.may(.grades) else { return [.error(c.notPermitted(.grades))] }
            guard o.decide else { return [.error(c.refusal(.alreadyDecided(on: e.decidedOn ?? ctx.today)))] }
            return [.push(MoneyFormScreen(.decide(e, subject: subject), ctx))]
        case .char("r"):
            guard ctx.may(.revocations) else { return [.error(c.notPermitted(.revocations))] }
            guard o.revoke, let s = station else { return [.error(c.refusal(.noRevocationProposal(needed: 2)))] }
            return [.push(MoneyFormScreen(.revoke(s), ctx))]
        case .char("l"):
            guard o.texts, let s = station else { return [.error(c.refusal(.noRevocationProposal(needed: 2)))] }
            return [.push(RevocationTextScreen(station: s, ctx))]
        case .char("w"):
            guard let s = station else { return [] }
            return [.push(StationRecordScreen(s, ctx))]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width))
    }
}

/// Art. 10.4 (发文公布并函告建设方): the letter to the co-builders and the public announcement of a
/// station's revocation, in the screen's language, made by `RevocationNotice` from the stored
/// records (marked as drafts until the decision is recorded).
public struct RevocationTextScreen: Screen {
    public let station: Station
    private var pane = TextPane()

    public init(station: Station, _ ctx: Context) {
        self.station = station
        reload(ctx)
    }

    public var text: String { pane.lines.map(\.text).joined(separator: "\n") }
    public var shownTables: Set<String>? { ["station", "evaluation"] }

    public func title(_ ctx: Context) -> String { ctx.catalog.revocationTextsTitle(station.name) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑↓ PgUp PgDn", c.keyScroll), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        do {
            guard let book = ctx.rules.policies, let calendar = ctx.rules.calendar else {
                pane.lines = [(ctx.catalog.rulesMissing, .error)]; return
            }
            let stations = try ctx.store.stations()
            let now = stations.first { $0.id == station.id } ?? station
            let source = ReportSource(units: try ctx.store.units(), partners: try ctx.store.partners(), stations: stations,
                                      periods: try ctx.store.stationPeriods(station: station.id),
                                      evaluations: try ctx.store.evaluations(station: station.id ?? -1),
                                      policies: book, calendar: calendar, today: ctx.today)
            let report = try RevocationNotice.make(station: now.name, from: source,
                                                   language: ReportLanguage(ctx.catalog.language))
            // The report is Markdown; on screen its marks become styles.
            pane.lines = report.text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { raw -> [(text: String, style: Style)] in
                var line = String(raw), style = Style.normal
                if line.hasPrefix("# ") { line.removeFirst(2); style = .header }
                if line.hasPrefix("> ") { line.removeFirst(2); style = .error }
                if line == "---" { return [(String(repeating: "─", count: 38), .dim)] }
                return WrappedLines.wrap(line, width: 76, indent: "", ambiguousWide: ctx.ambiguousWide).map { ($0, style) }
            }
        } catch {
            pane.lines = [(ctx.catalog.describe(error), .error)]
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? { pane.handle(key) ? [] : nil }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width))
    }
}
