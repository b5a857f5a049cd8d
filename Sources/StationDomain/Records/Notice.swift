/// A public notice (公示) of a round's approved list (Art. 5.3), and objections lodged against it.
public struct Notice: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var roundId: Int64
    public var applicationIds: [Int64]
    public var publishedOn: CivilDate
    public var firstDay: CivilDate
    public var lastDay: CivilDate

    public init(id: Int64? = nil, roundId: Int64, applicationIds: [Int64], publishedOn: CivilDate,
                firstDay: CivilDate, lastDay: CivilDate) {
        self.id = id; self.roundId = roundId; self.applicationIds = applicationIds
        self.publishedOn = publishedOn; self.firstDay = firstDay; self.lastDay = lastDay
    }
}

public struct Objection: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var applicationId: Int64
    public var lodgedOn: CivilDate
    public var text: String
    /// nil while open.
    public var resolution: ObjectionResolution?
    public var resolvedOn: CivilDate?

    public init(id: Int64? = nil, applicationId: Int64, lodgedOn: CivilDate, text: String,
                resolution: ObjectionResolution? = nil, resolvedOn: CivilDate? = nil) {
        self.id = id; self.applicationId = applicationId; self.lodgedOn = lodgedOn; self.text = text
        self.resolution = resolution; self.resolvedOn = resolvedOn
    }
}

public enum ObjectionResolution: String, Codable, CaseIterable, Sendable {
    /// Dismissed: back to `in_notice` on a fresh notice.
    case renotice
    /// Upheld: the application is rejected.
    case rejected
}

/// An approver's recorded exception to a limit of Art. 5.4 (one unit one station; the plan cap).
public struct QuotaException: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var applicationId: Int64
    public var kind: QuotaExceptionKind
    public var reason: String
    public var by: String
    public var on: CivilDate

    public init(id: Int64? = nil, applicationId: Int64, kind: QuotaExceptionKind, reason: String,
                by: String, on: CivilDate) {
        self.id = id; self.applicationId = applicationId; self.kind = kind; self.reason = reason
        self.by = by; self.on = on
    }
}

public enum QuotaExceptionKind: String, Codable, CaseIterable, Sendable {
    case secondStationForUnit = "second_station_for_unit"
    case beyondPlanCap = "beyond_plan_cap"
}
