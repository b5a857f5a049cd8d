import StationDomain
import StationExchange

/// One station: its fields, partners, staff, management period (flagged when it ends within
/// the policy's 90 days), then its staff filings, activities, evaluations (with the grade the
/// count gives, `Grading`) and talents per year (`TalentCharts`, bars). Read-only; ↑ ↓ scroll.
/// Follows changes made elsewhere. Cost of a reload: the stations and the station's own records.
public struct StationRecordScreen: Screen {
    public private(set) var station: Station
    public private(set) var pane = TextPane()
    /// Whether the period-ending flag is shown (for tests).
    public private(set) var periodFlagged = false

    public init(_ station: Station, _ ctx: Context) {
        self.station = station
        reload(ctx)
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.stationName(station) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if pane.searching { return [Hint(c.typeText, c.keySearchText), Hint("Enter", c.keyFilterKeep), Hint("Esc", c.keyFilterClear)] }
        return [Hint("↑↓", c.keyScrollRecord), Hint("/", c.keySearchText), Hint("h", c.keyHistory), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public var capturesText: Bool { pane.searching }

    public func help(_ ctx: Context) -> [Hint] {
        hints(ctx) + [Hint("PgUp PgDn Home End g G", ctx.catalog.keyScrollRecord), Hint("/ n N", ctx.catalog.keySearchTextLong),
                      Hint("u", ctx.catalog.keyUndo)]
    }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        guard let id = station.id else { return }
        let allStations = (try? ctx.store.stations()) ?? []
        if let now = allStations.first(where: { $0.id == id }) { station = now }
        let s = station
        let units = (try? ctx.store.units()) ?? []
        let partners = (try? ctx.store.partners()) ?? []
        let partnerNames = s.partnerIds.map { pid in partners.first { $0.id == pid }?.name ?? "#\(pid)" }
        var fields: [(String, String)] = [
            (c.fieldName, s.name), (c.fieldStationType, c.stationType(s.type)),
            (c.columnUnit, units.first { $0.id == s.unitId }?.name ?? c.unknownUnit),
            (c.fieldPartners, partnerNames.isEmpty ? c.none : partnerNames.joined(separator: "；")),
            (c.columnHead, s.head), (c.fieldStaff, s.staff.isEmpty ? c.none : s.staff.joined(separator: "、")),
            (c.columnAgreement, s.agreementDate.description),
        ]
        periodFlagged = false
        var flag: String?
        if let policy = ctx.rules.policy(forStation: s), let period = ctx.rules.period(of: s) {
            var text = period.description
            if s.status == .active, period.contains(ctx.today) { text += "  " + c.periodEndsIn(ctx.today.days(to: period.end)) }
            fields.append((c.fieldPeriod, text))
            let days = (ctx.rules.policy(on: ctx.today) ?? policy).practice.periodEndingWithinDays
            if s.status == .active, period.endsWithin(days: days, of: ctx.today) {
                periodFlagged = true
                flag = c.periodEndsSoon(days: days)
            }
        } else {
            fields.append((c.fieldPeriod, c.noPolicy))
        }
        // The status in fact (Art. 8 自动终止), not only what was stored.
        fields.append((c.columnStatus, c.stationStatus(s, outcome: ctx.rules.outcome(of: s, among: allStations, on: ctx.today))))
        if let ended = s.endedOn { fields.append((c.fieldEndedOn, ended.description)) }
        if !s.revocationReference.isEmpty { fields.append((c.fieldRevocationReference, s.revocationReference)) }
        if let p = s.plaqueOn { fields.append((c.fieldPlaqueOn, p.description)) }

        let labelWidth = fields.map { DisplayWidth.of($0.0, ambiguousWide: ctx.ambiguousWide) }.max()! + 2
        var lines: [(text: String, style: Style)] = [(c.stationName(s), s.status == .revoked ? .error : .header)]
        if let flag { lines.append((flag, .error)) }
        lines.append(("", .normal))
        let fieldLines = lines.count..<(lines.count + fields.count)
        lines += fields.map { (DisplayWidth.pad($0.0, to: labelWidth, ambiguousWide: ctx.ambiguousWide) + " " + $0.1, .normal) }

        func section(_ title: String, _ items: [String]) {
            lines.append(("", .normal))
            lines.append((title, .header))
            lines += (items.isEmpty ? [c.nothingRecorded] : items).map { ("  " + $0, .normal) }
        }
        section(c.sectionFilings, ((try? ctx.store.staffFilings(station: id)) ?? []).map(c.filingLine))
        section(c.sectionActivities, ((try? ctx.store.activities(station: id)) ?? []).map(c.activityLine))
        let evaluations = (try? ctx.store.evaluations(station: id)) ?? []
        section(c.sectionEvaluations, evaluations.map { e in
            c.evaluationLine(e, computed: ctx.rules.policy(forYear: e.year).map { Grading.grade(of: e, policy: $0) })
        })
        let talents = (try? ctx.store.talents(station: id)) ?? []
        if let first = talents.map(\.introducedOn.year).min(), let last = talents.map(\.introducedOn.year).max() {
            // 80 columns less the pane's margins and the section's indent, so the numbers stay visible.
            let chart = TextChart(width: 72, ambiguousWide: ctx.ambiguousWide, words: c.chartWords)
            section(c.sectionTalentsPerYear, TalentCharts.perYear(talents: talents, stationId: id, years: first...last, chart: chart))
        }
        pane.lines = lines
        // A long value wraps under itself, past its label.
        pane.hangs = lines.indices.map { fieldLines.contains($0) ? labelWidth + 1 : lines[$0].text.prefix { $0 == " " }.count }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if let effects = pane.handleSearch(key, ctx) { return effects }
        if pane.handle(key) { return [] }
        if key == .char("h"), let id = station.id {
            return [.push(JournalScreen(source: .history(table: "station", id: id, name: station.name), ctx))]
        }
        return nil
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        pane.render(into: &grid, area: Area(top: area.top + 1, left: area.left + 1, height: area.height - 1, width: area.width - 1))
    }
}
