import StationDomain
import StationStore

/// The rules the read-mostly screens apply: the policy book and the workday calendar from the
/// data/ folder (the executable loads them; nil when it could not, and the screens then say
/// what they cannot show instead of guessing). Lookups are linear in the handful of policies.
public struct DeskRules: Sendable {
    public let policies: PolicyBook?
    /// The calendar, read on first use when the executable defers it (the first screen shows no
    /// working days; issue 15).
    public var calendar: WorkdayCalendar? { deferredCalendar.value }
    private let deferredCalendar: Deferred<WorkdayCalendar?>
    /// The share folder's policy files as decoded at start: with what the store holds at the
    /// moment asked (`currentBook`) they give the rules a command is judged by.
    public let files: PolicyFiles?

    public init(policies: PolicyBook? = nil, calendar: WorkdayCalendar? = nil, files: PolicyFiles? = nil) {
        self.policies = policies; deferredCalendar = Deferred(value: calendar); self.files = files
    }

    /// Rules whose calendar is read when a screen first asks for it.
    public init(policies: PolicyBook?, calendar: Deferred<WorkdayCalendar?>, files: PolicyFiles? = nil) {
        self.policies = policies; deferredCalendar = calendar; self.files = files
    }

    /// The rules as the store's commands will judge them now: the files with the policy versions
    /// and continuations stored at this moment (another process may have recorded one since the
    /// program started); `policies` when the files are not known. Cost: two small reads.
    public func currentBook(_ store: AppDatabase) -> PolicyBook? {
        guard let files else { return policies }
        return (try? files.book(stored: store.policyVersions(), continuations: store.provisionalContinuations().map(\.continuation))) ?? policies
    }

    /// The policy whose rules govern calendar year `year`: the one in force on its last day, else
    /// the latest one whose validity reaches into the year (as `report annual` picks it).
    public func policy(forYear year: Int) -> Policy? {
        policies?.governing(year: year)
    }

    /// The policy that says which talents count in `year`: the year's own, else the latest one
    /// known before the year ends (a year after the Measures expired is still charted by them).
    public func countingPolicy(forYear year: Int) -> Policy? {
        policy(forYear: year) ?? policy(on: CivilDate(year: year, month: 12, day: 31)!)
    }

    /// The policy a station's agreement was made under (it fixes the management period's
    /// length): the one in force on the agreement date, else the earliest.
    public func policy(forStation s: Station) -> Policy? {
        policies?.governing(agreementOn: s.agreementDate)
    }

    /// The policy whose practice numbers (90 days, 10 working days) apply on `date`: the one in
    /// force (or continued), else the last expired one — its numbers are the latest known.
    public func policy(on date: CivilDate) -> Policy? {
        policies?.latestKnown(on: date)
    }

    /// The station's management period, or nil without a policy.
    public func period(of s: Station) -> ManagementPeriod? {
        policy(forStation: s).map { ManagementPeriod(station: s, policy: $0) }
    }

    /// What has become of the station's period on `today` (Art. 8: running, renewed, or
    /// automatically terminated), whatever its stored status says; nil without a policy.
    /// `stations` are searched for a renewal: O(stations).
    public func outcome(of s: Station, among stations: [Station], on today: CivilDate) -> PeriodOutcome? {
        policy(forStation: s).map { PeriodOutcome.of(s, on: today, among: stations, policy: $0) }
    }

    /// Stations active in `year` (`ActiveStations`, as `report annual` lists them), by agreement
    /// date then name.
    public func stationsActive(in year: Int, _ stations: [Station]) -> [Station] {
        ActiveStations.inYear(year, stations, period: period(of:))
    }
}
