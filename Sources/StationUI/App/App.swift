import StationDomain
import StationStore

/// The application: a stack of screens, the chrome around them (title bar, message line,
/// key-hint bar), the global keys, and the loop step that performs effects — store commands
/// included — so the whole program can be driven key by key in tests without a terminal.
public final class App {
    public internal(set) var stack: [any Screen]
    /// Each stacked screen's identity (parallel to `stack`), so a job's outcome finds its asker.
    private var ids: [Int] = [0]
    private var nextId = 1
    public internal(set) var ctx: Context
    public private(set) var policy: PolicyLine
    /// Today's date source and the policy standing on a date, so a program left open past
    /// midnight shows the new day (and a policy that expired at midnight).
    private let clock: (() -> CivilDate)?
    private let policyOn: ((CivilDate) -> PolicyLine)?
    /// The message line: the result of the last action, or an error in plain words.
    public internal(set) var message: (text: String, isError: Bool)?
    /// Set when the program should end (the driver then restores the terminal).
    public private(set) var quitting = false
    private var lastToken: Int64?
    private var roles: [Role] = []
    /// Lets a long command (an import) redraw and hear Esc while it runs; set by the driver.
    public var busyInteraction: BusyInteraction?
    /// The long command running now, drawn as a progress box (App+Import.swift).
    public internal(set) var busy: BusyState?
    /// A theme chosen in 设置 and not yet applied by the terminal driver.
    var themeRequest: String?
    /// The command line, while `:` has it open (App+CommandLine.swift).
    var commandLine: CommandLineState?
    /// Whether the command line is open (for tests and the driver).
    public var commandLineOpen: Bool { commandLine != nil }

    public init(context: Context, policy: PolicyLine = .unknown,
                clock: (() -> CivilDate)? = nil, policyOn: ((CivilDate) -> PolicyLine)? = nil) {
        self.ctx = context
        self.policy = policy
        self.clock = clock
        self.policyOn = policyOn
        self.stack = [HomeScreen()]
        lastToken = try? context.store.changeToken()
        loadUser()
    }

    public var top: any Screen { stack[stack.count - 1] }

    /// The keys UX.md gives a meaning on some screens: pressed where they do nothing, they say why.
    static let keysWithAMeaning: Set<Character> = ["a", "e", "d", "t", "h", "i", "x", "/", "s", "n", "N", " "]

    private func loadUser() {
        let held = (try? ctx.store.roles(of: ctx.user)) ?? []
        ctx.roles = held
        roles = held.sorted().reversed()
    }

    // MARK: keys

    /// Handles one key press: the top screen first, then the global keys.
    public func handle(_ key: Key) {
        message = nil
        switch key {
        case .ctrl("c"):
            // As Q: asks when a form holds unsaved input; a second Ctrl-C at that question quits.
            if (top as? ConfirmScreen)?.question == ctx.catalog.confirmQuit { quitting = true } else { apply([.quit]) }
            return
        case .ctrl("q"): apply([.quit]); return
        case .ctrl("l"): return   // the driver repaints everything on Ctrl-L
        default: break
        }
        if commandLine != nil { handleCommandLine(key); return }
        let i = stack.count - 1
        if let effects = stack[i].handle(key, ctx) { apply(effects); return }
        let text = top.capturesText
        switch key {
        case .char("?") where !text: apply([.push(HelpScreen(of: top.title(ctx), keys: top.help(ctx)))])
        case .char("Q") where !text: apply([.quit])
        case .char(":") where !text: openCommandLine()
        case .char("u") where !text: apply([undoJob(redo: false)])
        case .ctrl("r") where !text: apply([undoJob(redo: true)])
        case .char("q") where !text, .escape:
            apply(stack.count > 1 ? [.pop] : [])
        case .char(let ch) where !text && App.keysWithAMeaning.contains(ch):
            // A key that works on other screens says why it does nothing here.
            apply([.error(top.whyNot(key, ctx) ?? ctx.catalog.keyNotHere(key))])
        default: break
        }
    }

    /// Called when no key came for a while: reloads the screens if another process (or this
    /// one) committed since the last look, keeping each screen's selection. Cost: one cheap
    /// store query when nothing changed.
    public func tick() {
        if let day = clock?(), day != ctx.today {
            ctx.today = day
            if let policyOn { policy = policyOn(day) }
        }
        guard let token = try? ctx.store.changeToken(), token != lastToken else { return }
        reloadAll(since: lastToken)
        lastToken = token
    }

