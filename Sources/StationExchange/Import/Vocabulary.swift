import StationDomain

/// The words a file may use for coded values: the stored code (what export writes) or the Chinese
/// label clerks type in Excel. Matching ignores case and surrounding spaces.
enum Vocabulary {
    static let unitKinds: [String: UnitKind] = [
        "enterprise": .enterprise, "企业": .enterprise,
        "institution": .institution, "事业单位": .institution,
    ]
    static let partnerKinds: [String: PartnerKind] = [
        "university": .university, "高校": .university,
        "institute": .institute, "科研院所": .institute, "研究院所": .institute,
        "talent_service": .talentService, "人才服务机构": .talentService,
        "park": .park, "园区": .park,
    ]
    static let stationTypes: [String: StationType] = [
        "university": .university, "高校院所类": .university,
        "organization": .organization, "社会组织机构类": .organization,
    ]
    static let employerKinds: [String: EmployerKind] = [
        "enterprise": .enterprise, "企业": .enterprise,
        "institution": .institution, "事业单位": .institution,
        "other": .other, "其他": .other,
    ]
    static let stationStatuses: [String: StationStatus] = [
        "active": .active, "运行": .active, "运行中": .active,
        "ended": .ended, "终止": .ended, "已终止": .ended,
        "revoked": .revoked, "撤销": .revoked, "已撤销": .revoked,
    ]

    /// Chinese names for messages.
    static func label(_ kind: PartnerKind) -> String {
        switch kind {
        case .university: return "高校"
        case .institute: return "科研院所"
        case .talentService: return "人才服务机构"
        case .park: return "园区"
        }
    }

    static func label(_ type: StationType) -> String {
        type == .university ? "高校院所类" : "社会组织机构类"
    }

    /// The codes a column accepts, for the error message ("one of enterprise, institution").
    static func codes<T: RawRepresentable>(_ all: [T]) -> String where T.RawValue == String {
        all.map(\.rawValue).joined(separator: ", ")
    }

    /// An employer kind: the stored code (what export writes, matched first without allocating)
    /// or a word of `employerKinds`; empty is unclassified (nil). `.failure` for anything else.
    static func employerKind(_ text: String) -> Result<EmployerKind?, CategoryError> {
        if text.isEmpty { return .success(nil) }
        if let exact = EmployerKind(rawValue: text) { return .success(exact) }
        if let k = employerKinds[text.lowercased()] { return .success(k) }
        return .failure(CategoryError())
    }

    /// `A`…`G`, `A类`, lower case; empty or `无` is no category (nil). `.failure` for anything else.
    static func category(_ text: String) -> Result<TalentCategory?, CategoryError> {
        // The usual cell is one letter: no upper-casing (it allocates a new string per row).
        if text.utf8.count == 1, let b = text.utf8.first, (0x41...0x47).contains(b) || (0x61...0x67).contains(b) {
            return .success(TalentCategory(rawValue: String(UnicodeScalar(b & ~0x20))))
        }
        var t = text.uppercased()
        if t.isEmpty || t == "无" { return .success(nil) }
        if t.hasSuffix("类") { t.removeLast() }
        guard let c = TalentCategory(rawValue: t) else { return .failure(CategoryError()) }
        return .success(c)
    }

    struct CategoryError: Error {}
}
