import GRDB
import StationDomain

/// One talent as the talents list and its chart need it: the list's columns and what the
/// counting rule reads (category, date, station), without the note and ID number.
public struct TalentListRow: Hashable, Sendable, Identifiable {
    public var id: Int64
    public var name: String
    public var category: TalentCategory?
    public var employer: String
    public var introducedOn: CivilDate
    public var stationId: Int64?
    /// nil: not yet classified.
    public var employerKind: EmployerKind?

    public init(id: Int64, name: String, category: TalentCategory?, employer: String, introducedOn: CivilDate, stationId: Int64?,
                employerKind: EmployerKind? = nil) {
        self.id = id; self.name = name; self.category = category; self.employer = employer
        self.introducedOn = introducedOn; self.stationId = stationId; self.employerKind = employerKind
    }

    /// As a `Talent` for the domain's rules (`TalentCount`); note and ID number are empty.
    public var talent: Talent {
        Talent(id: id, name: name, category: category, employer: employer, employerKind: employerKind,
               introducedOn: introducedOn, stationId: stationId)
    }
}

extension AppDatabase {
    /// Every talent as a list row, in id order: one query over seven columns, decoded by column
    /// position through a cursor (no per-row dictionary or Codable). A row whose category or
    /// date does not decode throws `StoreError.invalid` naming the talent.
    /// Cost: O(talents); `stationdesk-bench screens` measures it at 10⁵.
    public func talentListRows() throws -> [TalentListRow] {
        var out: [TalentListRow] = []
        try forEachTalentListRow(expecting: { out.reserveCapacity($0) }) { out.append($0) }
        return out
    }

    /// The same rows one at a time, without holding them all (the talents list keeps only what it
    /// shows). The employer text repeats across 10⁵ talents: equal texts share one string rather
    /// than one allocation per row (16 MiB of the talents list's memory at 200,000, issue 15).
    /// `expecting` is told the row count first.
    public func forEachTalentListRow(expecting: (Int) -> Void = { _ in }, _ body: (TalentListRow) throws -> Void) throws {
        try read { db in
            expecting(try Int.fetchOne(db, sql: "SELECT count(*) FROM talent") ?? 0)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, name, category, employer, introduced_on, station_id, employer_kind FROM talent ORDER BY id
                """)
            var employers: [BytewiseKey: String] = [:]
            while let row = try rows.next() {
                var t = try TalentListRow(listRow: row)   // TalentListScan.swift
                let key = BytewiseKey(t.employer)
                if let shared = employers[key] { t.employer = shared } else if employers.count < 4096 { employers[key] = t.employer }
                try body(t)
            }
        }
    }
}
