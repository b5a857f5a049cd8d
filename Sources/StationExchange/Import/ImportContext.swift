import StationDomain
import StationStore

/// The records already in the store that an import file refers to or might duplicate, indexed
/// once (O(n) to build, O(1) per lookup).
public struct ImportContext: Sendable {
    public var units: [Unit]
    public var partners: [Partner]
    public var stations: [Station]
    public var talents: [Talent]

    /// `talentKeys`: the stored talents' key columns (`AppDatabase.talentKeys()`), which is all the
    /// duplicate check needs; `talents` may be given instead (or as well) by callers that have them.
    public init(units: [Unit] = [], partners: [Partner] = [], stations: [Station] = [], talents: [Talent] = [],
                talentKeys: [TalentKeyColumns] = []) {
        self.units = units; self.partners = partners; self.stations = stations; self.talents = talents
        unitsByCode = Dictionary(units.map { ($0.creditCode, $0) }, uniquingKeysWith: { a, _ in a })
        unitsByName = Dictionary(units.map { (NameKey($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        partnersByName = Dictionary(partners.map { (NameKey($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        stationsByName = Dictionary(stations.map { (NameKey($0.name), $0) }, uniquingKeysWith: { a, _ in a })
        var keys = Set<TalentKey>(minimumCapacity: talents.count + talentKeys.count)
        for t in talents { keys.insert(TalentKey(t)) }
        for k in talentKeys { keys.insert(TalentKey(k)) }
        self.talentKeys = keys
    }

    let unitsByCode: [String: Unit]
    private let unitsByName: [NameKey: StationDomain.Unit]
    private let partnersByName: [NameKey: Partner]
    private let stationsByName: [NameKey: Station]

    func unit(named name: String) -> Unit? { unitsByName[NameKey(name)] }
    func partner(named name: String) -> Partner? { partnersByName[NameKey(name)] }
    func station(named name: String) -> Station? { stationsByName[NameKey(name)] }
    let talentKeys: Set<TalentKey>
}

/// What makes two talent records the same person's introduction: same name, employer, date and
/// station. (Two people of one name joining one employer on one day through one station would be
/// refused as a duplicate; the clerk can enter the second by hand with a note.)
struct TalentKey: Hashable, Sendable {
    let name: String
    let employer: String
    let introducedOn: CivilDate
    let stationId: Int64?
    /// The key's hash, computed once per key instead of at each of the three probes a row makes
    /// (stored keys, earlier rows, insertion); a probe compares keys at every occupied slot it
    /// passes, and comparing this first spares most byte comparisons of names and employers.
    private let digest: Int

    init(_ t: Talent) {
        self.init(name: t.name, employer: t.employer, introducedOn: t.introducedOn, stationId: t.stationId)
    }

    init(_ k: TalentKeyColumns) {
        self.init(name: k.name, employer: k.employer, introducedOn: k.introducedOn, stationId: k.stationId)
    }

    private init(name: String, employer: String, introducedOn: CivilDate, stationId: Int64?) {
        self.name = name; self.employer = employer; self.introducedOn = introducedOn; self.stationId = stationId
        var hasher = Hasher()
        hasher.combine(introducedOn.dayNumber)
        hasher.combine(stationId)
        TalentKey.combine(name, into: &hasher)
        TalentKey.combine(employer, into: &hasher)
        digest = hasher.finalize()
    }

    // Compared and hashed by UTF-8 bytes, not by Unicode canonical equivalence: String's own
    // hashing normalises every non-ASCII string and took 15 % of checking 200,000 rows. Names
    // typed the same way have the same bytes; a precomposed and a decomposed "é" count as two.
    static func == (a: TalentKey, b: TalentKey) -> Bool {
        a.digest == b.digest && a.introducedOn == b.introducedOn && a.stationId == b.stationId
            && sameBytes(a.name, b.name) && sameBytes(a.employer, b.employer)
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(digest)
    }

    private static func combine(_ s: String, into hasher: inout Hasher) {
        var s = s
        s.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(s.utf8.count)
    }

    private static func sameBytes(_ a: String, _ b: String) -> Bool { NameKey.sameUTF8(a, b) }
}
