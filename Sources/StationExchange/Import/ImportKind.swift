/// What a CSV file holds, and its columns (issue 5). Export writes the same columns in this order,
/// so an exported file imports back unchanged.
public enum ImportKind: String, CaseIterable, Sendable {
    case units, partners, stations, talents

    /// Every column, in the order export writes them.
    public var columns: [String] {
        switch self {
        case .units: return ["name", "uscc", "kind", "address", "contact", "location_note"]
        case .partners: return ["name", "kind", "city", "contact"]
        case .stations: return ["name", "type", "unit_uscc", "partners", "head", "staff", "agreement_date", "status", "ended_on"]
        case .talents: return ["name", "category", "employer", "employer_kind", "introduced_on", "station", "note"]
        }
    }

    /// Columns a file must have; the others may be left out (their values are then empty).
    public var requiredColumns: [String] {
        switch self {
        case .units: return ["name", "uscc", "kind"]
        case .partners: return ["name", "kind", "city"]
        case .stations: return ["name", "type", "unit_uscc", "partners", "head", "agreement_date", "status"]
        case .talents: return ["name", "category", "employer", "introduced_on", "station"]
        }
    }

    /// The Chinese word for the records, for messages and journal summaries.
    public var label: String {
        switch self {
        case .units: return "设站单位"
        case .partners: return "共建方"
        case .stations: return "工作站"
        case .talents: return "人才"
        }
    }
}
