/// 人才: a person introduced to a Liuzhou employer through a station.
public struct Talent: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var name: String
    /// Liuzhou classification A类…G类, or nil for none. Stored as entered with its evidence,
    /// never derived (the catalogue is not public; ../shared/NOTES.md).
    public var category: TalentCategory?
    /// The Liuzhou employer's name as written.
    public var employer: String
    /// The unit bearing that name, when one does.
    public var employerUnitId: Int64?
    /// What kind of employer it is (Art. 10.3 counts talents brought to Liuzhou *enterprises*);
    /// nil while a clerk has not classified it.
    public var employerKind: EmployerKind?
    public var introducedOn: CivilDate
    public var stationId: Int64?
    /// Evidence note.
    public var note: String
    /// ID number, if kept; shown masked (first 6 and last 4).
    public var idNumber: String

    public init(id: Int64? = nil, name: String, category: TalentCategory?, employer: String,
                employerUnitId: Int64? = nil, employerKind: EmployerKind? = nil, introducedOn: CivilDate,
                stationId: Int64?, note: String = "", idNumber: String = "") {
        self.id = id; self.name = name; self.category = category; self.employer = employer
        self.employerUnitId = employerUnitId; self.employerKind = employerKind
        self.introducedOn = introducedOn; self.stationId = stationId
        self.note = note; self.idNumber = idNumber
    }
}

/// The kind of a talent's Liuzhou employer (SPEC "Annual evaluation": enterprise, institution,
/// other). Only talents placed with enterprises count toward a station's grade (Art. 10.3).
public enum EmployerKind: String, Codable, CaseIterable, Sendable {
    case enterprise
    /// Public institutions: hospitals, schools, research bodies (事业单位).
    case institution
    /// Anything else (government bodies, employers outside Liuzhou, …).
    case other

    /// The kind a unit's own kind gives: an employer that is a unit takes that unit's kind.
    public init(_ unitKind: UnitKind) {
        switch unitKind {
        case .enterprise: self = .enterprise
        case .institution: self = .institution
        }
    }
}

/// Liuzhou talent categories A类 (highest) … G类. "G类以上" means A through G inclusive.
public enum TalentCategory: String, Codable, CaseIterable, Sendable, Comparable {
    case a = "A", b = "B", c = "C", d = "D", e = "E", f = "F", g = "G"

    public static func < (x: TalentCategory, y: TalentCategory) -> Bool {
        // A is the highest; order by letter so that A < G in sorting.
        x.rawValue < y.rawValue
    }
}
