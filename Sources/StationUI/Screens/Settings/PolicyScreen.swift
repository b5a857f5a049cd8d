import StationDomain
import StationStore

/// 政策: the policy versions known (the data/ folder's files and those admins loaded into the
/// store), which one is in force today, and any provisional continuation (原政策继续执行).
/// Admins load a policy file (`l`, with every check of `policy load`) or record a continuation
/// (`c`: from a date, with a reason, with the checks of `policy continue`).
public struct PolicyScreen: Screen {
    public private(set) var lines: [String] = []
    /// The versions, with the list keys of every list (`/`, `s`, Space, `:N`).
    public internal(set) var list: ListBrowser
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnPolicy, min: 14, share: 4), Table.Column(c.columnVersion, width: 4, alignRight: true, order: .number),
                                Table.Column(c.columnValid, width: 23), Table.Column(c.columnSource, width: 14)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["policy_version", "provisional_continuation"] }
    public var capturesText: Bool { list.filtering }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.policy) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        let change = ctx.may(.policy) ? [Hint("l", c.keyLoadPolicy), Hint("c", c.keyContinuePolicy)] : []
        return change + [Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { ListBrowser.helpKeys(ctx) + hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        var rows: [[String]] = []
        let known = ctx.rules.policies?.policies ?? []
        var stored: [StoredPolicyVersion] = []
        var continuations: [StoredContinuation] = []
        do {
            stored = try ctx.store.policyVersions()
            continuations = try ctx.store.provisionalContinuations()
            loadError = nil
        } catch {
            loadError = c.describe(error)
        }
        for p in known {
            let fromStore = stored.contains { $0.policyId == p.id && $0.version == p.version }
            rows.append([p.title, "\(p.version)", "\(p.validFrom)–\(p.validUntil)", fromStore ? c.policyFromStore : c.policyFromFile])
        }
        for s in stored where !known.contains(where: { $0.id == s.policyId && $0.version == s.version }) {
            rows.append([s.policyId, "\(s.version)", "\(s.validFrom)–\(s.validUntil)", c.policyLoadedNow])
        }
        list.setRows(rows, ids: rows.indices.map(Int64.init), ctx)
        lines = [c.policyStanding(ctx.rules.policies?.standing(on: ctx.today), today: ctx.today)]
        let shownContinuations = (ctx.rules.policies?.continuations ?? [])
        for k in shownContinuations { lines.append(c.continuationLine(k.policyId, from: k.from, until: k.until, reason: k.reason, by: k.recordedBy)) }
        for k in continuations where !shownContinuations.contains(where: { $0.policyId == k.policyId && $0.from == k.from }) {
            lines.append(c.continuationLine(k.policyId, from: k.from, until: k.until, reason: k.reason, by: k.recordedBy) + c.afterRestart)
        }
        if let e = loadError { lines.append(e) }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let asker = self   // closures below ask as this screen (a copy: it is only its type that counts)
        let c = ctx.catalog
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .char("l"), .char("c"):
            guard ctx.may(.policy) else { return [.error(c.notPermitted(.policy))] }
            guard let share = ctx.share else { return [.error(c.noShareFolder)] }
            if key == .char("l") {
                return [.push(PromptScreen(question: c.policyFileQuestion) { typed in
                    [asker.run(LoadPolicy(file: ExchangePath.resolve(typed), share: share, on: ctx.today)) { me, result, ctx in
                        switch result {
                        case .success(let (p, _)): me.reload(ctx); return [.message(ctx.catalog.policyLoaded(p.title, id: p.id, version: p.version))]
                        case .failure(let e): return [.error(ctx.catalog.describe(e))]
                        }
                    }]
                })]
            }
            return [.push(PromptScreen(question: c.continueFromQuestion, initial: "\(ctx.today)") { typed in
                guard let from = CivilDate(typed) else { return [.error(c.notADate(typed))] }
                return [.push(PromptScreen(question: c.continueReasonQuestion(from)) { reason in
                    [asker.run(ContinuePolicy(from: from, until: nil, reason: reason, share: share, on: ctx.today)) { me, result, ctx in
                        switch result {
                        case .success(let (p, _)): me.reload(ctx); return [.message(ctx.catalog.policyContinued(p.id, from: from))]
                        case .failure(let e): return [.error(ctx.catalog.describe(e))]
                        }
                    }]
                })]
            })]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.settingsName(.policy), row: area.top, col: area.left + 1, style: .header)
        var row = area.top + 1
        for (i, line) in lines.enumerated() {
            for part in WrappedLines.wrap(line, width: area.width - 2, indent: "  ", ambiguousWide: grid.ambiguousWide)
            where row < area.top + 6 {
                grid.put(part, row: row, col: area.left + 1, limit: area.width - 2, style: i == 0 ? .label : .normal)
                row += 1
            }
        }
        list.render(into: &grid, area: Area(top: row + 1, left: area.left, height: area.bottom - row - 2, width: area.width),
                    empty: c.noPolicy, ctx)
        let cursor = grid.cursor
        defer { grid.cursor = cursor }
        grid.put(c.policyExplained, row: area.bottom - 1, col: area.left + 1, limit: area.width - 2, style: .dim)
    }
}

