import StationDomain

/// The two charts of issue 5, drawn with `TextChart` from records, for the talents area, the
/// evaluation screens and reports. Each returns lines that fit `chart.width` cells, with the
/// words of `chart.words` (Chinese unless the caller passes its own).
public enum TalentCharts {
    /// Talents introduced per station per year: one line per station with a sparkline over
    /// `years` and the numbers. `countedOnly`: only category G or above (`TalentCount`, needs the
    /// policy), else every talent record. Stations with no talent in the years are left out.
    /// Cost: O(talents + stations × years).
    public static func perStationPerYear(talents: [Talent], stations: [Station], years: ClosedRange<Int>,
                                         countedOnly policy: Policy? = nil, chart: TextChart = TextChart()) -> [String] {
        var counts: [Int64: [Int: Int]] = [:]
        for t in talents {
            guard let s = t.stationId, years.contains(t.introducedOn.year) else { continue }
            if let policy {
                guard let c = t.category, c <= policy.countedFromCategory else { continue }
            }
            counts[s, default: [:]][t.introducedOn.year, default: 0] += 1
        }
        let rows = stations.sorted { ($0.agreementDate, $0.name) < ($1.agreementDate, $1.name) }
            .compactMap { s -> (label: String, values: [Int])? in
                guard let id = s.id, let byYear = counts[id] else { return nil }
                return (chart.words.stationName(s), years.map { byYear[$0, default: 0] })
            }
        return chart.sparkTable(rows: rows, firstYear: years.lowerBound)
    }

    /// One station's talents per year as bars (its detail screen).
    public static func perYear(talents: [Talent], stationId: Int64, years: ClosedRange<Int>,
                               chart: TextChart = TextChart()) -> [String] {
        var counts: [Int: Int] = [:]
        for t in talents where t.stationId == stationId && years.contains(t.introducedOn.year) {
            counts[t.introducedOn.year, default: 0] += 1
        }
        return chart.bars(years.map { TextChart.Bar(chart.words.year($0), counts[$0, default: 0]) })
    }

    /// The grade distribution per year from decided evaluations (recorded grades only), all years
    /// on one scale so they compare.
    public static func gradeDistribution(evaluations: [Evaluation], years: ClosedRange<Int>,
                                         chart: TextChart = TextChart()) -> [String] {
        var counts: [Int: [Grade: Int]] = [:]
        for e in evaluations where years.contains(e.year) {
            guard let g = e.grade else { continue }
            counts[e.year, default: [:]][g, default: 0] += 1
        }
        let groups = years.filter { counts[$0] != nil }.map { year in
            TextChart.Group(chart.words.evaluationYear(year), Grade.allCases.map { g in
                TextChart.Bar(chart.words.grade(g), counts[year]?[g] ?? 0)
            })
        }
        return chart.groups(groups)
    }
}
