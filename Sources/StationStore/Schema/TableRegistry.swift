import StationDomain

/// Every table the journal may touch, by name (undo finds a change's table here; verify checks each).
enum TableRegistry {
    static let all: [TableSpec] = [
        UserRow.tableSpec, Unit.tableSpec, Partner.tableSpec,
        Round.tableSpec, Application.tableSpec, ApplicationEvent.tableSpec, Notice.tableSpec, Objection.tableSpec,
        QuotaException.tableSpec, ScoreSheet.tableSpec, ReviewerTie.tableSpec, Station.tableSpec,
        StaffFiling.tableSpec, Activity.tableSpec, TalentDemand.tableSpec, Talent.tableSpec, Evaluation.tableSpec, Subsidy.tableSpec,
        Payment.tableSpec, SpendingLine.tableSpec, Clawback.tableSpec,
        StoredPolicyVersion.tableSpec, StoredContinuation.tableSpec, StationPeriod.tableSpec,
        PreferenceRow.tableSpec, ActingSessionRow.tableSpec,
    ]

    /// Tables the journal never touches, by decision: `score_draft` holds what a reviewer typed and
    /// has not submitted — their unfinished input, read by them alone (the journal is read by
    /// clerks); submitting journals the whole sheet and removes the draft. `verify` does not check them.
    static let unjournalled: Set<String> = ["score_draft"]

    private static let byName: [String: TableSpec] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static func spec(_ name: String) throws -> TableSpec {
        guard let spec = byName[name] else {
            throw StoreError.damaged(path: "", detail: "日志引用了未知的表 (the journal names an unknown table \(name))")
        }
        return spec
    }
}
