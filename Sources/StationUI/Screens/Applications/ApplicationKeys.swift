import StationDomain

/// The keys the applications list and an application's record share, each offered only when
/// the user's roles grant it (the store refuses anyway): `a` intake, `e` edit the intake,
/// `v` site visit, `r` assign reviewers, `h` the steps taken, `X` a quota exception.
enum ApplicationKeys {
    static func handle(_ key: Key, application a: Application?, round: Round?, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        func need(_ p: Permission, _ screen: @autoclosure () -> any Screen) -> [Effect] {
            ctx.may(p) ? [.push(screen())] : [.error(c.notPermitted(p))]
        }
        switch key {
        case .char("a"):
            guard let round else { return [.error(c.noRound)] }
            return need(.applications, IntakeFormScreen(round: round, ctx))
        case .char("h"):
            guard let a else { return [.error(round == nil ? c.noRound : c.nothingSelected)] }
            return [.push(ApplicationHistoryScreen(a, ctx))]
        default: break
        }
        guard let a else { return [.error(round == nil ? c.noRound : c.nothingSelected)] }
        switch key {
        case .char("e"):
            guard let r = round ?? (try? ctx.store.fetch(Round.self, id: a.roundId)) ?? nil else { return [] }
            return need(.applications, IntakeFormScreen(round: r, editing: a, ctx))
        case .char("v"): return need(.applications, ApplicationFormScreen(.siteVisit(a), ctx))
        case .char("r"): return need(.assignments, AssignReviewersScreen(a, ctx))
        case .char("X"): return need(.decisions, ApplicationFormScreen(.quotaException(a), ctx))
        default: return []
        }
    }
}
