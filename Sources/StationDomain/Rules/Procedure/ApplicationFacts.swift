/// What the store knows that a step of one application is judged on, as plain records — read in
/// one transaction by the store (inside the command's own write transaction when the step is
/// taken, so two clerks can never both take the last place) and turned into the rules'
/// `TransitionContext` here. Pure; O(records given).
public struct ApplicationFacts: Sendable {
    public var application: Application
    /// The application's round (nil only when the store lost it).
    public var round: Round?
    /// Every round (their years place approvals in a plan period).
    public var rounds: [Round]
    /// Every application (approvals of other rounds count against the plan cap).
    public var applications: [Application]
    public var stations: [Station]
    public var periods: [StationPeriod]
    /// The application's partners.
    public var partners: [Partner]
    /// Every quota exception recorded for this application.
    public var exceptions: [QuotaException]
    /// The notices of the application's round, oldest first.
    public var notices: [Notice]
    /// The application's objections, oldest first.
    public var objections: [Objection]
    /// Application-review score sheets of the round's applications, by application id.
    public var sheets: [Int64: [ScoreSheet]]

    public init(application: Application, round: Round?, rounds: [Round], applications: [Application],
                stations: [Station], periods: [StationPeriod] = [], partners: [Partner], exceptions: [QuotaException] = [],
                notices: [Notice] = [], objections: [Objection] = [], sheets: [Int64: [ScoreSheet]] = [:]) {
        self.application = application; self.round = round; self.rounds = rounds; self.applications = applications
        self.stations = stations; self.periods = periods; self.partners = partners; self.exceptions = exceptions
        self.notices = notices; self.objections = objections; self.sheets = sheets
    }

    /// The latest notice that covers the application.
    public var notice: Notice? {
        guard let id = application.id else { return nil }
        return notices.filter { $0.applicationIds.contains(id) }.max { ($0.publishedOn, $0.id ?? 0) < ($1.publishedOn, $1.id ?? 0) }
    }

    /// The latest objection lodged against the application.
    public var objection: Objection? { objections.max { ($0.lodgedOn, $0.id ?? 0) < ($1.lodgedOn, $1.id ?? 0) } }

    /// The round's picture (ranking, line, places) as `RoundStanding` computes it.
    public func standing(policy: Policy) -> RoundStanding? {
        round.map { RoundStanding(round: $0, rounds: rounds, applications: applications, stations: stations,
                                  periods: periods, sheets: sheets, policy: policy) }
    }

    /// The rules' context for a step dated `on`, taken by `by` holding `roles`, judged by `policy`
    /// (the one in force on `on`). Quota counts leave this application out.
    public func context(on: CivilDate, by: String, roles: Set<Role>, reference: String = "", reason: String = "",
                        policy: Policy) -> TransitionContext {
        let a = application
        let others = applications.filter { $0.id != a.id }
        let approvedInRound = others.filter {
            $0.roundId == a.roundId && (QuotaRule.approvedStates.contains($0.state) || $0.state == .agreementSigned)
        }.count
        let used = QuotaRule.usedInPlanPeriod(stations: stations.filter { $0.applicationId == nil || $0.applicationId != a.id },
                                              applications: others, rounds: rounds, policy: policy, periods: periods)
        let standing = standing(policy: policy)
        let placement = standing?.placement(of: a) ?? .notRanked
        return TransitionContext(on: on, by: by, roles: roles, reference: reference, reason: reason, partners: partners,
                                 stations: stations, exceptions: exceptions.filter { $0.applicationId == a.id },
                                 placement: placement, round: round, approvedInRound: approvedInRound, usedInPlan: used,
                                 notice: notice, objection: objection, openAtLine: standing?.openAtLine(for: a) ?? 0,
                                 takenAtLine: standing?.takenAtLine(for: a).map(\.proposedName) ?? [])
    }
}