    /// Reloads the screens that show a table changed since `token` (every screen when the store
    /// cannot say): a screen of 10⁵ talents is not re-read because a unit was saved.
    private func reloadAll(since token: Int64?) {
        let changed = token.flatMap { try? ctx.store.changedTables(since: $0) } ?? nil
        for i in stack.indices {
            if let changed, let shown = stack[i].shownTables, shown.isDisjoint(with: changed) { continue }
            stack[i].reload(ctx)
        }
        loadUser()
    }

    /// Performs effects in order. A job is performed at once (one store transaction); open screens
    /// reload if the store changed, then its outcome goes to the screen that asked, and the effects
    /// that returns run before the rest.
    public func apply(_ effects: [Effect]) {
        var queue = effects[...]
        while let e = queue.popFirst() {
            switch e {
            case .push(let s): stack.append(s); ids.append(nextId); nextId += 1
            case .pop: if stack.count > 1 { stack.removeLast(); ids.removeLast() }
            case .quitNow: quitting = true
            case .reveal(let table, let id): stack[stack.count - 1].reveal(table: table, id: id, ctx)
            case .quit:
                if stack.contains(where: { $0.hasUnsavedInput }) {
                    apply([.push(ConfirmScreen(question: ctx.catalog.confirmQuit, onYes: [.quitNow]))])
                } else {
                    quitting = true
                }
            case .message(let m): message = (m, false)
            case .error(let m): message = (m, true)
            case .run(let job):
                if job.drawFirst, let io = busyInteraction { io.redraw(self) }
                queue = run(job)[...] + queue
            }
        }
    }

    /// Performs one job for the screen that asked (see `Job`); returns the effects that follow.
    private func run(_ job: Job) -> [Effect] {
        let asker: Int? = job.asker.flatMap { type in
            stack.indices.reversed().first { ObjectIdentifier(Swift.type(of: stack[$0])) == ObjectIdentifier(type) }
                .map { ids[$0] }
        }
        let done = job.perform(self)
        if done.changed {
            let before = lastToken
            lastToken = try? ctx.store.changeToken()
            reloadAll(since: before)
        }
        guard job.asker != nil else {
            var top = stack[stack.count - 1]
            return done.reply(&top, ctx)
        }
        // The asker may have closed meanwhile (it cannot today: jobs run at once); then its
        // outcome has nowhere to go but a failure still says why.
        guard let asker, let i = ids.firstIndex(of: asker) else { return [] }
        return done.reply(&stack[i], ctx)
    }

    /// `u` and Ctrl-R: the user's own last command (not set-up) undone or redone; the message
    /// names the original command once ("已撤销：删除单位“…”").
    private func undoJob(redo: Bool) -> Effect {
        .run(Job(asker: nil) { app in
            let s = app.ctx.store, u = app.ctx.user
            let result = Result { redo ? try s.redo(by: u) : try s.undo(by: u) }
            return Job.Done(changed: (try? result.get()) != nil) { _, ctx in
                let c = ctx.catalog
                switch result {
                case .success(let entry):
                    let what = c.journalWhat(app.originalEntry(of: entry))
                    return [.message(redo ? c.redone(what) : c.undone(what))]
                case .failure(let e): return [.error(c.describe(e))]
                }
            }
        })
    }

    /// The command an undo or redo entry finally refers to, so the message line says what was
    /// undone ("删除单位“…”") rather than "undo #12".
    func originalEntry(of entry: JournalEntry) -> JournalEntry {
        (try? ctx.store.originalCommand(of: entry)) ?? entry
    }

    // MARK: drawing

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = (width: 80, height: 24)

