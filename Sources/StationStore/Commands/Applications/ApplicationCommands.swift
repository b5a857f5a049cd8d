import GRDB
import StationDomain

extension CommandContext {
    /// The facts of application `id`, read under the write lock.
    func applicationFacts(_ id: Int64) throws -> ApplicationFacts {
        guard let f = try ApplicationFacts.load(db, applicationId: id) else { throw StoreError.notFound(table: "application", id: id) }
        return f
    }
}

/// 开启年度评选: the Bureau opens the year's round with its places (Art. 5.5: one a year in
/// principle; a second needs a written reason). A decision: refused when no policy is in force on
/// the day it is dated. Outcome: the round as stored.
public struct OpenRound: StoreCommand {
    public static let permission = Permission.decisions
    public var round: Round
    public var reasonForSecond: String
    public var today: CivilDate
    public var files: PolicyFiles

    public init(_ round: Round, reasonForSecond: String = "", today: CivilDate, files: PolicyFiles) {
        self.round = round; self.reasonForSecond = reasonForSecond; self.today = today; self.files = files
    }

    public var name: String { "round-open" }

    public func perform(_ tx: CommandContext) throws -> Round {
        tx.subject = "\(round.year)"
        var reasons: [Refusal] = []
        if round.openedOn > today { reasons.append(.dateInFuture(round.openedOn)) }
        let book = try tx.policyBook(files)
        if book.inForce(on: round.openedOn) == nil {
            reasons.append(.noPolicyInForce(date: round.openedOn, standing: book.standing(on: round.openedOn).description))
        }
        reasons += RoundRule.check(round, existing: try tx.records(Round.self), reasonForSecond: reasonForSecond).reasons
        try tx.require(Decision(reasons))
        var r = round
        if !reasonForSecond.isEmpty && r.note.isEmpty { r.note = reasonForSecond }
        return try tx.insert(r)
    }
}

/// 受理登记: a clerk takes in an application (`original == nil`, a draft in the round) or corrects
/// its intake while it is a draft or just submitted. Refused, with every reason: no unit or
/// partner, partners that do not make one station type or sit in Liuzhou (Art. 2, 7), no name, a
/// material dated after today, a renewed station of another unit; an edit of a record someone
/// changed since is a conflict. The unit's own station is not refused here (it is flagged on the
/// form); submission is where Art. 5.4 refuses it. Outcome: the application as stored.
public struct SaveApplication: StoreCommand {
    public static let permission = Permission.applications
    public var application: Application
    public var original: Application?
    public var today: CivilDate

    public init(_ application: Application, replacing original: Application?, today: CivilDate) {
        self.application = application; self.original = original; self.today = today
    }

    public var name: String { original == nil ? "application-add" : "application-edit" }

    public func perform(_ tx: CommandContext) throws -> Application {
        var a = application
        tx.subject = a.proposedName
        var reasons: [Refusal] = []
        if a.proposedName.allSatisfy(\.isWhitespace) { reasons.append(.fieldRequired(field: "proposed_name")) }
        guard try tx.record(Round.self, id: a.roundId) != nil else { throw StoreError.notFound(table: "round", id: a.roundId) }
        if try tx.record(Unit.self, id: a.unitId) == nil { reasons.append(.fieldRequired(field: "unit_id")) }
        let partners = try a.partnerIds.map { id -> Partner in
            guard let p = try tx.record(Partner.self, id: id) else { throw StoreError.notFound(table: "partner", id: id) }
            return p
        }
        reasons += StationTypeRule.check(type: a.type, partners: partners).reasons
        for m in a.materials { if let d = m.receivedOn, d > today { reasons.append(.dateInFuture(d)) } }
        if let sid = a.renewsStationId {
            guard let s = try tx.record(Station.self, id: sid) else { throw StoreError.notFound(table: "station", id: sid) }
            if s.unitId != a.unitId { reasons.append(.renewalOfAnotherUnit(station: s.name)) }
            if s.status != .active { reasons.append(.stationNotActive(s.status)) }
        }
        if let original {
            if ![.draft, .submitted].contains(original.state) { reasons.append(.intakeClosed(original.state)) }
            // The state moves only by steps.
            a.state = original.state
            a.createdOn = original.createdOn
        } else {
            a.state = .draft
            a.createdOn = today
        }
        try tx.require(Decision(reasons))
        if original == nil { return try tx.insert(a) }
        return try tx.update(a, replacing: original)
    }
}