/// One round's ranking (Art. 5.2 择优): every application of the round that went to review and is
/// still in the running, by its aggregated review score, the line drawn at min(the round's places,
/// the plan period's places left) and ties at the line shown as ties. The plan places left count
/// every station set up and approval outside this round (this round's own approvals are what the
/// line distributes). A renewal takes a place of the round but not of the plan (SPEC "Policy as
/// data"), so its own placement is judged against the round's places alone.
public struct RoundStanding: Sendable {
    public let round: Round
    /// States ranked: from review on, not withdrawn or rejected.
    public static let rankedStates: Set<ApplicationState> = [
        .inReview, .shortlisted, .notSelected, .bureauApproved, .groupApproved, .inNotice, .objection, .agreementSigned,
    ]
    public let ranked: [Application]
    public let aggregations: [Int64: ScoreAggregation]
    /// The plan period's places left for this round (nil: the round's year is outside the plan period):
    /// what the line distributes, this round's own approvals not yet taken off.
    public let planPlacesLeft: Int?
    /// The plan period's places left now, this round's approvals and stations taken off too: the
    /// number shown beside the round (the open-round form's "尚余" counts the same).
    public let planPlacesLeftNow: Int?
    public let shortlist: Shortlist
    /// The same ranking with the round's places only (a renewal's placement).
    public let shortlistByPlaces: Shortlist

    public init(round: Round, rounds: [Round], applications: [Application], stations: [Station],
                periods: [StationPeriod], sheets: [Int64: [ScoreSheet]], policy: Policy) {
        self.round = round
        let mine = applications.filter { $0.roundId == round.id }
        let mineIds = Set(mine.compactMap(\.id))
        ranked = mine.filter { RoundStanding.rankedStates.contains($0.state) }
        var aggs: [Int64: ScoreAggregation] = [:]
        for a in ranked { if let id = a.id { aggs[id] = ScoreAggregation(sheets: sheets[id] ?? [], policy: policy) } }
        aggregations = aggs
        let usedElsewhere = QuotaRule.usedInPlanPeriod(
            stations: stations.filter { s in s.applicationId.map { !mineIds.contains($0) } ?? true },
            applications: applications.filter { $0.roundId != round.id }, rounds: rounds, policy: policy, periods: periods)
        planPlacesLeft = QuotaRule.planPlacesLeft(year: round.year, used: usedElsewhere, policy: policy)
        let takenHere = mine.filter {
            $0.renewsStationId == nil && (QuotaRule.approvedStates.contains($0.state) || $0.state == .agreementSigned)
        }.count
        planPlacesLeftNow = planPlacesLeft.map { max(0, $0 - takenHere) }
        shortlist = Shortlist(aggregations: aggs, capacity: QuotaRule.capacity(round: round, used: usedElsewhere, policy: policy))
        shortlistByPlaces = Shortlist(aggregations: aggs, capacity: round.places)
    }

    /// The line: min(places, plan places left).
    public var capacity: Int { shortlist.capacity }

    public func placement(of a: Application) -> ShortlistPlacement {
        (a.renewsStationId == nil ? shortlist : shortlistByPlaces).placement(of: a.id)
    }

    /// The places left for the applications tied at `a`'s line.
    public func openAtLine(for a: Application) -> Int {
        (a.renewsStationId == nil ? shortlist : shortlistByPlaces).openPlaces
    }

    /// The other applications tied at `a`'s line that took one of its places already: shortlisted
    /// or further on (approved, in notice, signed). Read under the write lock by the store, so two
    /// clerks shortlisting two tied applications for the last place at once cannot both get it.
    public func takenAtLine(for a: Application) -> [Application] {
        let line = a.renewsStationId == nil ? shortlist : shortlistByPlaces
        return ranked.filter { other in
            other.id != a.id && line.placement(of: other.id) == .tiedAtCutOff && ![.inReview, .notSelected].contains(other.state)
        }
    }
}
