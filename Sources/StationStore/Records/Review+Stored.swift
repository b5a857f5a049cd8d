import GRDB
import StationDomain

private typealias C = ColumnCoding

extension ScoreSheet: StoredRecord {
    public static let tableSpec = TableSpec(name: "score_sheet", columns: [
        "subject", "subject_id", "reviewer", "form_id", "form_version", "scores", "comment", "submitted_on",
        "notes", "deadline", "reopen_reason", "withdrawn_on", "withdrawn_reason"],
        addedLater: ["notes", "deadline", "reopen_reason", "withdrawn_on", "withdrawn_reason"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(subject), C.value(subjectId), C.value(reviewer), C.value(formId), C.value(formVersion),
         try C.json(scores), C.value(comment), C.value(submittedOn),
         notes.isEmpty ? .null : try C.json(notes), C.value(deadline),
         reopenReason.isEmpty ? .null : C.value(reopenReason), C.value(withdrawnOn),
         withdrawnReason.isEmpty ? .null : C.value(withdrawnReason)]
    }

    public init(row: Row) throws {
        let notes: [String: String] = (row["notes"] as String?) == nil ? [:] : try C.fromJSON([String: String].self, row, "notes")
        self.init(id: row["id"], subject: try C.enumValue(ScoreSubject.self, row, "subject"),
                  subjectId: try C.int(row, "subject_id"), reviewer: try C.string(row, "reviewer"),
                  formId: try C.string(row, "form_id"), formVersion: Int(try C.int(row, "form_version")),
                  scores: try C.fromJSON([String: Score].self, row, "scores"), notes: notes,
                  comment: try C.string(row, "comment"), submittedOn: try C.optionalDate(row, "submitted_on"),
                  deadline: try C.optionalDate(row, "deadline"), reopenReason: row["reopen_reason"] ?? "",
                  withdrawnOn: try C.optionalDate(row, "withdrawn_on"), withdrawnReason: row["withdrawn_reason"] ?? "")
    }
}

extension ReviewerTie: StoredRecord {
    public static let tableSpec = TableSpec(name: "reviewer_tie", columns: ["reviewer", "unit_id", "partner_id", "note"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        [C.value(reviewer), C.value(unitId), C.value(partnerId), C.value(note)]
    }

    public init(row: Row) throws {
        self.init(id: row["id"], reviewer: try C.string(row, "reviewer"), unitId: row["unit_id"],
                  partnerId: row["partner_id"], note: try C.string(row, "note"))
    }
}

extension Evaluation: StoredRecord {
    public static let tableSpec = TableSpec(name: "evaluation", columns: [
        "station_id", "year", "computed_count", "corrected_count", "correction_reason", "far_below_standard",
        "did_not_cooperate", "in_name_only", "grade", "decided_on", "decision_reference", "evaluator", "other_ground"],
        addedLater: ["evaluator", "other_ground"])
    public var storedId: Int64? { get { id } set { id = newValue } }

    public func databaseValues() throws -> [DatabaseValue] {
        let thirdParty: String?
        switch evaluator {
        case .bureau: thirdParty = nil
        case .thirdParty(let name): thirdParty = name
        }
        return [C.value(stationId), C.value(year), C.value(computedCount), C.value(correctedCount), C.value(correctionReason),
                C.value(flags.farBelowStandard), C.value(flags.didNotCooperate), C.value(flags.inNameOnly),
                C.value(grade), C.value(decidedOn), C.value(decisionReference),
                thirdParty?.databaseValue ?? .null, flags.hasOtherGround ? flags.otherGround.databaseValue : .null]
    }

    public init(row: Row) throws {
        let corrected: Int64? = row["corrected_count"]
        let thirdParty: String? = row["evaluator"]
        let otherGround: String? = row["other_ground"]
        self.init(id: row["id"], stationId: try C.int(row, "station_id"), year: Int(try C.int(row, "year")),
                  computedCount: Int(try C.int(row, "computed_count")), correctedCount: corrected.map { Int($0) },
                  correctionReason: try C.string(row, "correction_reason"),
                  flags: EvaluationFlags(farBelowStandard: try C.int(row, "far_below_standard") != 0,
                                         didNotCooperate: try C.int(row, "did_not_cooperate") != 0,
                                         inNameOnly: try C.int(row, "in_name_only") != 0, otherGround: otherGround ?? ""),
                  grade: try C.optionalEnum(Grade.self, row, "grade"), decidedOn: try C.optionalDate(row, "decided_on"),
                  decisionReference: try C.string(row, "decision_reference"),
                  evaluator: thirdParty.map { .thirdParty($0) } ?? .bureau)
    }
}
