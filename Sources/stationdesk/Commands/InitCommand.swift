import ArgumentParser
import StationDomain
import StationStore

/// `stationdesk init [--group GROUP]`: creates the store — private to the login, or shared with a
/// group — and makes the current login its first admin, without opening the terminal program.
/// On an existing store it changes nothing.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store; the current login becomes its first admin. 创建数据库，当前登录用户成为管理员。",
        discussion: """
            The data folder is made 0700 and the store 0600 (only you can read them), whatever the umask. With
            --group GROUP the folder is 2770 and the store 0660, owned by GROUP, so its members can share the store
            (each still needs a user record: `stationdesk user add`). On an existing store init changes nothing.
            """)

    @OptionGroup var location: DataOptions

    @Option(help: ArgumentHelp("Share the store with this operating-system group (folder 2770, files 0660).", valueName: "GROUP"))
    var group: String?

    func run() throws {
        let login = LoginIdentity.current()
        let (db, outcome) = try reportingStoreErrors { try AppDatabase.create(folder: location.folder, firstAdmin: login, group: group) }
        switch outcome {
        case .created:
            let who = group.map { Output.pick("用户组 \($0) 的成员可读写", "members of the group \($0) may read and write it") }
                ?? Output.pick("只有你能读写", "only you can read and write it")
            Output.line(Output.pick("已创建数据库：\(db.path)（\(who)）", "store created: \(db.path) (\(who))"))
        case .claimed:
            Output.line(Output.pick("数据库 \(db.path) 原本没有任何用户；你是它的文件所有者，已成为首位管理员",
                                    "the store \(db.path) had no users; as the owner of its file you are now its first admin"))
        case .existing:
            Output.line(Output.pick("数据库已存在：\(db.path)，未做任何改动", "a store already exists at \(db.path); nothing was changed"))
            if group != nil {
                Output.line(Output.pick("（--group 只在新建时生效）", "(--group applies only when a store is created)"))
            }
        }
        guard let user = try reportingStoreErrors({ try db.user(login) }) else {
            Output.line(Output.pick("登录用户 \(login) 在这个数据库中没有用户记录；请管理员用 stationdesk user add \(login) 添加",
                                    "the login \(login) has no user record in this store; an admin adds it with `stationdesk user add \(login)`"))
            return
        }
        let roles = user.roles.map(\.rawValue).sorted().joined(separator: ", ")
        Output.line(Output.pick("用户 \(TextRules.printable(login))：\(roles)", "user \(TextRules.printable(login)): \(roles)"))
    }
}