/// 工作日历: which years the working-day table covers, and what happens past them.
public struct CalendarScreen: Screen {
    public init() {}
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.calendar) }
    public func hints(_ ctx: Context) -> [Hint] {
        [Hint("Esc q", ctx.catalog.keyBack), Hint("?", ctx.catalog.keyHelp), Hint("Q", ctx.catalog.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }
    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? { nil }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.settingsName(.calendar), row: area.top, col: area.left + 1, style: .header)
        var row = area.top + 2
        for line in c.calendarLines(ctx.rules.calendar?.years, today: ctx.today) {
            for part in WrappedLines.wrap(line, width: area.width - 4, indent: "", ambiguousWide: grid.ambiguousWide) where row < area.bottom {
                grid.put(part, row: row, col: area.left + 2)
                row += 1
            }
            row += 1
        }
        grid.cursor = (area.top, area.left + 1)
    }
}

/// 校验与备份 (admins): runs `verify` (hash chain, integrity check, foreign keys) and `backup`
/// (a consistent copy while others keep working) from the screen and shows the results.
public struct MaintenanceScreen: Screen {
    public private(set) var result: [String] = []
    public private(set) var failed = false

    public init() {}
    public var shownTables: Set<String>? { [] }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.maintenance) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("v", c.keyVerify), Hint("b", c.keyBackup), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let asker = self   // closures below ask as this screen (a copy: it is only its type that counts)
        let c = ctx.catalog
        switch key {
        case .char("v"), .char("b"):
            guard ctx.roles.contains(.admin) else { return [.error(c.refusal(.adminOnly))] }
            if key == .char("v") {
                return [runWork(changes: false, { db, _ in try db.verify() }) { me, result, ctx in me.verified(result, ctx) }]
            }
            return [.push(PromptScreen(question: c.backupQuestion, initial: "./stationdesk-backup-\(ctx.today).sqlite") { typed in
                let file = ExchangePath.resolve(typed)
                return [asker.runWork(changes: false, { db, _ in try db.backup(to: file) }) { me, result, ctx in me.backedUp(file, result, ctx) }]
            })]
        default: return nil
        }
    }

    mutating func verified(_ result: Result<VerificationReport, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let r):
            self.result = c.verifyLines(entries: r.entries, changes: r.changes, lastHash: r.lastHash, problems: r.problemLines(c.language))
            failed = !r.isIntact
            return [r.isIntact ? .message(self.result[0]) : .error(self.result[0])]
        case .failure(let e):
            self.result = [c.describe(e)]
            failed = true
            return [.error(self.result[0])]
        }
    }

    mutating func backedUp(_ file: String, _ result: Result<Void, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success:
            self.result = [c.backupDone(file)]
            failed = false
            return [.message(self.result[0])]
        case .failure(let e):
            self.result = [c.describe(e)]
            failed = true
            return [.error(self.result[0])]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.put(c.settingsName(.maintenance), row: area.top, col: area.left + 1, style: .header)
        var row = area.top + 2
        for line in c.maintenanceExplained {
            grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: .dim)
            row += 1
        }
        row += 1
        for (i, line) in result.enumerated() where row < area.bottom {
            grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: i == 0 ? (failed ? .error : .header) : .normal)
            row += 1
        }
        grid.cursor = (area.top, area.left + 1)
    }
}
