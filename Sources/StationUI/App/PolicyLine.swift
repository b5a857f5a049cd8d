import StationDomain

/// How the rules stand today, as the title bar says it. The executable derives it from the
/// domain's `PolicyBook.standing(on:)`.
public enum PolicyLine: Equatable, Sendable {
    case inForce(title: String, until: CivilDate)
    case expired(until: CivilDate)
    case continued(until: CivilDate)
    case unknown
}
