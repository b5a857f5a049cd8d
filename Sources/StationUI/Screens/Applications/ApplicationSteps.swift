import StationDomain

/// The steps of one application as `t` shows them: those the rules allow now, and the others each
/// with every reason — asked read-only of the same domain rules the store applies when a step is
/// taken (`ApplicationStep.judgeForMenu`), on the facts the store reads in one transaction.
/// Cost: one facts read and one decision per step (a handful).
public struct ApplicationSteps: Sendable {
    public struct Choice: Sendable {
        public var step: ApplicationStep
        public var decision: Decision
        /// The application is tied at the line: the step's form will ask for the reason.
        public var tied: Bool
    }

    public let state: ApplicationState
    public let choices: [Choice]
    public var allowed: [Choice] { choices.filter { $0.decision.isAllowed } }
    public var refused: [Choice] { choices.filter { !$0.decision.isAllowed } }

    /// The steps of `facts.application` on `date` for `user` holding `roles`. Without any policy
    /// loaded every step is refused the way the rules refuse a date with no policy in force.
    public init(facts: ApplicationFacts, on date: CivilDate, user: String, roles: Set<Role>, book: PolicyBook?, rules: DeskRules) {
        let a = facts.application
        state = a.state
        guard let book else {
            choices = ApplicationStep.steps(from: a.state).map {
                Choice(step: $0, decision: Decision([.noPolicyInForce(date: date, standing: "")]), tied: false)
            }
            return
        }
        // The counts are judged by the policy in force on the date; when there is none every step
        // is refused anyway (Art. 14), and the last known policy only fills in the counts.
        var context = TransitionContext(on: date, by: user, roles: roles)
        if let counting = book.inForce(on: date) ?? rules.policy(on: date) {
            context = facts.context(on: date, by: user, roles: roles, policy: counting)
        }
        let placement = context.placement
        choices = ApplicationStep.steps(from: a.state).map { step in
            Choice(step: step, decision: step.judgeForMenu(a, context: context, book: book),
                   tied: placement == .tiedAtCutOff && (step == .shortlist || step == .notSelect))
        }
    }
}

/// Reads the applications area shares: names of units and partners, the acting user's roles,
/// and the policy that judges today.
struct ApplicationNames {
    var units: [Int64: String] = [:]
    var partners: [Int64: Partner] = [:]
    var stations: [Int64: Station] = [:]

    init(_ ctx: Context) {
        for u in (try? ctx.store.units()) ?? [] { if let id = u.id { units[id] = u.name } }
        for p in (try? ctx.store.partners()) ?? [] { if let id = p.id { partners[id] = p } }
        for s in (try? ctx.store.stations()) ?? [] { if let id = s.id { stations[id] = s } }
    }

    func unit(_ id: Int64, _ c: Catalog) -> String { units[id] ?? c.unknownUnit }
    func partnerNames(_ ids: [Int64], _ c: Catalog) -> String { ids.map { partners[$0]?.name ?? "#\($0)" }.joined(separator: c.listSeparator) }


    /// The policy that judges a decision dated today, else (none in force) the last one known,
    /// whose forms and numbers still say how sheets add up.
    static func policy(_ ctx: Context) -> Policy? {
        ctx.rules.currentBook(ctx.store)?.inForce(on: ctx.today) ?? ctx.rules.policy(on: ctx.today)
    }

    static func inForceToday(_ ctx: Context) -> Bool { ctx.rules.currentBook(ctx.store)?.inForce(on: ctx.today) != nil }
}
