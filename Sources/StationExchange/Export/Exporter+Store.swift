import Foundation
import StationDomain
import StationStore

extension Exporter {
    /// Every record of `kind` in the store, as CSV (the CLI's `export`; the UI passes its own list
    /// to `csv(_:lookup:)` instead). Cost: one read of the kind's table plus the names it refers to.
    public static func csv(_ kind: ImportKind, from db: AppDatabase) throws -> Data {
        switch kind {
        case .units: return try csv(.units(db.units()))
        case .partners: return try csv(.partners(db.partners()))
        case .stations:
            return try csv(.stations(db.stations()), lookup: Lookup(units: db.units(), partners: db.partners()))
        case .talents:
            return try csv(.talents(db.talents(station: nil)), lookup: Lookup(stations: db.stations()))
        }
    }
}