/// One procedure step of one application (`ApplicationStep`), taken on `date` (not after today):
/// inside the transaction the store reads the facts and the policy in force on that date, builds
/// the step's own records (the notice it publishes, the objection it records or resolves, the
/// station the agreement sets up or renews), asks `ApplicationProcedure`, and writes the move, its
/// event (who, when, reference, reason) and those records — or refuses with every reason. Two
/// processes approving the last place cannot both succeed: the count is read under the lock.
public struct StepInput: Sendable {
    public var applicationId: Int64
    public var step: ApplicationStep
    /// The state the screen saw: a step on an application that moved since is refused.
    public var expected: ApplicationState
    public var date: CivilDate
    public var reference: String
    public var reason: String
    /// Lodging an objection: who lodged it.
    public var objector: String
    public var plaqueOn: CivilDate?
    public var letterOn: CivilDate?
    public var today: CivilDate
    public var files: PolicyFiles
    /// The working-day calendar, for the notice a step publishes.
    public var calendar: WorkdayCalendar?

    public init(applicationId: Int64, step: ApplicationStep, expected: ApplicationState, date: CivilDate, reference: String = "",
                reason: String = "", objector: String = "", plaqueOn: CivilDate? = nil, letterOn: CivilDate? = nil,
                today: CivilDate, files: PolicyFiles, calendar: WorkdayCalendar? = nil) {
        self.applicationId = applicationId; self.step = step; self.expected = expected; self.date = date
        self.reference = reference; self.reason = reason; self.objector = objector; self.plaqueOn = plaqueOn
        self.letterOn = letterOn; self.today = today; self.files = files; self.calendar = calendar
    }

    /// Whether the step records a decision of the Bureau or the leading group (approver).
    public var isDecision: Bool { step.permission == .decisions }
}

/// A clerk's step (受理, 评审, 公示, 异议登记, 签约, 撤回).
public struct TakeStep: StoreCommand {
    public static let permission = Permission.applications
    public var input: StepInput
    public init(_ input: StepInput) { self.input = input }
    public var name: String { "application-" + input.step.rawValue.replacingOccurrences(of: "_", with: "-") }
    public func perform(_ tx: CommandContext) throws -> Application { try StepWriter.perform(input, tx) }
}

/// An approver's step: the Bureau's and the leading group's decisions, rejection, an objection resolved.
public struct DecideStep: StoreCommand {
    public static let permission = Permission.decisions
    public var input: StepInput
    public init(_ input: StepInput) { self.input = input }
    public var name: String { "application-" + input.step.rawValue.replacingOccurrences(of: "_", with: "-") }
    public func perform(_ tx: CommandContext) throws -> Application { try StepWriter.perform(input, tx) }
}

