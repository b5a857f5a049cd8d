import StationDomain
import StationStore

/// The store reads of the 申请 applications area, each one of `AppDatabase`'s named reads. Part of
/// `DeskStore`; the defaults (nothing stored) serve test doubles that have no applications.
public protocol DeskApplicationReads: AnyObject {
    /// Newest year first.
    func rounds() throws -> [Round]
    func applications(round: Int64?) throws -> [Application]
    func applicationEvents(application: Int64) throws -> [ApplicationEvent]
    func notices(round: Int64) throws -> [Notice]
    func objections(application: Int64) throws -> [Objection]
    /// What a step of the application is judged on (one read transaction).
    func applicationFacts(id: Int64) throws -> ApplicationFacts?
    func roundStanding(round: Int64, policy: Policy) throws -> RoundStanding?
    func reviewSheets(application: Int64) throws -> [ScoreSheet]
    func users() throws -> [User]
    func stationPeriods(station: Int64?) throws -> [StationPeriod]
}

extension DeskApplicationReads {
    public func rounds() throws -> [Round] { [] }
    public func applications(round: Int64?) throws -> [Application] { [] }
    public func applicationEvents(application: Int64) throws -> [ApplicationEvent] { [] }
    public func notices(round: Int64) throws -> [Notice] { [] }
    public func objections(application: Int64) throws -> [Objection] { [] }
    public func applicationFacts(id: Int64) throws -> ApplicationFacts? { nil }
    public func roundStanding(round: Int64, policy: Policy) throws -> RoundStanding? { nil }
    public func reviewSheets(application: Int64) throws -> [ScoreSheet] { [] }
    public func users() throws -> [User] { [] }
    public func stationPeriods(station: Int64?) throws -> [StationPeriod] { [] }
}

extension AppDatabaseDeskStore: DeskApplicationReads {
    public func rounds() throws -> [Round] { try db.rounds() }
    public func applications(round: Int64?) throws -> [Application] { try db.applications(round: round) }
    public func applicationEvents(application: Int64) throws -> [ApplicationEvent] { try db.applicationEvents(application: application) }
    public func notices(round: Int64) throws -> [Notice] { try db.notices(round: round) }
    public func objections(application: Int64) throws -> [Objection] { try db.objections(application: application) }
    public func applicationFacts(id: Int64) throws -> ApplicationFacts? { try db.applicationFacts(id: id) }
    public func roundStanding(round: Int64, policy: Policy) throws -> RoundStanding? { try db.roundStanding(round: round, policy: policy) }
    public func reviewSheets(application: Int64) throws -> [ScoreSheet] { try db.reviewSheets(application: application) }
    public func users() throws -> [User] { try db.users() }
    public func stationPeriods(station: Int64?) throws -> [StationPeriod] { try db.stationPeriods(station: station) }
}
