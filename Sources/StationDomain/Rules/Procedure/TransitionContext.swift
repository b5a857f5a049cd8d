/// Everything a procedure step is judged on besides the application itself: who, when, on what
/// authority, and the facts the store knows (partners, stations, quota counts, notice, objection).
/// The caller gathers these; the rule only reads them.
public struct TransitionContext: Sendable {
    public var on: CivilDate
    public var by: String
    public var roles: Set<Role>
    /// 文号 or meeting, for the steps that record a decision.
    public var reference: String
    /// Why, for withdrawal, rejection and tie-breaks.
    public var reason: String
    /// The application's partners (looked up by `partnerIds`).
    public var partners: [Partner]
    /// Every station (for one-unit-one-station).
    public var stations: [Station]
    public var exceptions: [QuotaException]
    /// Where the application stands in its round's shortlist (for shortlisted / not_selected).
    public var placement: ShortlistPlacement
    public var round: Round?
    /// Applications of the same round already `bureau_approved` or later, this one excluded.
    public var approvedInRound: Int
    /// Stations and approvals counted against the plan cap, this one excluded.
    public var usedInPlan: Int
    /// The notice covering the application (the latest one).
    public var notice: Notice?
    /// The latest objection against the application.
    public var objection: Objection?
    /// The places the line leaves for the applications tied on it (`Shortlist.openPlaces`).
    public var openAtLine: Int
    /// The other applications tied at the line that already took one of those places (shortlisted
    /// or further on), by name: a tied application goes in only while a place is left.
    public var takenAtLine: [String]

    public init(on: CivilDate, by: String, roles: Set<Role>, reference: String = "", reason: String = "",
                partners: [Partner] = [], stations: [Station] = [], exceptions: [QuotaException] = [],
                placement: ShortlistPlacement = .notRanked, round: Round? = nil, approvedInRound: Int = 0,
                usedInPlan: Int = 0, notice: Notice? = nil, objection: Objection? = nil, openAtLine: Int = 0,
                takenAtLine: [String] = []) {
        self.on = on; self.by = by; self.roles = roles; self.reference = reference; self.reason = reason
        self.partners = partners; self.stations = stations; self.exceptions = exceptions
        self.placement = placement; self.round = round; self.approvedInRound = approvedInRound
        self.usedInPlan = usedInPlan; self.notice = notice; self.objection = objection
        self.openAtLine = openAtLine; self.takenAtLine = takenAtLine
    }
}
