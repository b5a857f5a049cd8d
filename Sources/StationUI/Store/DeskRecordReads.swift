import StationDomain
import StationStore

/// The store reads of the read-mostly areas (talents, stations, evaluations, the dashboard),
/// each one of `AppDatabase`'s named read methods. Part of `DeskStore`.
public protocol DeskRecordReads: AnyObject {
    /// Every station, by name.
    func stations() throws -> [Station]
    /// Every talent record (10⁵ rows read in about a second in a debug build).
    func talents() throws -> [Talent]
    func evaluations(station: Int64) throws -> [Evaluation]
    func evaluations(year: Int) throws -> [Evaluation]
    func staffFilings(station: Int64) throws -> [StaffFiling]
    func activities(station: Int64) throws -> [Activity]
    func subsidies() throws -> [Subsidy]
    func payments(subsidy: Int64) throws -> [Payment]
}

extension AppDatabaseDeskStore: DeskRecordReads {
    public func stations() throws -> [Station] { try db.stations() }
    public func talents() throws -> [Talent] { try db.talents(station: nil) }
    public func evaluations(station: Int64) throws -> [Evaluation] { try db.evaluations(station: station) }
    public func evaluations(year: Int) throws -> [Evaluation] { try db.evaluations(year: year) }
    public func staffFilings(station: Int64) throws -> [StaffFiling] { try db.staffFilings(station: station) }
    public func activities(station: Int64) throws -> [Activity] { try db.activities(station: station) }
    public func subsidies() throws -> [Subsidy] { try db.subsidies(station: nil) }
    public func payments(subsidy: Int64) throws -> [Payment] { try db.payments(subsidy: subsidy) }
}