enum StepWriter {
    static func perform(_ i: StepInput, _ tx: CommandContext) throws -> Application {
        let facts = try tx.applicationFacts(i.applicationId)
        let a = facts.application
        tx.subject = a.proposedName
        if a.state != i.expected { throw Refused([.applicationMoved(from: i.expected, to: a.state)]) }
        if i.date > i.today { throw Refused([.dateInFuture(i.date)]) }
        let book = try tx.policyBook(i.files)
        guard let policy = book.inForce(on: i.date) else {
            // Withdrawal stays possible (judged by the last policy), every other step is refused.
            let c = TransitionContext(on: i.date, by: tx.user, roles: tx.roles, reason: i.reason)
            try tx.require(ApplicationProcedure.decide(a, to: i.step.target, context: c, book: book))
            return try move(a, facts.application, to: i.step.target, i, tx)
        }
        var c = facts.context(on: i.date, by: tx.user, roles: tx.roles, reference: i.reference, reason: i.reason, policy: policy)
        var notice: Notice?
        var objection: Objection?
        switch i.step {
        case .publishNotice, .dismissObjection:
            guard let calendar = i.calendar else { throw Refused([.calendarUnknown(year: i.date.year)]) }
            let period: NoticePeriod
            do { period = try NoticePeriod(publishedOn: i.date, calendar: calendar, policy: policy) } catch {
                throw Refused([.calendarUnknown(year: i.date.year)])
            }
            // A first notice covers every application of the round the leading group approved; a
            // fresh one after a dismissed objection covers this application alone.
            let covered = i.step == .publishNotice
                ? facts.applications.filter { $0.roundId == a.roundId && $0.state == .groupApproved }.compactMap(\.id)
                : [i.applicationId]
            notice = period.notice(roundId: a.roundId, applicationIds: covered)
            c.notice = notice
            if i.step == .dismissObjection, var o = c.objection, o.resolution == nil {
                o.resolution = .renotice; o.resolvedOn = i.date
                objection = o; c.objection = o
            }
        case .lodgeObjection:
            let text = i.objector.isEmpty ? i.reason : "\(i.objector)：\(i.reason)"
            if i.reason.allSatisfy(\.isWhitespace) { throw Refused([.fieldRequired(field: "objection")]) }
            objection = Objection(applicationId: i.applicationId, lodgedOn: i.date, text: text)
            c.objection = objection
        case .upholdObjection:
            if var o = c.objection, o.resolution == nil {
                o.resolution = .rejected; o.resolvedOn = i.date
                objection = o; c.objection = o
            }
        default:
            break
        }
        try tx.require(ApplicationProcedure.decide(a, to: i.step.target, context: c, policy: policy))
        if let o = objection { if o.id == nil { try tx.insert(o) } else { try tx.update(o) } }
        var moved = a
        if let n = notice {
            let stored = try tx.insert(n)
            _ = stored
            // Every other application the first notice covers moves with it, each judged alone.
            for other in facts.applications where other.id != a.id && n.applicationIds.contains(other.id ?? -1) {
                var oc = c
                oc.notice = n
                try tx.require(ApplicationProcedure.decide(other, to: .inNotice, context: oc, policy: policy))
                _ = try move(other, other, to: .inNotice, i, tx)
            }
        }
        if i.step == .signAgreement {
            switch try StepRecords.agreement(a, on: i.date, plaqueOn: i.plaqueOn, letterOn: i.letterOn, stations: facts.stations,
                                             periods: facts.periods, policy: policy) {
            case .newStation(let s, var period):
                let station = try tx.insert(s)
                period.stationId = station.id ?? 0
                try tx.insert(period)
            case .renewal(let s, let rows):
                try tx.update(s, replacing: facts.stations.first { $0.id == s.id })
                for row in rows { try tx.insert(row) }
            }
        }
        moved = try move(a, a, to: i.step.target, i, tx)
        return moved
    }

    /// The application moved to `target`, with its event.
    static func move(_ a: Application, _ original: Application, to target: ApplicationState, _ i: StepInput,
                     _ tx: CommandContext) throws -> Application {
        var moved = a
        moved.state = target
        try tx.update(moved, replacing: original)
        try tx.insert(ApplicationEvent(applicationId: a.id ?? 0, from: a.state, to: target, by: tx.user, on: i.date,
                                       reference: i.reference, reason: i.reason))
        return moved
    }
}

/// 确认初步名单: one command (one undo step) moves every application of the round still in review
/// to `shortlisted` or `not_selected` by the ranking read under the lock (`RoundStanding`): within
/// the line in, below it out; those tied at the line in when `chosen`, out otherwise, both with
/// the reason. Each move is judged by `ApplicationProcedure`. Outcome: how many went in.
public struct ConfirmShortlist: StoreCommand {
    public static let permission = Permission.applications
    public var roundId: Int64
    public var chosen: Set<Int64>
    public var reason: String
    public var date: CivilDate
    public var today: CivilDate
    public var files: PolicyFiles

    public init(roundId: Int64, chosen: Set<Int64> = [], reason: String = "", date: CivilDate, today: CivilDate, files: PolicyFiles) {
        self.roundId = roundId; self.chosen = chosen; self.reason = reason; self.date = date; self.today = today; self.files = files
    }

    public var name: String { "shortlist-confirm" }

    public func perform(_ tx: CommandContext) throws -> Int {
        guard let round = try tx.record(Round.self, id: roundId) else { throw StoreError.notFound(table: "round", id: roundId) }
        tx.subject = "\(round.year)"
        if date > today { throw Refused([.dateInFuture(date)]) }
        let book = try tx.policyBook(files)
        guard let policy = book.inForce(on: date) else {
            throw Refused([.noPolicyInForce(date: date, standing: book.standing(on: date).description)])
        }
        let common = try ApplicationFacts.common(tx.db)
        let standing = RoundStanding(round: round, rounds: common.rounds, applications: common.applications, stations: common.stations,
                                     periods: common.periods, sheets: try ApplicationFacts.sheets(tx.db, round: roundId), policy: policy)
        let moves = try StepRecords.shortlistMoves(standing, chosen: chosen, reason: reason)
        var reasons: [Refusal] = []
        for m in moves {
            let facts = try tx.applicationFacts(m.application.id ?? 0)
            let c = facts.context(on: date, by: tx.user, roles: tx.roles, reason: m.reason, policy: policy)
            reasons += ApplicationProcedure.decide(m.application, to: m.target, context: c, policy: policy).reasons
        }
        try tx.require(Decision(reasons))
        let input = StepInput(applicationId: 0, step: .shortlist, expected: .inReview, date: date, reason: reason, today: today,
                              files: files)
        for m in moves {
            var i = input
            i.reason = m.reason
            _ = try StepWriter.move(m.application, m.application, to: m.target, i, tx)
        }
        return moves.filter { $0.target == .shortlisted }.count
    }
}

