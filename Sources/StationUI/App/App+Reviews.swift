import StationDomain
import StationStore

extension App {
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

extension Screen {
    /// Asks the app to do store work that is not a workflow command — a user's own preferences,
    /// verify, backup — as the working user; `then` receives the outcome on this screen, as
    /// `run(_:then:)` does for commands. The work checks identity itself, inside its transaction.
    func runWork<T>(changes: Bool, _ work: @escaping (AppDatabase, String) throws -> T,
                    applying: ((App, T) -> Void)? = nil,
                    then done: @escaping (inout Self, Result<T, Error>, Context) -> [Effect]) -> Effect {
        .run(Job(asker: Self.self) { app in
            let result = Result { try work(app.ctx.store, app.ctx.user) }
            if case .success(let value) = result { applying?(app, value) }
            return Job.Done(changed: changes && (try? result.get()) != nil) { screen, ctx in
                guard var me = screen as? Self else { return [] }
                let effects = done(&me, result, ctx)
                screen = me
                return effects
            }
        })
    }
}

