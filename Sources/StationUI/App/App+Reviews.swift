import StationDomain

extension App {
    /// Runs a reviewers' or settings command through the store's `ReviewDesk` (one transaction,
    /// roles checked inside it), applying saved preferences at once.
    func performReview(_ command: ReviewCommand) -> Result<StoreOutcome, Error> {
        guard let desk = ctx.store as? ReviewDesk else { return .failure(ReviewDeskMissing()) }
        do {
            let outcome = try desk.perform(command, by: ctx.user, on: ctx.today)
            if case .preferences(let p) = outcome { apply(p) }
            return .success(.review(outcome, journalled: command.journalled))
        } catch {
            return .failure(error)
        }
    }

    /// Applies a user's stored preferences: the language and the ambiguous width at once, the
    /// theme through the terminal driver (`takeThemeRequest`).
    public func apply(_ preferences: UserPreferences) {
        if let l = preferences.language.flatMap(Language.init(rawValue:)) { ctx.catalog = Catalog(l) }
        if let w = preferences.ambiguousWide { ctx.ambiguousWide = w }
        if let t = preferences.theme { themeRequest = t }
    }

    /// The theme the user chose since the last call, for the terminal driver to switch to.
    public func takeThemeRequest() -> String? {
        defer { themeRequest = nil }
        return themeRequest
    }
}
