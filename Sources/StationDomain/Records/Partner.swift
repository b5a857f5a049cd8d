/// 共建方: a university, research institute, talent-service organisation or park outside Liuzhou (Art. 2).
public struct Partner: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    public var kind: PartnerKind
    /// City (and country when abroad). Must not be Liuzhou.
    public var city: String
    public var contact: String

    public init(id: Int64? = nil, name: String, kind: PartnerKind, city: String, contact: String = "") {
        self.id = id; self.name = name; self.kind = kind; self.city = city; self.contact = contact
    }
}

public enum PartnerKind: String, Codable, CaseIterable, Sendable {
    case university
    case institute
    case talentService = "talent_service"
    case park

    /// The station type a partner of this kind makes (Art. 2, 7).
    public var stationType: StationType {
        switch self {
        case .university, .institute: return .university
        case .talentService, .park: return .organization
        }
    }
}

/// Art. 7: 高校院所类 or 社会组织机构类.
public enum StationType: String, Codable, CaseIterable, Sendable {
    case university
    case organization
}
