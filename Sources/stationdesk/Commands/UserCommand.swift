import ArgumentParser
import Foundation
import StationDomain
import StationStore

/// `stationdesk user list|add|roles` (SPEC "People who use it"): an admin manages who may do what.
/// The caller is the login user; the store refuses anyone but an admin and keeps the last admin.
/// Each change is one journal entry (one undo step).
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "用户与角色 (users and roles; admin only)",
        subcommands: [List.self, Add.self, Roles.self, Deactivate.self, Reactivate.self]
    )

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Lists every user with display name and roles.")
        @OptionGroup var location: DataOptions

        func run() throws {
            try UserCLI.reporting {
                let db = try location.openStore(.read)
                try UserCLI.requireAdmin(db)
                for u in try db.users() {
                    let roles = u.roles.sorted().map(\.rawValue).joined(separator: ",")
                    // Logins and names are escaped one by one: a tab or an escape in one cannot shift the columns.
                    let name = u.displayName.isEmpty ? "-" : TextRules.printable(u.displayName)
                    Output.line("\(TextRules.printable(u.login))\t\(name)\t\(roles.isEmpty ? "（无角色）(no roles)" : roles)")
                }
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Adds a user with roles (clerk, reviewer, approver, admin).")
        @OptionGroup var location: DataOptions
        @Argument(help: "The user's login name (as on this machine).") var login: String
        @Option(help: "Comma-separated roles: clerk,reviewer,approver,admin.") var roles: String
        @Option(help: "显示名 (display name).") var name: String = ""

        func run() throws {
            try UserCLI.reporting {
                let set = try UserCLI.roles(roles)
                let db = try location.openStore()
                let saved = try db.save(User(login: login, displayName: name, roles: set), replacing: nil,
                                        by: LoginIdentity.current())
                Output.line("已添加用户 (user added): \(TextRules.printable(saved.login)) \(set.sorted().map(\.rawValue).joined(separator: ","))")
            }
        }
    }

    struct Roles: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "roles", abstract: "Replaces a user's roles (an empty list removes them all).")
        @OptionGroup var location: DataOptions
        @Argument(help: "The user's login name.") var login: String
        @Option(help: "Comma-separated roles: clerk,reviewer,approver,admin (\"\" for none).") var roles: String

        func run() throws {
            try UserCLI.reporting {
                let set = try UserCLI.roles(roles)
                let db = try location.openStore()
                guard let original = try db.user(login) else {
                    throw DomainCLI.Failure("没有用户“\(login)” (no user '\(login)'; add it with `stationdesk user add`)")
                }
                var changed = original
                changed.roles = set
                try db.save(changed, replacing: original, by: LoginIdentity.current())
                Output.line("已更新角色 (roles set): \(TextRules.printable(login)) \(set.sorted().map(\.rawValue).joined(separator: ","))")
            }
        }
    }
}

extension UserCommand {
    struct Deactivate: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "deactivate",
            abstract: "Deactivates a user: the account keeps its record and holds no role (the last admin stays).")
        @OptionGroup var location: DataOptions
        @Argument(help: "The user's login name.") var login: String

        func run() throws {
            try UserCLI.reporting {
                try location.openStore().perform(SetUserActive(login, deactivatedOn: DomainCLI.todayInShanghai()), by: LoginIdentity.current())
                Output.line("已停用 (deactivated): \(login)")
            }
        }
    }

    struct Reactivate: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "reactivate", abstract: "Reactivates a deactivated user with the roles they had.")
        @OptionGroup var location: DataOptions
        @Argument(help: "The user's login name.") var login: String

        func run() throws {
            try UserCLI.reporting {
                try location.openStore().perform(SetUserActive(login, deactivatedOn: nil), by: LoginIdentity.current())
                Output.line("已恢复 (reactivated): \(login)")
            }
        }
    }
}

/// Shared pieces of the user commands.
enum UserCLI {
    /// Parses `clerk,reviewer` into roles; an unknown word is refused naming the allowed ones.
    static func roles(_ text: String) throws -> Set<Role> {
        var set = Set<Role>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !word.isEmpty {
            guard let role = Role(rawValue: word) else {
                let allowed = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw DomainCLI.Failure("--roles: 未知角色“\(word)”，可用：\(allowed) (unknown role '\(word)'; allowed: \(allowed))")
            }
            set.insert(role)
        }
        return set
    }

    /// Refuses a caller who is not an admin (reads are admin-only too: the list names everyone's powers).
    static func requireAdmin(_ db: AppDatabase) throws {
        let me = LoginIdentity.current()
        guard try db.user(me)?.has(.admin) == true else {
            throw StoreError.notPermitted(user: me, action: "管理用户 (manage users; admin only)")
        }
    }

    /// Prints any failure (store, domain or argument) on stderr and exits 1.
    static func reporting(_ body: () throws -> Void) throws {
        try DomainCLI.reporting(body)
    }
}
