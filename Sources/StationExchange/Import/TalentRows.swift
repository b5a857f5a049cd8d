import StationDomain

/// Row rules for `talents`: category A…G or none; employer linked to a unit of that name when one
/// exists; the employer's kind as written (empty: unclassified) — or, in a file without the
/// `employer_kind` column, the kind of the unit the employer names (else unclassified); a date
/// that exists; the station by name (empty: not credited to a station), within the station's
/// life as far as the store records it (not before the agreement, not after a recorded end:
/// `StationLife` without a policy); not a duplicate of a stored record or of another row.
struct TalentRows {
    let context: ImportContext
    private var seen: [TalentKey: Int] = [:]

    init(context: ImportContext, expectedRows: Int = 0) {
        self.context = context
        seen.reserveCapacity(expectedRows)
    }

    /// Both rules in one go (the sequential path, used by tests of single rows).
    mutating func check(_ row: inout RowCheck) -> Talent? {
        guard let talent = convert(&row) else { return nil }
        if let issue = admit(talent, file: row.file, line: row.line) {
            row.fail(issue.column, issue.words)
            return nil
        }
        return talent
    }

    /// The field rules of one row: the talent, or nil with the problems in `row`. Reads only
    /// `context`, so rows may be converted on several threads at once.
    func convert(_ row: inout RowCheck) -> Talent? {
        let name = row.text("name", required: true)
        let categoryText = row.text("category")
        var category: TalentCategory? = nil
        switch Vocabulary.category(categoryText) {
        case .success(let c): category = c
        case .failure:
            row.fail("category", "“\(categoryText)”不是人才类别，应为 A–G，或留空/“无”", "'\(categoryText)' is not a category: A–G, or empty/无 for none")
        }
        let employer = row.text("employer", required: true)
        let employerUnit = context.unit(named: employer)
        var employerKind: EmployerKind? = nil
        if row.map.has("employer_kind") {
            let kindText = row.text("employer_kind")
            switch Vocabulary.employerKind(kindText) {
            case .success(let k): employerKind = k
            case .failure:
                row.fail("employer_kind", "“\(kindText)”不是单位性质，应为 \(Vocabulary.codes(EmployerKind.allCases))，或留空表示未分类", "'\(kindText)' is not an employer kind: \(Vocabulary.codes(EmployerKind.allCases)), or empty for unclassified")
            }
        } else {
            employerKind = employerUnit.map { EmployerKind($0.kind) }
        }
        let introducedOn = row.date("introduced_on")
        let stationName = row.text("station")
        var station: Station? = nil
        if !stationName.isEmpty {
            station = context.station(named: stationName)
            if station == nil {
                row.fail("station", "未知的工作站“\(stationName)”", "unknown station '\(stationName)'")
            }
        }
        if let station, let introducedOn, introducedOn < station.agreementDate {
            row.fail("introduced_on", "早于工作站“\(station.name)”的协议签订日\(station.agreementDate)", "before the station's agreement date \(station.agreementDate)")
        } else if let station, let introducedOn, let reason = StationLife(station, period: nil).check(introducedOn, for: .talent).reasons.first {
            let words = reason.stationTexts
            row.fail("introduced_on", "\(words.zh)", "\(words.en)")
        }
        let note = row.text("note", multiline: true)
        guard row.issues.isEmpty, let introducedOn else { return nil }
        return Talent(name: name, category: category, employer: employer, employerUnitId: employerUnit?.id,
                      employerKind: employerKind, introducedOn: introducedOn, stationId: station?.id, note: note)
    }

    /// The duplicate rule, applied in file order: nil when `talent` is new (it is then remembered),
    /// else the issue naming the stored record or the earlier line.
    mutating func admit(_ talent: Talent, file: String, line: Int) -> ImportIssue? {
        let key = TalentKey(talent)
        if context.talentKeys.contains(key) {
            return ImportIssue(file: file, line: line, column: "name",
                               words: Words("与已有的人才记录重复（姓名、单位、引进日期、工作站均相同）",
                                            "duplicates a stored talent record: same name, employer, date and station"))
        }
        if let first = seen[key] {
            return ImportIssue(file: file, line: line, column: "name", words: Words("与第\(first)行重复", "duplicates line \(first)"))
        }
        seen[key] = line
        return nil
    }
}
