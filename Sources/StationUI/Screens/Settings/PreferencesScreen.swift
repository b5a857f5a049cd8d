import StationDomain
import StationStore

/// 我的偏好: language, theme and ambiguous width, kept per user in the store (so they follow the
/// user to any terminal); the command line's --lang, --theme, --ambiguous-wide still win for one
/// run. Saved with F2 or Enter on the last line; applied at once.
public struct PreferencesScreen: Screen {
    public private(set) var form: Form
    static let languages = ["zh", "en"]
    static let themes = ["default", "light", "mono"]

    public init(_ ctx: Context) {
        let c = ctx.catalog
        let p = (try? ctx.store.preferences(ctx.user)) ?? UserPreferences(login: ctx.user)
        let lang = PreferencesScreen.languages.firstIndex(of: p.language ?? c.language.rawValue) ?? 0
        let theme = PreferencesScreen.themes.firstIndex(of: p.theme ?? "default") ?? 0
        form = Form(fields: [
            FormField(id: "language", label: c.prefLanguage, options: [c.languageName(.zh), c.languageName(.en)], chosen: lang),
            FormField(id: "theme", label: c.prefTheme, options: PreferencesScreen.themes.map(c.themeName), chosen: theme),
            FormField(id: "ambiguousWide", label: c.prefAmbiguous, options: [c.ambiguousNarrow, c.ambiguousWideOption],
                      chosen: (p.ambiguousWide ?? ctx.ambiguousWide) ? 1 : 0),
        ])
    }

    public var hasUnsavedInput: Bool { form.isChanged }
    public var shownTables: Set<String>? { [] }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.preferences) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("← → Space", c.keyChoice), Hint("Tab ↑↓", c.keyNextField), Hint("F2", c.keySave), Hint("Esc", c.keyCancel)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            let p = UserPreferences(login: ctx.user, language: PreferencesScreen.languages[form.choice("language")],
                                    theme: PreferencesScreen.themes[form.choice("theme")],
                                    ambiguousWide: form.choice("ambiguousWide") == 1)
            return [runWork(changes: true, { db, user in try db.savePreferences(p, by: user) }, applying: { app, saved in app.apply(saved) }) {
                _, result, ctx in
                switch result {
                case .success: return [.pop, .message(ctx.catalog.preferencesSaved)]
                case .failure(let e): return [.error(ctx.catalog.saveFailed(ctx.catalog.describe(e)))]
                }
            }]
        case .cancel?: return [.pop]
        case nil: return used ? [] : nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.settingsName(.preferences), row: area.top, col: area.left + 2, style: .header)
        form.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 4, width: area.width),
                    errorMark: c.errorMark)
        grid.put(c.preferencesExplained, row: area.bottom - 2, col: area.left + 2, limit: area.width - 4, style: .dim)
    }
}
