import StationDomain

/// The application: a stack of screens, the chrome around them (title bar, message line,
/// key-hint bar), the global keys, and the loop step that performs effects — store commands
/// included — so the whole program can be driven key by key in tests without a terminal.
public final class App {
    public private(set) var stack: [any Screen]
    public internal(set) var ctx: Context
    public private(set) var policy: PolicyLine
    /// Today's date source and the policy standing on a date, so a program left open past
    /// midnight shows the new day (and a policy that expired at midnight).
    private let clock: (() -> CivilDate)?
    private let policyOn: ((CivilDate) -> PolicyLine)?
    /// The message line: the result of the last action, or an error in plain words.
    public private(set) var message: (text: String, isError: Bool)?
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

    private func loadUser() {
        let held = (try? ctx.store.user(ctx.user))?.activeRoles ?? []
        roles = held.sorted().reversed()
        ctx.roles = held
    }

    // MARK: keys

    /// Handles one key press: the top screen first, then the global keys.
    public func handle(_ key: Key) {
        message = nil
        switch key {
        case .ctrl("c"): quitting = true; return
        case .ctrl("q"): apply([.quit]); return
        case .ctrl("l"): return   // the driver repaints everything on Ctrl-L
        default: break
        }
        let i = stack.count - 1
        if let effects = stack[i].handle(key, ctx) { apply(effects); return }
        let text = top.capturesText
        switch key {
        case .char("?") where !text: apply([.push(HelpScreen(of: top.title(ctx), keys: top.help(ctx)))])
        case .char("Q") where !text: apply([.quit])
        case .char("u") where !text: apply([.run(.undo)])
        case .ctrl("r") where !text: apply([.run(.redo)])
        case .char("q") where !text, .escape:
            apply(stack.count > 1 ? [.pop] : [])
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

    /// Performs effects in order; a store command's outcome goes to the screen then on top,
    /// and its follow-up effects run before the rest.
    public func apply(_ effects: [Effect]) {
        var queue = effects[...]
        while let e = queue.popFirst() {
            switch e {
            case .push(let s): stack.append(s)
            case .pop: if stack.count > 1 { stack.removeLast() }
            case .quitNow: quitting = true
            case .reveal(let table, let id): stack[stack.count - 1].reveal(table: table, id: id, ctx)
            case .quit:
                if stack.contains(where: { $0.hasUnsavedInput }) {
                    stack.append(ConfirmScreen(question: ctx.catalog.confirmQuit, onYes: [.quitNow]))
                } else {
                    quitting = true
                }
            case .message(let m): message = (m, false)
            case .error(let m): message = (m, true)
            case .run(let command):
                let result = perform(command)
                if case .success(let outcome) = result, outcome.changesStore {
                    let before = lastToken
                    lastToken = try? ctx.store.changeToken()
                    reloadAll(since: before)
                }
                let follow: [Effect]
                switch command {
                case .undo, .redo: follow = undoMessage(command, result)
                default:
                    let i = stack.count - 1
                    follow = stack[i].finished(command, result, ctx)
                }
                queue = follow[...] + queue
            }
        }
    }

    private func undoMessage(_ command: StoreCommand, _ result: Result<StoreOutcome, Error>) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(.journal(let entry)):
            let what = originalSummary(of: entry)
            if case .undo = command { return [.message(c.undone(what))] }
            return [.message(c.redone(what))]
        case .success: return []
        case .failure(let e): return [.error(c.describe(e))]
        }
    }

    /// The summary of the command an undo or redo entry finally refers to ("新增单位 …"), so
    /// the message line says what was undone rather than "undo #12".
    private func originalSummary(of entry: JournalLine) -> String {
        var e = entry
        for _ in 0..<2 {
            guard let next = e.undoes ?? e.redoes, let found = try? ctx.store.entry(next) else { break }
            e = found
        }
        return e.summary
    }

    /// Runs one store command: one transaction, one journal entry.
    func perform(_ command: StoreCommand) -> Result<StoreOutcome, Error> {
        let s = ctx.store, u = ctx.user
        do {
            switch command {
            case .saveUnit(let x, let o): return .success(.unit(try s.save(x, replacing: o, by: u)))
            case .savePartner(let x, let o): return .success(.partner(try s.save(x, replacing: o, by: u)))
            case .deleteUnit(let x): try s.delete(x, by: u); return .success(.deleted)
            case .deletePartner(let x): try s.delete(x, by: u); return .success(.deleted)
            case .undo: return .success(.journal(try s.undo(by: u)))
            case .redo: return .success(.journal(try s.redo(by: u)))
            case .importFile(let job): return performImport(job)
            case .review(let c): return performReview(c)
            }
        } catch {
            return .failure(error)
        }
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
        drawHints(into: &grid, row: height - 1)
        grid.cursor = cursor
        if let b = busy { drawBusy(b, into: &grid, body: body) }
        return grid
    }

    /// Title bar: "stationdesk · area › record" on the left; user (roles) · today · policy on
    /// the right. When both do not fit, the roles shorten first, then go, then the breadcrumb is
    /// cut with …; the date and the policy standing always stay.
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
        let minimumLeft = min(30, grid.measure(left))
        let right = variants.first { grid.measure($0) + 3 + minimumLeft <= room } ?? variants[variants.count - 1]
        let r = grid.truncate(right, to: room - 3 - minimumLeft)
        let leftRoom = room - grid.measure(r) - 3
        // Too deep: the innermost crumbs say most, so the outer ones give way first.
        var shown = left
        var inner = crumbs
        while grid.measure(shown) > leftRoom && inner.count > 1 {
            inner.removeFirst()
            shown = "stationdesk · … › " + inner.joined(separator: " › ")
        }
        grid.put(grid.truncate(shown, to: leftRoom), row: 0, col: 1, style: .titleBar)
        grid.put(r, row: 0, col: grid.width - grid.measure(r) - 1, style: .titleBar)
    }

    private func drawHints(into grid: inout Grid, row: Int) {
        grid.fill(row: row, style: .hintBar)
        var col = 1
        for h in top.hints(ctx) {
            let need = grid.measure(h.key) + 1 + grid.measure(h.text)
            guard col + need < grid.width else { break }
            col += grid.put(h.key, row: row, col: col, style: .hintKey) + 1
            col += grid.put(h.text, row: row, col: col, style: .hintBar) + 2
        }
    }
}
