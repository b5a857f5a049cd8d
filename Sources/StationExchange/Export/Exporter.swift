import Foundation
import StationDomain

/// Records to CSV with the import columns (`ImportKind.columns`), so an exported file imports back
/// unchanged. The UI passes whatever list it shows (filtered, sorted): that is what is exported.
///
/// Text cells a spreadsheet would run as a formula are written with a leading apostrophe, which
/// the import takes off again (`FormulaGuard`). Talent ID numbers are not exported (they are masked on screen and not an import column).
public enum Exporter {
    /// Names behind the ids records hold: a station's unit code and partner names, a talent's station.
    public struct Lookup: Sendable {
        let unitCodes: [Int64: String]
        let partnerNames: [Int64: String]
        let stationNames: [Int64: String]

        public init(units: [StationDomain.Unit] = [], partners: [Partner] = [], stations: [Station] = []) {
            unitCodes = Dictionary(units.compactMap { u in u.id.map { ($0, u.creditCode) } }, uniquingKeysWith: { a, _ in a })
            partnerNames = Dictionary(partners.compactMap { p in p.id.map { ($0, p.name) } }, uniquingKeysWith: { a, _ in a })
            stationNames = Dictionary(stations.compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    public static func rows(units: [StationDomain.Unit]) -> [[String]] {
        units.map { [$0.name, $0.creditCode, $0.kind.rawValue, $0.address, $0.contact, $0.locationNote] }
    }

    public static func rows(partners: [Partner]) -> [[String]] {
        partners.map { [$0.name, $0.kind.rawValue, $0.city, $0.contact] }
    }

    public static func rows(stations: [Station], lookup: Lookup) -> [[String]] {
        stations.map { s in
            [s.name, s.type.rawValue, lookup.unitCodes[s.unitId] ?? "",
             s.partnerIds.map { lookup.partnerNames[$0] ?? "" }.joined(separator: ";"),
             s.head, s.staff.joined(separator: ";"), s.agreementDate.description, s.status.rawValue,
             s.endedOn?.description ?? ""]
        }
    }

    public static func rows(talents: [Talent], lookup: Lookup) -> [[String]] {
        talents.map { t in
            [t.name, t.category?.rawValue ?? "", t.employer, t.employerKind?.rawValue ?? "", t.introducedOn.description,
             t.stationId.flatMap { lookup.stationNames[$0] } ?? "", t.note]
        }
    }

    /// The CSV file of `records` (UTF-8 with BOM, CRLF, import column names).
    public static func csv(_ records: ImportRecords, lookup: Lookup = Lookup()) throws -> Data {
        switch records {
        case .units(let r): return try CSVDocument.data(header: ImportKind.units.columns, rows: rows(units: r))
        case .partners(let r): return try CSVDocument.data(header: ImportKind.partners.columns, rows: rows(partners: r))
        case .stations(let r):
            return try CSVDocument.data(header: ImportKind.stations.columns, rows: rows(stations: r, lookup: lookup),
                                        plainColumns: dateColumns(.stations))
        case .talents(let r):
            return try CSVDocument.data(header: ImportKind.talents.columns, rows: rows(talents: r, lookup: lookup),
                                        plainColumns: dateColumns(.talents))
        }
    }

    /// The date columns of `kind`'s file, by name: written as they are, never guarded as formulas.
    static func dateColumns(_ kind: ImportKind) -> Set<Int> {
        Set(kind.columns.indices.filter { kind.columns[$0] == "agreement_date" || kind.columns[$0].hasSuffix("_on") })
    }
}
