import StationDomain
import StationExchange

/// The talents area's chart: per station, the category-G-or-above talents introduced each year
/// (`TalentCount`, the domain's counting rule) as a sparkline with the numbers, then the yearly
/// totals of all stations as bars — both drawn by StationExchange's `TextChart`, which stays
/// readable in mono (every mark is followed by its number). Cost: O(talents × years).
enum TalentsChart {
    /// At most this many years (the latest), so a row fits 80 columns with its numbers.
    static let maxYears = 8

    static func lines(talents: [Talent], stations: [Station], width: Int, _ ctx: Context) -> [(text: String, style: Style)] {
        let c = ctx.catalog
        let years = talents.map(\.introducedOn.year)
        guard let first = years.min(), let last = years.max() else { return [(c.chartEmpty, .dim)] }
        let range = max(first, last - maxYears + 1)...last
        let policy = ctx.rules.countingPolicy(forYear: last)
        // The label gets what the sparkline, the years and the numbers leave of the width.
        let chart = TextChart(width: width, maxLabelWidth: min(30, max(12, width - 26 - 5 * range.count)),
                              ambiguousWide: ctx.ambiguousWide, words: c.chartWords)
        var perStation: [Int64: [Talent]] = [:]
        for t in talents { if let s = t.stationId { perStation[s, default: []].append(t) } }
        var rows: [(label: String, values: [Int])] = []
        for s in stations.sorted(by: { ($0.agreementDate, $0.name) < ($1.agreementDate, $1.name) }) {
            guard let id = s.id, let own = perStation[id] else { continue }
            let values = range.map { year -> Int in
                guard let p = ctx.rules.countingPolicy(forYear: year) else {
                    return own.filter { $0.introducedOn.year == year }.count
                }
                return TalentCount.count(own, stationId: id, year: year, policy: p)
            }
            rows.append((c.stationName(s), values))
        }
        var out: [(text: String, style: Style)] = []
        let from = (policy?.countedFromCategory ?? .g).rawValue
        out.append((policy == nil ? c.allTalentsChartHeading : c.perStationChartHeading(from: from, years: range), .header))
        out += chart.sparkTable(rows: rows, firstYear: range.lowerBound).map { ($0, .normal) }
        out.append(("", .normal))
        out.append((c.totalsPerYearHeading, .header))
        let totals = range.map { year in rows.reduce(0) { $0 + $1.values[year - range.lowerBound] } }
        out += chart.bars(zip(range, totals).map { TextChart.Bar(c.yearLabel($0), $1) }).map { ($0, .normal) }
        return out
    }
}
