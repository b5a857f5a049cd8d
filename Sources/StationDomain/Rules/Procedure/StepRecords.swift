/// The records a procedure step writes besides the application's move, decided here so the store
/// command only reads, asks and writes. Pure; each O(records given).
public enum StepRecords {
    /// What a signed agreement (Art. 5.3) does to the stations.
    public enum Agreement: Hashable, Sendable {
        /// A new station, with its first management period.
        case newStation(Station, StationPeriod)
        /// A renewal (Art. 8 期满符合条件的可继续申报): the existing station's next period. `periods`
        /// are the rows to insert: the station's earlier period when it had none recorded (an
        /// imported station), then the new one.
        case renewal(Station, periods: [StationPeriod])
    }

    /// The agreement signed on `date` for application `a`, with the plaque (牌匾, a new station only)
    /// and the head's appointment letter (聘书) dates. A new station takes the application's name,
    /// type, unit, partners, head and staff; its name must not be a station's already (a revoked
    /// station's name may no longer be used, Art. 10.4). A renewal continues its station: its next
    /// period starts on the agreement date, or the day after the current period ends when signed
    /// before that; head, staff and partners become the application's.
    public static func agreement(_ a: Application, on date: CivilDate, plaqueOn: CivilDate?, letterOn: CivilDate?,
                                 stations: [Station], periods: [StationPeriod], policy: Policy) throws -> Agreement {
        guard let renewed = a.renewsStationId else {
            let clash = stations.filter { $0.name == a.proposedName }
            if !clash.isEmpty { throw Refused(clash.map { .stationNameUsed(name: $0.name, status: $0.status) }) }
            var s = ApplicationProcedure.station(from: a, agreementDate: date)
            s.plaqueOn = plaqueOn
            s.appointmentLetterOn = letterOn
            return .newStation(s, StationPeriod(stationId: 0, agreementDate: date, applicationId: a.id, appointmentLetterOn: letterOn))
        }
        guard let old = stations.first(where: { $0.id == renewed }) else { throw Refused([.stationUnknown(id: renewed)]) }
        guard old.status == .active else { throw Refused([.stationNotActive(old.status)]) }
        let current = ManagementPeriod(station: old, policy: policy)
        let start = max(date, current.end.adding(days: 1))
        var rows: [StationPeriod] = []
        if !periods.contains(where: { $0.stationId == renewed }) {
            rows.append(StationPeriod(stationId: renewed, agreementDate: old.agreementDate, applicationId: old.applicationId,
                                      appointmentLetterOn: old.appointmentLetterOn))
        }
        rows.append(StationPeriod(stationId: renewed, agreementDate: start, applicationId: a.id, renewal: true,
                                  appointmentLetterOn: letterOn))
        var s = old
        s.agreementDate = start
        s.head = a.proposedHead
        s.staff = a.staff
        s.partnerIds = a.partnerIds
        s.appointmentLetterOn = letterOn ?? s.appointmentLetterOn
        return .renewal(s, periods: rows)
    }

    /// Reviewers are assigned to an application from its submission until the shortlist, at
    /// least one at a time. (Who may review — the reviewer role, no sheet already, no declared tie
    /// to the unit or a partner — is the reviewers' `AssignSheet`'s to judge, per reviewer.)
    public static func assignmentOpen(_ a: Application, reviewers: [String]) -> Decision {
        var reasons: [Refusal] = []
        if ![.submitted, .inReview].contains(a.state) { reasons.append(.assignmentClosed(a.state)) }
        if reviewers.isEmpty { reasons.append(.noReviewerChosen) }
        return Decision(reasons)
    }

    /// The site visit of Art. 5.2 (必要时开展实地考察), recorded during review: a date not after
    /// `today`, who went and what they found.
    public static func siteVisit(_ a: Application, _ visit: SiteVisit, today: CivilDate) throws -> Application {
        var reasons: [Refusal] = []
        if ![.submitted, .inReview].contains(a.state) { reasons.append(.siteVisitClosed(a.state)) }
        if visit.date > today { reasons.append(.dateInFuture(visit.date)) }
        if visit.findings.trimmingCharacters(in: " ").isEmpty { reasons.append(.findingsRequired) }
        if !reasons.isEmpty { throw Refused(reasons) }
        var moved = a
        moved.siteVisit = visit
        return moved
    }

    /// Confirming a round's shortlist (one command): every application still in review moves to
    /// `shortlisted` when within the line or `not_selected` below it; those tied at the line go
    /// in when `chosen` (at most the open places) and out otherwise, both with `reason`. An
    /// application without a submitted sheet cannot be placed: the confirmation is refused naming it.
    public static func shortlistMoves(_ standing: RoundStanding, chosen: Set<Int64>, reason: String) throws
        -> [(application: Application, target: ApplicationState, reason: String)] {
        let inReview = standing.ranked.filter { $0.state == .inReview }
        var reasons: [Refusal] = []
        var moves: [(application: Application, target: ApplicationState, reason: String)] = []
        let tied = inReview.filter { standing.placement(of: $0) == .tiedAtCutOff }
        if !tied.isEmpty && reason.trimmingCharacters(in: " ").isEmpty { reasons.append(.tiedAtCutOff) }
        let chosenTied = tied.filter { chosen.contains($0.id ?? -1) }
        // Tied applications shortlisted one by one earlier hold places of the line too.
        let taken = standing.ranked.filter {
            standing.placement(of: $0) == .tiedAtCutOff && ![.inReview, .notSelected].contains($0.state)
        }.count
        if chosenTied.count + taken > standing.shortlist.openPlaces {
            reasons.append(.tooManyChosenAtLine(chosen: chosenTied.count + taken, open: standing.shortlist.openPlaces))
        }
        for a in inReview {
            switch standing.placement(of: a) {
            case .selected: moves.append((a, .shortlisted, ""))
            case .outside: moves.append((a, .notSelected, ""))
            case .tiedAtCutOff: moves.append((a, chosen.contains(a.id ?? -1) ? .shortlisted : .notSelected, reason))
            case .notRanked: reasons.append(.applicationNotRanked(name: a.proposedName))
            }
        }
        if inReview.isEmpty { reasons.append(.nothingToShortlist) }
        if !reasons.isEmpty { throw Refused(reasons) }
        return moves
    }
}
