import StationDomain
import StationStore
import StationUI

/// Drives an `App` over a fresh temporary store (removed after the test) key by key, as a user
/// at a terminal would, and renders what the terminal would show.
public final class Harness {
    public let db: AppDatabase
    /// The same store (screens read it as `ctx.store`).
    public var store: AppDatabase { db }
    public let app: App
    public static let user = "alice"
    public static let today = CivilDate("2026-03-02")!

    public init(language: Language = .zh, matcher: TextMatcher = .substring, ambiguousWide: Bool = false,
         rules: DeskRules = DeskRules(), roles: Set<Role> = [.clerk, .admin],
         clock: (() -> CivilDate)? = nil, policyOn: ((CivilDate) -> PolicyLine)? = nil,
         as login: String = Harness.user, actingAdmin: String? = nil, share: ShareDirectory? = nil) throws {
        db = try TemporaryStores.store()
        // An admin grants alice her roles, so alice's own undo history starts empty.
        try db.ensureFirstAdmin("root")
        _ = try db.save(User(login: Harness.user, displayName: "Alice", roles: roles), replacing: nil, by: "root")
        let ctx = Context(catalog: Catalog(language), store: db, user: login, today: Harness.today,
                          ambiguousWide: ambiguousWide, matcher: matcher, rules: rules, share: share, actingAdmin: actingAdmin)
        app = App(context: ctx, policy: .expired(until: CivilDate("2025-12-31")!), clock: clock, policyOn: policyOn)
    }

    public func press(_ keys: Key...) { for k in keys { app.handle(k) } }

    /// Types text character by character, as an input method delivers it.
    public func type(_ text: String) { for c in text { app.handle(.char(c)) } }

    public func screen(_ width: Int = 80, _ height: Int = 24) -> Grid { app.render(width: width, height: height) }

    public var messageText: String? { app.message?.text }

    /// A valid credit code made from a 17-character prefix.
    public static func code(_ prefix: String) -> String { TestCodes.code(prefix) }

    /// Adds a unit through the store's command, as alice.
    @discardableResult
    public func addUnit(_ name: String, code: String, kind: UnitKind = .enterprise, contact: String = "",
                 locationNote: String = "") throws -> Unit {
        try db.perform(SaveUnit(Unit(name: name, creditCode: code, kind: kind, address: "柳州市", contact: contact,
                                     locationNote: locationNote), replacing: nil),
                       by: Harness.user)
    }
}
