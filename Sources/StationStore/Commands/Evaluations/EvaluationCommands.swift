import GRDB
import StationDomain

/// What an evaluation or money command judges by: the policies — the share folder's files with
/// the versions and continuations stored at the moment of the command (`CommandContext.policyBook`),
/// or a book fixed by the caller — the working-day calendar the program loaded, and today in China
/// (no command may be dated after it).
public struct JudgingRules: Sendable {
    public var files: PolicyFiles?
    public var fixedBook: PolicyBook?
    public var calendar: WorkdayCalendar?
    public var today: CivilDate

    /// Judged by the files as they stand with the store inside each command's transaction.
    public init(files: PolicyFiles, calendar: WorkdayCalendar?, today: CivilDate) {
        self.files = files; self.calendar = calendar; self.today = today
    }

    /// Judged by `book` as given (tests, tools).
    public init(book: PolicyBook, calendar: WorkdayCalendar?, today: CivilDate) {
        fixedBook = book; self.calendar = calendar; self.today = today
    }

    /// The rules inside `tx`: read once per command.
    func judge(_ tx: CommandContext) throws -> Judge {
        if let files { return Judge(book: try tx.policyBook(files), today: today) }
        guard let fixedBook else { throw Refused([.noPolicyInForce(date: today, standing: "")]) }
        return Judge(book: fixedBook, today: today)
    }
}

/// `JudgingRules` with the book read inside a command's transaction.
struct Judge {
    let book: PolicyBook
    let today: CivilDate

    /// The policy a station's agreement was made under (it cuts its evaluation years).
    func stationPolicy(_ s: Station) -> Policy? { book.governing(agreementOn: s.agreementDate) }

    /// The policy whose numbers judge evaluation year `year`: in force on its last day, else the
    /// last known before it ends (the count still uses the latest definition of the categories).
    func countingPolicy(year: Int) -> Policy? {
        book.governing(year: year) ?? book.latestKnown(on: CivilDate(year: year, month: 12, day: 31)!)
    }

    /// The policy in force on a decision's date, or the refusal that says none is (Art. 14).
    func decisionPolicy(on date: CivilDate) throws -> Policy {
        guard let p = book.inForce(on: date) else {
            throw Refused([.noPolicyInForce(date: date, standing: book.standing(on: date).description)])
        }
        return p
    }

    /// The refusal when no policy governs a station's agreement date (so its evaluation years
    /// cannot be cut): it names the date and where the policies stand on it.
    func noPolicy(forAgreementOf s: Station) -> Refused {
        Refused([.noPolicyInForce(date: s.agreementDate, standing: book.standing(on: s.agreementDate).description)])
    }

    /// Refuses a date after today.
    func notFuture(_ date: CivilDate) -> Decision { date > today ? Decision([.dateInFuture(date)]) : .allowed }
}

extension CommandContext {
    /// The stored row `id` of `type`, or `StoreError.notFound`.
    func existing<R: StoredRecord>(_ type: R.Type, _ id: Int64) throws -> R {
        guard let r = try record(type, id: id) else { throw StoreError.notFound(table: R.tableSpec.name, id: id) }
        return r
    }

    /// The station's management periods (a renewal continues the station).
    func periods(of stationId: Int64) throws -> [StationPeriod] {
        try records(StationPeriod.self, where: "station_id = ?", [stationId])
    }
}

/// 开启年度评估 (clerk): for evaluation year `year` every station with an evaluation year ending in
/// it (`EvaluationYears`) that has no evaluation yet gets one, with its computed count and its
/// staffing flag (`EvaluationRule.open`). Refused when there is none to open. Outcome: the records made.
public struct OpenEvaluationYear: StoreCommand {
    public static let permission = Permission.evaluations
    public var year: Int
    public var rules: JudgingRules

    public init(year: Int, rules: JudgingRules) { self.year = year; self.rules = rules }
    public var name: String { "evaluation-open-year" }

    public func perform(_ tx: CommandContext) throws -> [Evaluation] {
        tx.subject = String(year)
        let rules = try self.rules.judge(tx)
        guard let counting = rules.countingPolicy(year: year) else {
            throw Refused([.noPolicyInForce(date: CivilDate(year: year, month: 12, day: 31)!,
                                            standing: rules.book.standing(on: rules.today).description)])
        }
        let stations = try tx.records(Station.self)
        let talents = try tx.records(Talent.self, where: "station_id IS NOT NULL", [])
        let opened = EvaluationRule.open(year: year, stations: stations,
                                         existing: try tx.records(Evaluation.self, where: "year = ?", [year]),
                                         talents: talents, periods: try tx.records(StationPeriod.self),
                                         stationPolicy: rules.stationPolicy, countingPolicy: counting)
        guard !opened.isEmpty else { throw Refused([.noEvaluationDue(year: year)]) }
        return try opened.map { try tx.insert($0) }
    }
}

/// 更正人数 (clerk): a correction of the count with its reason, kept beside the computed count;
/// `count == nil` removes the correction. Refused once the year is decided.
public struct CorrectEvaluationCount: StoreCommand {
    public static let permission = Permission.evaluations
    public var original: Evaluation
    public var count: Int?
    public var reason: String

