import StationDomain
import StationStore

/// What every screen may read: the catalog, the store (reads; writes only as jobs, `Screen.run`),
/// who is working with which roles (to offer only what they may do: `may`), and what day
/// it is (computed by the executable in China Standard Time), and how text is measured and matched.
public struct Context {
    /// Replaced when the user picks another language in 设置 (their preferences).
    public internal(set) var catalog: Catalog
    public let store: AppDatabase
    public let user: String
    /// The user's roles as the store held them at the last reload (the store checks again on
    /// every command; this only decides what the screens offer).
    public internal(set) var roles: Set<Role> = []
    /// Today in China; the app moves it on when the day changes while the program stays open.
    public internal(set) var today: CivilDate
    public internal(set) var ambiguousWide: Bool
    /// Whether `query` finds `text`: substring by default; pinyin when the executable wires the
    /// domain's `PinyinTable`.
    public let matcher: TextMatcher
    /// The policy book and workday calendar (empty in tests that do not need them).
    public let rules: DeskRules
    /// The data/ folder, for the admin's policy commands in 设置 (nil: they say it is missing).
    public let share: ShareDirectory?
    /// Set when an admin opened the program as `user` (`--as`): the admin's login.
    public let actingAdmin: String?

    /// Whether the user's roles grant `permission` (`Permission.role`, the store's one table).
    public func may(_ permission: Permission) -> Bool { roles.grant(permission) }

    public init(catalog: Catalog, store: AppDatabase, user: String, today: CivilDate,
                ambiguousWide: Bool = false, matcher: TextMatcher = .substring, rules: DeskRules = DeskRules(),
                share: ShareDirectory? = nil, actingAdmin: String? = nil) {
        self.catalog = catalog; self.store = store; self.user = user; self.today = today
        self.ambiguousWide = ambiguousWide; self.matcher = matcher
        self.rules = rules; self.share = share; self.actingAdmin = actingAdmin
    }
}

/// Decides whether a filter query matches a text. Lists prepare their rows once when the
/// matcher says how (`kind`), so a keystroke does not re-read every row's text (`RowSearch`).
public struct TextMatcher: Sendable {
    public enum Kind: Sendable { case custom, substring, pinyin(PinyinTable) }
    public let matches: @Sendable (_ query: String, _ text: String) -> Bool
    private var source: Source
    private enum Source: Sendable { case fixed(Kind), deferred(Deferred<PinyinTable?>) }

    /// How to match: a pinyin table deferred (`pinyin(deferred:)`) is read here, on first use;
    /// substring when it could not be loaded.
    public var kind: Kind {
        switch source {
        case .fixed(let k): return k
        case .deferred(let table): return table.value.map(Kind.pinyin) ?? .substring
        }
    }

    public init(_ matches: @escaping @Sendable (_ query: String, _ text: String) -> Bool) {
        self.matches = matches; source = .fixed(.custom)
    }
    private init(kind: Kind, _ matches: @escaping @Sendable (_ query: String, _ text: String) -> Bool) {
        self.matches = matches; source = .fixed(kind)
    }

    /// Case-insensitive substring, the fallback when no pinyin table is loaded.
    public static let substring = TextMatcher(kind: .substring) { query, text in
        query.isEmpty || text.lowercased().contains(query.lowercased())
    }

    /// The domain's pinyin search (`PinyinTable.matches`): initials, full readings, polyphones.
    public static func pinyin(_ table: PinyinTable) -> TextMatcher {
        TextMatcher(kind: .pinyin(table)) { query, text in table.matches(query: query, in: text) }
    }

    /// The pinyin search with a table read on first use (substring when it cannot be read): the
    /// terminal program's first screen needs no search, so the table is not parsed before it.
    public static func pinyin(deferred table: Deferred<PinyinTable?>) -> TextMatcher {
        var m = TextMatcher { query, text in
            guard let t = table.value else { return TextMatcher.substring.matches(query, text) }
            return t.matches(query: query, in: text)
        }
        m.source = .deferred(table)
        return m
    }
}
