import StationDomain
import StationStore

/// The store reads of the read-mostly areas (talents, stations, evaluations, the dashboard),
/// each one of `AppDatabase`'s named read methods. Part of `DeskStore`.
public protocol DeskRecordReads: AnyObject {
    /// Every station, by name.
    func stations() throws -> [Station]
    /// Every talent record (10⁵ rows read in about a second in a debug build).
    func talents() throws -> [Talent]
    /// Every talent as the talents list shows it (the store's lean `talentListRows`), id order.
    func talentListRows() throws -> [TalentListRow]
    /// One full talent record (nil when gone).
    func talent(id: Int64) throws -> Talent?
    /// The talents credited to one station.
    func talents(station: Int64) throws -> [Talent]
    func evaluations(station: Int64) throws -> [Evaluation]
    func evaluations(year: Int) throws -> [Evaluation]
    func staffFilings(station: Int64) throws -> [StaffFiling]
    func activities(station: Int64) throws -> [Activity]
    func subsidies() throws -> [Subsidy]
    func payments(subsidy: Int64) throws -> [Payment]
}

/// Derived from `talents()` for stores that have nothing leaner (test doubles).
extension DeskRecordReads {
    public func talentListRows() throws -> [TalentListRow] {
        try talents().map { t in
            TalentListRow(id: t.id ?? -1, name: t.name, category: t.category, employer: t.employer,
                          introducedOn: t.introducedOn, stationId: t.stationId)
        }
    }
    public func talent(id: Int64) throws -> Talent? { try talents().first { $0.id == id } }
    public func talents(station: Int64) throws -> [Talent] { try talents().filter { $0.stationId == station } }
}

extension AppDatabaseDeskStore: DeskRecordReads {
    public func talentListRows() throws -> [TalentListRow] { try db.talentListRows() }
    public func talent(id: Int64) throws -> Talent? { try db.fetch(Talent.self, id: id) }
    public func talents(station: Int64) throws -> [Talent] { try db.talents(station: station) }
    public func stations() throws -> [Station] { try db.stations() }
    public func talents() throws -> [Talent] { try db.talents(station: nil) }
    public func evaluations(station: Int64) throws -> [Evaluation] { try db.evaluations(station: station) }
    public func evaluations(year: Int) throws -> [Evaluation] { try db.evaluations(year: year) }
    public func staffFilings(station: Int64) throws -> [StaffFiling] { try db.staffFilings(station: station) }
    public func activities(station: Int64) throws -> [Activity] { try db.activities(station: station) }
    public func subsidies() throws -> [Subsidy] { try db.subsidies(station: nil) }
    public func payments(subsidy: Int64) throws -> [Payment] { try db.payments(subsidy: subsidy) }
}
