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

/// One Art. 4 condition line: met, not met, or left for the reviewers to judge, with a note and
/// the evidence seen (SPEC "Setting up a station"). Conditions 1–3 are checkable facts; 4–6 are
/// judged by reviewers; 6 applies to the university type only.
public struct ConditionCheck: Codable, Hashable, Sendable {
    /// 1…6, the Measures' own numbering of Art. 4.
    public var number: Int
    public var state: ConditionState
    public var note: String
    public var evidence: String

    public init(number: Int, state: ConditionState = .unchecked, note: String = "", evidence: String = "") {
        self.number = number; self.state = state; self.note = note; self.evidence = evidence
    }

    public init(number: Int, confirmed: Bool, note: String = "", evidence: String = "") {
        self.init(number: number, state: confirmed ? .met : .unchecked, note: note, evidence: evidence)
    }

    /// Met (the clerk saw the evidence). Setting it false leaves the line unchecked.
    public var confirmed: Bool {
        get { state == .met }
        set { state = newValue ? .met : .unchecked }
    }

    /// Whether line `number` applies to an application of `type` (line 6: university type only).
    public static func applies(_ number: Int, to type: StationType) -> Bool { number != 6 || type == .university }

    /// Whether the line may be left to the reviewers (Art. 4.4–4.6); 1–3 are facts a clerk checks.
    public static func judgedByReviewers(_ number: Int) -> Bool { number >= 4 }

    public static func blankList() -> [ConditionCheck] { (1...6).map { ConditionCheck(number: $0) } }

    enum CodingKeys: String, CodingKey { case number, state, confirmed, note, evidence }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        if let s = try c.decodeIfPresent(ConditionState.self, forKey: .state) {
            state = s
        } else {
            state = try c.decodeIfPresent(Bool.self, forKey: .confirmed) == true ? .met : .unchecked
        }
        note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
        evidence = try c.decodeIfPresent(String.self, forKey: .evidence) ?? ""
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(number, forKey: .number)
        try c.encode(state, forKey: .state)
        try c.encode(note, forKey: .note)
        try c.encode(evidence, forKey: .evidence)
    }
}

/// Where one Art. 4 line stands.
public enum ConditionState: String, Codable, CaseIterable, Sendable {
    case unchecked
    case met
    case notMet = "not_met"
    /// Left for the review panel to judge (Art. 4.4–4.6).
    case forReviewers = "for_reviewers"
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

/// An optional site visit during review (Art. 5.2 必要时开展实地考察): when, who went, what they found.
public struct SiteVisit: Codable, Hashable, Sendable {
    public var date: CivilDate
    public var people: String
    public var findings: String

    public init(date: CivilDate, people: String = "", findings: String) {
        self.date = date; self.people = people; self.findings = findings
    }

    enum CodingKeys: String, CodingKey { case date, people, findings }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(date: try c.decode(CivilDate.self, forKey: .date), people: try c.decodeIfPresent(String.self, forKey: .people) ?? "",
                  findings: try c.decode(String.self, forKey: .findings))
    }
}
