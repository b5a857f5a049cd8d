import ArgumentParser
import Foundation
import StationDomain
import StationStore

/// `stationdesk sheet list|show` (issue 13): score sheets as the caller may see them — a
/// reviewer their own (with their draft), a clerk, approver or admin the values submitted and
/// never a draft. `--as LOGIN` lets an admin look as another user (journalled).
struct SheetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sheet",
        abstract: "评分表 (score sheets, as you may see them)",
        subcommands: [List.self, Show.self]
    )

    struct Identity: ParsableArguments {
        @Option(name: .customLong("as"), help: ArgumentHelp("Admins only: look as another user (journalled).", valueName: "LOGIN"))
        var actAs: String?

        /// Who is looking: the login, or (for an admin, journalled) `--as`.
        func viewer(_ db: AppDatabase) throws -> String {
            let me = LoginIdentity.current()
            guard let login = actAs else { return me }
            try db.startActing(as: login, admin: me)
            return login
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Your sheets (reviewers): subject, state, deadline; every scored subject with its counts (clerks).")
        @OptionGroup var location: DataOptions
        @OptionGroup var identity: Identity

        func run() throws {
            try DomainCLI.reporting {
                let db = try location.openStore()
                let viewer = try identity.viewer(db)
                let mine = try db.mySheets(viewer)
                for s in mine {
                    let year = s.subject.year.map { " \($0)" } ?? ""
                    Output.line("#\(s.sheet.id ?? 0)\t\(s.state.rawValue)\t\(s.sheet.deadline?.description ?? "-")\t\(s.subject.name)\(year)")
                }
                guard try db.user(viewer)?.activeRoles.isDisjoint(with: [.clerk, .approver, .admin]) == false else {
                    if mine.isEmpty { Output.line("没有分配给你的评分表 (no sheets assigned to you)") }
                    return
                }
                for s in try db.reviewSubjects(viewer: viewer) {
                    let year = s.subject.year.map { " \($0)" } ?? ""
                    Output.line("\(s.subject.kind.rawValue) #\(s.subject.id)\t\(s.submitted)/\(s.assigned)\t\(s.subject.name)\(year)")
                }
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "One sheet as you may see it: refused for another reviewer's sheet and for anyone's draft.")
        @OptionGroup var location: DataOptions
        @OptionGroup var identity: Identity
        @Argument(help: "The sheet's number (#N in `sheet list`).") var id: Int64

        func run() throws {
            try DomainCLI.reporting {
                let db = try location.openStore()
                let viewer = try identity.viewer(db)
                let (sheet, draft) = try db.sheet(id, viewer: viewer)
                let form = try StoredPolicyBook.load(share: try location.shareDirectory(), db: db).policies.lazy
                    .compactMap { $0.form(id: sheet.formId, version: sheet.formVersion) }.first
                let scores = draft?.scores ?? sheet.scores
                Output.line("#\(id) \(sheet.reviewer) \(sheet.formId) v\(sheet.formVersion) \(sheet.state(hasDraft: draft != nil).rawValue)")
                for c in form?.criteria ?? [] {
                    Output.line("\(c.title)\t\(scores[c.key]?.description ?? "-")/\(c.max)")
                }
                if let form { Output.line("total\t\(SheetCheck.total(of: scores, form: form))/\(form.maximum)") }
            }
        }
    }
}