    /// Draws the whole screen for a terminal of `width`×`height`.
    public func render(width: Int, height: Int) -> Grid {
        var grid = Grid(width: width, height: height, ambiguousWide: ctx.ambiguousWide)
        guard width >= App.minimumSize.width, height >= App.minimumSize.height else {
            for (i, line) in ctx.catalog.tooSmall(width: width, height: height).enumerated() {
                grid.put(line, row: i, col: 0)
            }
            grid.cursor = (0, 0)
            return grid
        }
        drawTitle(into: &grid)
        let body = Area(top: 1, left: 0, height: height - 3, width: width)
        var first = stack.count - 1
        while first > 0 && stack[first].isOverlay { first -= 1 }
        for i in first..<stack.count { stack[i].render(into: &grid, area: body, ctx) }
        let cursor = grid.cursor
        if let m = message {
            // An error carries a mark as well as its style, so it does not depend on colour.
            // One line: a message of several lines (an undo refused, with the later changes)
            // keeps its lines apart with " · " rather than running them together; whatever
            // does not fit is cut with … by `put`.
            let lines = m.text.split(whereSeparator: \.isNewline).map { String($0).trimmingCharacters(in: " ") }
            let oneLine = lines.filter { !$0.isEmpty }.joined(separator: " · ")
            let text = m.isError ? ctx.catalog.errorMark + oneLine : oneLine
            grid.put(text, row: height - 2, col: 1, limit: width - 2, style: m.isError ? .error : .message)
        }
        var cursorNow = cursor
        if let state = commandLine {
            drawCommandLine(state, into: &grid)
            cursorNow = grid.cursor
        }
        drawHints(commandLine.map(commandLineHints) ?? top.hints(ctx), into: &grid, row: height - 1)
        grid.cursor = cursorNow
        if let b = busy { drawBusy(b, into: &grid, body: body) }
        return grid
    }

    /// Title bar: "stationdesk · area › record" on the left; user (roles) · today · policy on
    /// the right. When both do not fit, the roles shorten first (the first role and …), then
    /// the program's name goes, then the outer crumbs, then the innermost is cut with …; the
    /// roles go only when even that leaves no room. The date and the policy standing always stay.
    private func drawTitle(into grid: inout Grid) {
        let c = ctx.catalog
        grid.fill(row: 0, style: .titleBar)
        var crumbs = stack.dropFirst().filter { !$0.isOverlay }.map { $0.title(ctx) }
        if crumbs.isEmpty { crumbs = [c.home] }
        let left = "stationdesk · " + crumbs.joined(separator: " › ")
        var tail = " · \(ctx.today)"
        if let p = c.policyText(policy) { tail += " · " + p }
        let names = roles.map(c.roleName)
        // An admin's `--as` session says so beside the name it acts as.
        let who = ctx.actingAdmin.map { c.actingAs(ctx.user, admin: $0) } ?? ctx.user
        let variants = [
            "\(who) (\(names.isEmpty ? c.noRoles : names.joined(separator: ",")))" + tail,
            "\(who) (\(names.first ?? c.noRoles)\(names.count > 1 ? ",…" : ""))" + tail,
            who + tail,
        ]
        let room = grid.width - 2
        // Roles full or short beside the whole left side (up to 30 cells); else beside at least
        // the start of the innermost crumb.
        let wholeLeft = min(30, grid.measure(left)), minimumLeft = min(12, grid.measure(left))
        let right = variants.prefix(2).first { grid.measure($0) + 3 + wholeLeft <= room }
            ?? variants.first { grid.measure($0) + 3 + minimumLeft <= room } ?? variants[variants.count - 1]
        let r = grid.truncate(right, to: room - 3 - minimumLeft)
        let leftRoom = room - grid.measure(r) - 3
        // Too long: the program's name goes first, then the outer crumbs (the innermost say most).
        var shown = left
        var inner = crumbs
        if grid.measure(shown) > leftRoom { shown = inner.joined(separator: " › ") }
        while grid.measure(shown) > leftRoom && inner.count > 1 {
            inner.removeFirst()
            shown = "… › " + inner.joined(separator: " › ")
        }
        grid.put(grid.truncate(shown, to: leftRoom), row: 0, col: 1, style: .titleBar)
        grid.put(r, row: 0, col: grid.width - grid.measure(r) - 1, style: .titleBar)
    }

    private func drawHints(_ hints: [Hint], into grid: inout Grid, row: Int) {
        grid.fill(row: row, style: .hintBar)
        var col = 1
        for h in hints {
            let need = grid.measure(h.key) + 1 + grid.measure(h.text)
            guard col + need < grid.width else { break }
            col += grid.put(h.key, row: row, col: col, style: .hintKey) + 1
            col += grid.put(h.text, row: row, col: col, style: .hintBar) + 2
        }
    }
}
