import StationDomain
import StationStore

/// 用户 (admins): every user's login, name, roles and whether active. `a` adds one, `e` edits
/// name and roles (the store keeps the last admin's admin role), `d` deactivates or reactivates.
/// Users are never deleted: the journal names them. The list has the list keys of every list
/// (`/` pinyin filter, `s` sort, Space marks, `:123`).
public struct UsersScreen: Screen {
    public private(set) var users: [User] = []
    public internal(set) var list: ListBrowser
    private var rowIds = RowIds<String>()
    private var loadError: String?

    public init(_ ctx: Context) {
        let c = ctx.catalog
        list = ListBrowser(columns: [Table.Column(c.columnLogin, width: 12), Table.Column(c.columnDisplayName, width: 12),
                                Table.Column(c.columnRoles), Table.Column(c.columnStatus, width: 16)])
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["app_user"] }
    public var capturesText: Bool { list.filtering }
    public var selectedUser: User? { list.selectedIndex.map { users[$0] } }
    public func title(_ ctx: Context) -> String { ctx.catalog.settingsName(.users) }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        let change = ctx.may(.users) ? [Hint("a", c.keyAdd), Hint("e", c.keyEdit), Hint("d", c.keyDeactivate), Hint("u", c.keyUndo)] : []
        return change + [Hint("Esc q", c.keyBack), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
    }
    public func help(_ ctx: Context) -> [Hint] { ListBrowser.helpKeys(ctx) + hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        let c = ctx.catalog
        do {
            users = try ctx.store.users()
            loadError = nil
        } catch {
            users = []
            loadError = c.describe(error)
        }
        list.setRows(users.map { [$0.login, $0.displayName, c.roleList($0.roles), c.userStatus($0)] },
                     ids: users.map { rowIds.id($0.login) }, ctx)
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if let effects = list.handle(key, ctx) { return effects }
        switch key {
        case .char("a"), .char("e"), .enter, .char("d"):
            guard ctx.may(.users) else { return [.error(c.notPermitted(.users))] }
            // Each user is changed on their own (a form, a question naming them).
            if key != .char("a") && list.markedCount > 1 { return [.error(c.oneAtATime(key, marked: list.markedCount))] }
            return edit(key, ctx)
        default: return nil
        }
    }

    private func edit(_ key: Key, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch key {
        case .char("a"): return [.push(UserFormScreen(nil, ctx))]
        case .char("e"), .enter:
            guard let u = list.targets.first.map({ users[$0] }) else { return [.error(c.nothingSelected)] }
            return [.push(UserFormScreen(u, ctx))]
        case .char("d"):
            guard let u = list.targets.first.map({ users[$0] }) else { return [.error(c.nothingSelected)] }
            return [.push(ConfirmScreen(question: u.isActive ? c.confirmDeactivate(u.login) : c.confirmReactivate(u.login),
                                        onYes: [run(SetUserActive(u.login, deactivatedOn: u.isActive ? ctx.today : nil)) { me, result, ctx in
                                            me.saved(result, ctx)
                                        }]))]
        default: return []
        }
    }

    mutating func saved(_ result: Result<User, Error>, _ ctx: Context) -> [Effect] {
        switch result {
        case .success(let u):
            reload(ctx)
            _ = list.reveal(id: rowIds.id(u.login), ctx)
            return [.message(ctx.catalog.userSaved(u))]
        case .failure(let e): return [.error(ctx.catalog.describe(e))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        list.render(into: &grid, area: area, title: c.settingsName(.users), empty: loadError ?? c.emptyList, footer: c.usersExplained, ctx)
    }
}

/// Adds a user or changes one's name and roles (admins). The store refuses a duplicate login and
/// taking the admin role from the last admin; the form keeps its input and says why.
public struct UserFormScreen: Screen {
    public let original: User?
    public private(set) var form: Form

    public init(_ user: User?, _ ctx: Context) {
        let c = ctx.catalog
        original = user
        var fields: [FormField] = []
        if user == nil { fields.append(FormField(id: "login", label: c.columnLogin, required: true, text: "")) }
        fields.append(FormField(id: "name", label: c.columnDisplayName, text: user?.displayName ?? ""))
        for r in Role.allCases {
            fields.append(FormField(id: r.rawValue, label: c.roleName(r), options: [c.no, c.yes], chosen: user?.roles.contains(r) == true ? 1 : 0))
        }
        form = Form(fields: fields)
    }

    public var hasUnsavedInput: Bool { form.isChanged }
    public var capturesText: Bool { if case .text = form.fields[form.active].kind { return true }; return false }
    public var shownTables: Set<String>? { [] }
    public func title(_ ctx: Context) -> String { original.map { ctx.catalog.editing($0.login) } ?? ctx.catalog.addUser }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Tab ↑↓", c.keyNextField), Hint("← → Space", c.keyChoice), Hint("F2", c.keySave), Hint("Esc", c.keyCancel)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            let login = original?.login ?? form.value("login")
            var roles = Set<Role>()
            for r in Role.allCases where form.choice(r.rawValue) == 1 { roles.insert(r) }
            let user = User(login: login, displayName: form.value("name"), roles: roles, deactivatedOn: original?.deactivatedOn)
            return [run(SaveUser(user, replacing: original)) { _, result, ctx in
                switch result {
                case .success(let u): return [.pop, .reveal(table: "app_user", id: 0), .message(ctx.catalog.userSaved(u))]
                case .failure(let e): return [.error(ctx.catalog.saveFailed(ctx.catalog.describe(e)))]
                }
            }]
        case .cancel?:
            return form.isChanged ? [.push(ConfirmScreen(question: ctx.catalog.confirmDiscard, onYes: [.pop]))] : [.pop]
        case nil: return used ? [] : nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        grid.put(title(ctx), row: area.top, col: area.left + 2, style: .header)
        form.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width),
                    errorMark: ctx.catalog.errorMark)
    }
}
