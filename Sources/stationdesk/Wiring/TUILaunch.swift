import Foundation
import StationDomain
import StationExchange
import StationStore
import StationTerminal
import StationUI

/// Wires the store, the data/ folder, the catalog and the terminal together and runs the app.
struct TUILaunch {
    let location: DataOptions
    /// nil: the user's stored preference, else Chinese / the default theme.
    let lang: Language?
    let theme: Theme?
    let ambiguousWide: Bool
    /// `--as LOGIN`: an admin opening the program as another user.
    let actAs: String?

    /// Opens the real store. The first opening creates it (private, the login its first admin);
    /// after that a login without a user record is refused before the screen opens.
    func run() throws {
        try Terminal.requireTerminal()
        try Terminal.prepareLocale()
        let share = try location.shareDirectory()
        let login = LoginIdentity.current()
        let (created, outcome) = try AppDatabase.create(folder: location.folder, firstAdmin: login)
        let db = outcome == .existing ? try location.openStore(.write) : created
        try open(db, share: share)
    }

    /// Opens a fresh temporary store seeded from data/sample.
    func runDemo() throws {
        try Terminal.requireTerminal()
        try Terminal.prepareLocale()
        let share = try location.shareDirectory()
        let db = try AppDatabase.temporary()
        // Set-up, not the user's commands: dated from today, written by the set-up login.
        try DemoLive.seed(into: db, share: share, login: LoginIdentity.current(), today: ChinaClock.today())
        try open(db, share: share)
        Output.line("演示数据库 (demo store): \(db.folder)")
    }

    private func open(_ db: AppDatabase, share: ShareDirectory) throws {
        let today = ChinaClock.today()
        let me = LoginIdentity.current()
        var user = me
        if let login = actAs {
            // Refused (and nothing journalled) unless `me` is an active admin; else journalled.
            try db.startActing(as: login, admin: me)
            user = login
        }
        // The pinyin table (search) and the calendar (待办) are read on first use, or by the
        // warm-up after the first screen is drawn: the first screen shows neither (issue 15).
        // A pinyin table that cannot be read is said at once, as before; search then matches plain text.
        guard FileManager.default.isReadableFile(atPath: share.pinyinPath) else {
            throw ShareDirectoryError.unreadable(share.pinyinPath)
        }
        let pinyin = Deferred<PinyinTable?> { try? share.pinyinTable() }
        let calendar = Deferred<WorkdayCalendar?> { try? share.workdayCalendar() }
        // The policy files, decoded once: with the store's loaded versions and continuations they
        // are the book (the title bar says "continued provisionally"), and each store command
        // judges by them with what the store holds at that moment.
        let stored = try db.policyVersions()
        let files = try share.loadPolicyFiles(allowingNone: !stored.isEmpty)
        let book = try files.book(stored: stored, continuations: try db.provisionalContinuations().map(\.continuation))
        // The user's own language, theme and width (设置), unless the command line chose.
        let preferences = try db.preferences(user)
        let language = lang ?? preferences.language.flatMap(Language.init(rawValue:)) ?? .zh
        let ctx = Context(catalog: Catalog(language), store: db, user: user,
                          today: today, ambiguousWide: ambiguousWide || preferences.ambiguousWide == true,
                          matcher: .pinyin(deferred: pinyin),
                          rules: DeskRules(policies: book, calendar: calendar, files: files),
                          share: share, actingAdmin: actAs == nil ? nil : me)
        let app = App(context: ctx, policy: PolicyLine(book.standing(on: today)), clock: ChinaClock.today,
                      policyOn: { PolicyLine(book.standing(on: $0)) })
        let noColor = getenv("NO_COLOR") != nil
        let chosen = theme ?? preferences.theme.flatMap(Theme.init(rawValue:)) ?? .default
        try Terminal(theme: chosen, noColor: noColor).run(app, afterFirstDraw: {
            Thread.detachNewThread { _ = pinyin.value; _ = calendar.value }
        })
    }
}

extension PolicyLine {
    init(_ standing: PolicyStanding) {
        switch standing {
        case .inForce(let p): self = .inForce(title: p.title, until: p.validUntil)
        case .continued(let p, _): self = .continued(until: p.validUntil)
        case .expired(let p): self = .expired(until: p.validUntil)
        case .notYetInForce: self = .unknown
        }
    }
}
