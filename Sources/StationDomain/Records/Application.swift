/// 设站申请: one unit's application, with partners, in one round (Art. 4–6).
public struct Application: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var roundId: Int64
    public var unitId: Int64
    public var partnerIds: [Int64]
    public var type: StationType
    public var proposedName: String
    /// 站长人选.
    public var proposedHead: String
    /// Staff besides the head (Art. 4.2 asks for at least 2 people, the head included).
    public var staff: [String]
    public var state: ApplicationState
    /// Art. 4 conditions 1…6, one line each.
    public var conditions: [ConditionCheck]
    /// Art. 6 materials, one line each.
    public var materials: [MaterialReceipt]
    public var siteVisit: SiteVisit?
    /// When this application renews an existing station (Art. 8).
    public var renewsStationId: Int64?
    public var createdOn: CivilDate

    public init(id: Int64? = nil, roundId: Int64, unitId: Int64, partnerIds: [Int64], type: StationType,
                proposedName: String, proposedHead: String, staff: [String] = [],
                state: ApplicationState = .draft,
                conditions: [ConditionCheck] = ConditionCheck.blankList(),
                materials: [MaterialReceipt] = MaterialReceipt.blankList(),
                siteVisit: SiteVisit? = nil, renewsStationId: Int64? = nil, createdOn: CivilDate) {
        self.id = id; self.roundId = roundId; self.unitId = unitId; self.partnerIds = partnerIds
        self.type = type; self.proposedName = proposedName; self.proposedHead = proposedHead
        self.staff = staff; self.state = state; self.conditions = conditions; self.materials = materials
        self.siteVisit = siteVisit; self.renewsStationId = renewsStationId; self.createdOn = createdOn
    }
}

/// The application's procedure states (Art. 5; SPEC "Procedure").
public enum ApplicationState: String, Codable, CaseIterable, Sendable {
    case draft
    case submitted
    case inReview = "in_review"
    case shortlisted
    case notSelected = "not_selected"
    case bureauApproved = "bureau_approved"
    case groupApproved = "group_approved"
    case inNotice = "in_notice"
    case objection
    case agreementSigned = "agreement_signed"
    case withdrawn
    case rejected
}

/// One Art. 4 condition line: confirmed or not, with a note and the evidence seen.
public struct ConditionCheck: Codable, Hashable, Sendable {
    /// 1…6, the Measures' own numbering of Art. 4.
    public var number: Int
    public var confirmed: Bool
    public var note: String
    public var evidence: String

    public init(number: Int, confirmed: Bool = false, note: String = "", evidence: String = "") {
        self.number = number; self.confirmed = confirmed; self.note = note; self.evidence = evidence
    }

    public static func blankList() -> [ConditionCheck] { (1...6).map { ConditionCheck(number: $0) } }
}

/// One Art. 6 material with the date it was received (nil: not yet).
public struct MaterialReceipt: Codable, Hashable, Sendable {
    public var kind: MaterialKind
    public var receivedOn: CivilDate?

    public init(kind: MaterialKind, receivedOn: CivilDate? = nil) {
        self.kind = kind; self.receivedOn = receivedOn
    }

    public static func blankList() -> [MaterialReceipt] { MaterialKind.allCases.map { MaterialReceipt(kind: $0) } }
}

/// Art. 6 items 1–6, in the Measures' order.
public enum MaterialKind: String, Codable, CaseIterable, Sendable {
    case applicationForm = "application_form"            // 设立申请表
    case legalPersonCertificate = "legal_person_certificate" // 法人资格证书原件及复印件
    case officeProof = "office_proof"                    // 固定办公场所证明
    case headRegistration = "head_registration"          // 站长人选登记表
    case successCases = "success_cases"                  // 招才引智成功案例
    case profileAndPlan = "profile_and_plan"             // 拟设站单位情况介绍及设站规划
}

/// An optional site visit during review (Art. 5.2 必要时开展实地考察).
public struct SiteVisit: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var findings: String

    public init(date: CivilDate, findings: String) { self.date = date; self.findings = findings }
}