/// 分派评审专家: assigns reviewers to an application from its submission until the shortlist, one
/// score sheet each on the application form of the policy in force, due by `deadline` (the
/// reviewers fill them). Each reviewer is judged by the reviewers' own `AssignSheet` in this same
/// transaction — the reviewer role, no sheet already, no tie to the unit or a partner (named) —
/// and every reviewer's reasons are given at once; any refusal assigns nobody.
public struct AssignReviewers: StoreCommand {
    public static let permission = Permission.assignments
    public var applicationId: Int64
    public var reviewers: [String]
    public var deadline: CivilDate?
    public var date: CivilDate
    public var files: PolicyFiles

    public init(applicationId: Int64, reviewers: [String], deadline: CivilDate? = nil, date: CivilDate, files: PolicyFiles) {
        self.applicationId = applicationId; self.reviewers = reviewers; self.deadline = deadline; self.date = date; self.files = files
    }

    public var name: String { "reviewers-assign" }

    public func perform(_ tx: CommandContext) throws -> [ScoreSheet] {
        let facts = try tx.applicationFacts(applicationId)
        let a = facts.application
        try tx.require(StepRecords.assignmentOpen(a, reviewers: reviewers))
        let book = try tx.policyBook(files)
        guard let policy = book.inForce(on: date) ?? book.policies.last else { throw Refused([.noPolicyInForce(date: date, standing: "")]) }
        guard let form = policy.form(for: .application, type: a.type) else {
            throw Refused([.formUnknown(id: "application/\(a.type.rawValue)", version: 0)])
        }
        var sheets: [ScoreSheet] = []
        var reasons: [Refusal] = []
        for login in reviewers {
            do { sheets.append(try AssignSheet(.application, applicationId, to: login, form: form, deadline: deadline).perform(tx)) }
            catch let refused as Refused { reasons += refused.reasons }
        }
        try tx.require(Decision(reasons))
        tx.subject = a.proposedName
        return sheets
    }
}

/// 实地考察: the site visit of an application in review (date, who went, findings).
public struct RecordSiteVisit: StoreCommand {
    public static let permission = Permission.applications
    public var application: Application
    public var visit: SiteVisit
    public var today: CivilDate

    public init(_ application: Application, visit: SiteVisit, today: CivilDate) {
        self.application = application; self.visit = visit; self.today = today
    }

    public var name: String { "site-visit" }

    public func perform(_ tx: CommandContext) throws -> Application {
        tx.subject = application.proposedName
        guard let stored = try tx.record(Application.self, id: application.id ?? -1) else {
            throw StoreError.notFound(table: "application", id: application.id ?? -1)
        }
        let visited = try StepRecords.siteVisit(stored, visit, today: today)
        return try tx.update(visited, replacing: application)
    }
}

/// 名额例外: an approver's recorded exception to a limit of Art. 5.4 for one application — a
/// second station for its unit, or beyond the plan period's cap (人才特别集聚) — with the reason.
public struct RecordQuotaException: StoreCommand {
    public static let permission = Permission.decisions
    public var exception: QuotaException
    public var today: CivilDate

    public init(_ exception: QuotaException, today: CivilDate) { self.exception = exception; self.today = today }

    public var name: String { "quota-exception" }

    public func perform(_ tx: CommandContext) throws -> QuotaException {
        guard let a = try tx.record(Application.self, id: exception.applicationId) else {
            throw StoreError.notFound(table: "application", id: exception.applicationId)
        }
        tx.subject = a.proposedName
        var reasons: [Refusal] = []
        if exception.reason.allSatisfy(\.isWhitespace) { reasons.append(.fieldRequired(field: "reason")) }
        if exception.on > today { reasons.append(.dateInFuture(exception.on)) }
        if ApplicationProcedure.finalStates.contains(a.state) { reasons.append(.applicationClosed(a.state)) }
        try tx.require(Decision(reasons))
        var e = exception
        e.by = tx.user
        return try tx.insert(e)
    }
}
