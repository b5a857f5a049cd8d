import StationDomain
import StationExchange

/// The words the charts (StationExchange's `TextChart`, `TalentCharts`) put around their numbers,
/// in the catalog's language, so an English screen shows no Chinese in a chart.
extension Catalog {
    public var chartWords: ChartWords {
        let c = self
        return ChartWords(total: { c.language == .zh ? "共\($0)" : "total \($0)" },
                          year: { c.yearLabel($0) },
                          evaluationYear: { c.language == .zh ? "\($0)年度" : "\($0)" },
                          grade: { c.gradeText($0) },
                          stationName: { c.stationName($0) })
    }
}
