/// A clerk's edit of a station's own fields — name, unit, partners, agreement date (issue 12):
/// stations are not added by hand, but what was recorded can be corrected, with a reason that
/// the journal keeps. Refused, with every reason: no reason; an empty name or one another station
/// bears; no partner, or partners that do not make the station's type or sit in Liuzhou (Art. 2,
/// 7: `StationTypeRule`); and an agreement date that would leave a record already kept against
/// the station (talent, activity, filing, demand) outside its life. Pure; O(stations + records).
public enum StationEditRule {
    public static func check(_ edited: Station, reason: String, others: [Station], partners: [Partner],
                             dated: [(record: DatedRecord, date: CivilDate)], life: StationLife) -> Decision {
        var reasons: [Refusal] = []
        if reason.trimmingCharacters(in: " ").isEmpty { reasons.append(.editReasonRequired) }
        let name = edited.name.trimmingCharacters(in: " ")
        if name.isEmpty { reasons.append(.fieldRequired(field: "name")) }
        if let clash = others.first(where: { $0.id != edited.id && $0.name.trimmingCharacters(in: " ") == name }), !name.isEmpty {
            reasons.append(.stationNameUsed(name: clash.name, status: clash.status))
        }
        reasons += StationTypeRule.check(type: edited.type, partners: partners).reasons
        // The earliest record outside the new life, of each kind, is enough to say why.
        for kind in DatedRecord.allCases {
            if let first = dated.filter({ $0.record == kind && !life.contains($0.date) }).map(\.date).min() {
                reasons += life.check(first, for: kind).reasons
            }
        }
        return Decision(reasons)
    }
}

/// Re-crediting marked talents to another station (one command, one undo step): every talent's
/// date must fall within the new station's life; each one that does not is named with its date.
public enum RecreditRule {
    public static func check(_ talents: [Talent], to life: StationLife) -> Decision {
        Decision(talents.filter { !life.contains($0.introducedOn) }.map {
            .talentOutsideStationLife(name: $0.name, date: $0.introducedOn, station: life.station, start: life.start,
                                      end: life.end, endKind: life.endKind)
        })
    }
}
