import StationDomain

/// Every table the journal may touch, by name (undo finds a change's table here; verify checks each).
///
/// A `TableSpec` builds nine SQL strings when first used, so building all 26 cost a command-line
/// `undo` 3.5 M instructions (callgrind, issue 15) to find the one table it touches. `spec(_:)`
/// therefore reaches the one spec by a `switch`, and `names` lists the tables without building
/// any; `TableSpecTests` checks that `names`, `all` and `spec(_:)` agree.
enum TableRegistry {
    static let all: [TableSpec] = names.map { lookup($0)! }

    /// The registered tables' names, in `all`'s order.
    static let names: [String] = [
        "app_user", "unit", "partner",
        "round", "application", "application_event", "notice", "objection",
        "quota_exception", "score_sheet", "reviewer_tie", "station",
        "staff_filing", "activity", "talent_demand", "talent", "evaluation", "subsidy",
        "payment", "spending_line", "clawback",
        "policy_version", "provisional_continuation", "station_period",
        "user_preference", "acting_session",
    ]

    /// Tables the journal never touches, by decision: `score_draft` holds what a reviewer typed and
    /// has not submitted — their unfinished input, read by them alone (the journal is read by
    /// clerks); submitting journals the whole sheet and removes the draft. `verify` does not check them.
    static let unjournalled: Set<String> = ["score_draft"]

    /// The spec of table `name`, or nil for a table the journal does not know. Builds that spec
    /// alone (once per process).
    static func lookup(_ name: String) -> TableSpec? {
        switch name {
        case "app_user": UserRow.tableSpec
        case "unit": Unit.tableSpec
        case "partner": Partner.tableSpec
        case "round": Round.tableSpec
        case "application": Application.tableSpec
        case "application_event": ApplicationEvent.tableSpec
        case "notice": Notice.tableSpec
        case "objection": Objection.tableSpec
        case "quota_exception": QuotaException.tableSpec
        case "score_sheet": ScoreSheet.tableSpec
        case "reviewer_tie": ReviewerTie.tableSpec
        case "station": Station.tableSpec
        case "staff_filing": StaffFiling.tableSpec
        case "activity": Activity.tableSpec
        case "talent_demand": TalentDemand.tableSpec
        case "talent": Talent.tableSpec
        case "evaluation": Evaluation.tableSpec
        case "subsidy": Subsidy.tableSpec
        case "payment": Payment.tableSpec
        case "spending_line": SpendingLine.tableSpec
        case "clawback": Clawback.tableSpec
        case "policy_version": StoredPolicyVersion.tableSpec
        case "provisional_continuation": StoredContinuation.tableSpec
        case "station_period": StationPeriod.tableSpec
        case "user_preference": PreferenceRow.tableSpec
        case "acting_session": ActingSessionRow.tableSpec
        default: nil
        }
    }

    static func spec(_ name: String) throws -> TableSpec {
        guard let spec = lookup(name) else {
            throw StoreError.damaged(path: "", detail: "日志引用了未知的表 (the journal names an unknown table \(name))")
        }
        return spec
    }
}