    public init(_ original: Evaluation, count: Int?, reason: String) {
        self.original = original; self.count = count; self.reason = reason
    }
    public var name: String { "evaluation-correct-count" }

    public func perform(_ tx: CommandContext) throws -> Evaluation {
        let station = try tx.existing(Station.self, original.stationId)
        tx.subject = "\(station.name) \(original.year)"
        let corrected = try EvaluationRule.correct(original, to: count, reason: reason).get()
        return try tx.update(corrected, replacing: original)
    }
}

/// 评定等级 (approver): the Bureau's decision of an evaluation year — the flags confirmed (the three
/// named grounds and any other in words), who evaluated, the date and reference. The count is
/// taken afresh from the talents inside the transaction; the grade is `Grading`'s under the
/// policy in force on the date; a graded year inside the period gets its subsidy line with the
/// cap (amount 待核定). Refused with every reason of `EvaluationRule.checkDecision`, a date after
/// today, or no policy in force on it. Outcome: the evaluation and the subsidy line, if any.
public struct DecideEvaluation: StoreCommand {
    public static let permission = Permission.grades
    public var original: Evaluation
    public var flags: EvaluationFlags
    public var evaluator: Evaluator
    public var date: CivilDate
    public var reference: String
    public var rules: JudgingRules

    public init(_ original: Evaluation, flags: EvaluationFlags, evaluator: Evaluator, date: CivilDate, reference: String,
                rules: JudgingRules) {
        self.original = original; self.flags = flags; self.evaluator = evaluator; self.date = date
        self.reference = reference; self.rules = rules
    }
    public var name: String { "evaluation-decide" }

    public func perform(_ tx: CommandContext) throws -> (evaluation: Evaluation, subsidy: Subsidy?) {
        let station = try tx.existing(Station.self, original.stationId)
        tx.subject = "\(station.name) \(original.year)"
        let rules = try self.rules.judge(tx)
        try tx.require(rules.notFuture(date))
        let decisionPolicy = try rules.decisionPolicy(on: date)
        guard let own = rules.stationPolicy(station) else { throw rules.noPolicy(forAgreementOf: station) }
        let periods = try tx.periods(of: original.stationId)
        let talents = try tx.records(Talent.self, where: "station_id = ?", [original.stationId])
        let tally = EvaluationYears.of(station, policy: own, periods: periods).first { $0.year == original.year }
            .map { TalentTally.of(talents, station: station, year: $0, stationPolicy: own, countingPolicy: decisionPolicy, periods: periods) }
            ?? TalentTally()
        let decided = try EvaluationRule.decide(original, station: station, stationPolicy: own, decisionPolicy: decisionPolicy,
                                                tally: tally, flags: flags, evaluator: evaluator, on: date,
                                                reference: reference, periods: periods)
        let saved = try tx.update(decided, replacing: original)
        var subsidy: Subsidy?
        if case .success(let line) = SubsidyRule.line(for: saved, station: station, stationPolicy: own,
                                                      decisionPolicy: decisionPolicy, periods: periods),
           try tx.records(Subsidy.self, where: "station_id = ? AND year = ?", [original.stationId, original.year]).isEmpty {
            subsidy = try tx.insert(line)
        }
        return (saved, subsidy)
    }
}

/// 撤销设站资格 (approver): records the Bureau's decision to revoke a station after two consecutive
/// unqualified evaluation years (Art. 10.4) — date and reference; the station becomes revoked,
/// ends that day, and takes no new records. Refused with every reason of
/// `RevocationRule.checkRevocation`, a date after today, or no policy in force on it. The letter
/// to the co-builders and the public announcement are texts made from the stored records
/// (`RevocationNotice`). Outcome: the revoked station.
public struct RevokeStation: StoreCommand {
    public static let permission = Permission.revocations
    public var original: Station
    public var date: CivilDate
    public var reference: String
    public var rules: JudgingRules

    public init(_ original: Station, date: CivilDate, reference: String, rules: JudgingRules) {
        self.original = original; self.date = date; self.reference = reference; self.rules = rules
    }
    public var name: String { "station-revoke" }

    public func perform(_ tx: CommandContext) throws -> Station {
        tx.subject = original.name
        guard let id = original.id else { throw StoreError.notFound(table: Station.tableSpec.name, id: -1) }
        let rules = try self.rules.judge(tx)
        try tx.require(rules.notFuture(date))
        _ = try rules.decisionPolicy(on: date)
        guard let own = rules.stationPolicy(original) else { throw rules.noPolicy(forAgreementOf: original) }
        let evaluations = try tx.records(Evaluation.self, where: "station_id = ?", [id])
        try tx.require(RevocationRule.checkRevocation(original, evaluations: evaluations, policy: own, on: date,
                                                      reference: reference,
                                                      periods: try tx.periods(of: id)))
        return try tx.update(RevocationRule.revoke(original, on: date, reference: reference),
                             replacing: original)
    }
}
