/// 工作站: created from an approved application when the agreement is signed (Art. 5.3, 8, 9).
public struct Station: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    public var type: StationType
    public var unitId: Int64
    public var partnerIds: [Int64]
    /// 站长 (one per station, Art. 9).
    public var head: String
    public var staff: [String]
    public var agreementDate: CivilDate
    public var status: StationStatus
    /// The application it was created from (nil for stations set up before stationdesk).
    public var applicationId: Int64?
    /// The station this one renews (Art. 8 继续申报).
    public var renewsStationId: Int64?
    public var plaqueOn: CivilDate?
    public var appointmentLetterOn: CivilDate?
    public var endedOn: CivilDate?
    /// Decision reference (文号) of a revocation.
    public var revocationReference: String
    /// The Bureau's letter recording the end of the period (Art. 8 自动终止), when a clerk recorded it.
    public var terminationLetter: TerminationLetter?

    public init(id: Int64? = nil, name: String, type: StationType, unitId: Int64, partnerIds: [Int64],
                head: String, staff: [String] = [], agreementDate: CivilDate, status: StationStatus = .active,
                applicationId: Int64? = nil, renewsStationId: Int64? = nil, plaqueOn: CivilDate? = nil,
                appointmentLetterOn: CivilDate? = nil, endedOn: CivilDate? = nil, revocationReference: String = "",
                terminationLetter: TerminationLetter? = nil) {
        self.id = id; self.name = name; self.type = type; self.unitId = unitId; self.partnerIds = partnerIds
        self.head = head; self.staff = staff; self.agreementDate = agreementDate; self.status = status
        self.applicationId = applicationId; self.renewsStationId = renewsStationId; self.plaqueOn = plaqueOn
        self.appointmentLetterOn = appointmentLetterOn; self.endedOn = endedOn
        self.revocationReference = revocationReference; self.terminationLetter = terminationLetter
    }
}

/// The letter (函) by which the Bureau records that a station's period ended without renewal: its
/// date and reference (文号).
public struct TerminationLetter: Codable, Hashable, Sendable {
    public var on: CivilDate
    public var reference: String

    public init(on: CivilDate, reference: String) { self.on = on; self.reference = reference }
}

/// One management period a signed agreement started (Art. 5.3, 8): the first, when the agreement
/// set the station up, and each renewal's (期满符合条件的可继续申报), which continues the same
/// station rather than setting up a new one. The station's `agreementDate` is the start of its
/// latest period; these rows keep the earlier ones and say when the station was first set up
/// (what the plan period's cap counts). Stations imported from before stationdesk have none
/// until they are renewed.
public struct StationPeriod: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var agreementDate: CivilDate
    /// The application whose agreement started it (nil: the period of an imported station).
    public var applicationId: Int64?
    /// True for a renewal's period (not a new station).
    public var renewal: Bool
    /// 聘书: the head's appointment letter for this period (站长聘期与工作站管理期一致, Art. 9).
    public var appointmentLetterOn: CivilDate?

    public init(id: Int64? = nil, stationId: Int64, agreementDate: CivilDate, applicationId: Int64? = nil,
                renewal: Bool = false, appointmentLetterOn: CivilDate? = nil) {
        self.id = id; self.stationId = stationId; self.agreementDate = agreementDate; self.applicationId = applicationId
        self.renewal = renewal; self.appointmentLetterOn = appointmentLetterOn
    }
}

public enum StationStatus: String, Codable, CaseIterable, Sendable {
    case active
    /// The management period ended without renewal (Art. 8 自动终止).
    case ended
    /// Revoked after two consecutive unqualified years (Art. 10.4).
    case revoked
}

/// A filing (备案) of a change of head or staff (Art. 9): `oldPerson` leaves the role and
/// `newPerson` takes it. For staff either may be empty (a person added, or one who left);
/// a head filing with no new person leaves the station without a head.
public struct StaffFiling: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var filedOn: CivilDate
    public var role: StaffRole
    public var oldPerson: String
    public var newPerson: String
    public var reason: String
    /// The day the Bureau acknowledged the filing (nil while it has not).
    public var acknowledgedOn: CivilDate?

    public init(id: Int64? = nil, stationId: Int64, filedOn: CivilDate, role: StaffRole,
                oldPerson: String, newPerson: String, reason: String, acknowledgedOn: CivilDate? = nil) {
        self.id = id; self.stationId = stationId; self.filedOn = filedOn; self.role = role
        self.oldPerson = oldPerson; self.newPerson = newPerson; self.reason = reason
        self.acknowledgedOn = acknowledgedOn
    }
}

public enum StaffRole: String, Codable, CaseIterable, Sendable {
    case head
    case staff
}

/// An activity a station logs, tagged with one of its type's Art. 7 duties (1-based,
/// `StationDuties`): date, title, place, who took part, what came of it, and the evidence kept.
public struct Activity: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var on: CivilDate
    public var duty: Int
    public var title: String
    public var note: String
    public var place: String
    /// Who took part (people, units, how many), as written.
    public var participants: String
    public var outcome: String
    /// The evidence kept (minutes, photos, sign-in sheets, press items).
    public var evidence: String

    public init(id: Int64? = nil, stationId: Int64, on: CivilDate, duty: Int, title: String, note: String = "",
                place: String = "", participants: String = "", outcome: String = "", evidence: String = "") {
        self.id = id; self.stationId = stationId; self.on = on; self.duty = duty; self.title = title; self.note = note
        self.place = place; self.participants = participants; self.outcome = outcome; self.evidence = evidence
    }
}
