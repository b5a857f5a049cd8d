import ArgumentParser
import StationStore

/// `stationdesk init`: creates the store (if needed) and makes the current login its first admin,
/// without opening the terminal program.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the store; the current login becomes its first admin. 创建数据库，当前登录用户成为管理员。")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try location.openStore()
        let login = LoginIdentity.current()
        let roles = (try db.user(login)?.roles ?? []).map(\.rawValue).sorted().joined(separator: ", ")
        print("数据库就绪 (store ready): \(db.folder)")
        print("用户 (user) \(login): \(roles)")
    }
}
