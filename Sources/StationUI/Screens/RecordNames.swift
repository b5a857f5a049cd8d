import StationStore

/// The names of units, partners and stations by id, so the journal can show "柳州…工作站 (#4)"
/// where a row image holds `station_id: 4`. Cost: one read of each of the three tables (they
/// hold hundreds of rows, not the talents' 10⁵); an unreadable table just leaves ids as #id.
struct RecordNames {
    private var byTable: [String: [Int64: String]] = [:]

    /// `catalog`: marks a revoked or terminated station's name (`Catalog.stationName`).
    init(_ store: AppDatabase, _ catalog: Catalog? = nil) {
        byTable["unit"] = Dictionary(((try? store.units()) ?? []).compactMap { u in u.id.map { ($0, u.name) } },
                                     uniquingKeysWith: { a, _ in a })
        byTable["partner"] = Dictionary(((try? store.partners()) ?? []).compactMap { p in p.id.map { ($0, p.name) } },
                                        uniquingKeysWith: { a, _ in a })
        byTable["station"] = Dictionary(((try? store.stations()) ?? []).compactMap { s in s.id.map { ($0, catalog?.stationName(s) ?? s.name) } },
                                        uniquingKeysWith: { a, _ in a })
    }

    func name(_ table: String, _ id: Int64) -> String? { byTable[table]?[id] }
}
