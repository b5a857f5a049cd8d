import ArgumentParser
import Foundation
import StationDomain
import StationStore

// The journal's command-line face: log, undo, redo, revert, verify, backup. Each opens the store
// in the data folder (`--data DIR`, else $STATIONDESK_DATA, else $XDG_DATA_HOME/stationdesk, else
// ~/.local/share/stationdesk) and acts as the login user (the real uid's name).

/// Opens the store named by `--data` (or the environment) for a journal command, turning store
/// errors into a message and exit 1.
func openJournalStore(_ location: DataOptions, _ access: AppDatabase.Access) throws -> AppDatabase {
    try reportingStoreErrors { try location.openStore(access) }
}

/// The same, for a read of the whole programme (verify, anchor, backup): clerks, approvers and admins only.
func openStaffJournalStore(_ location: DataOptions) throws -> AppDatabase {
    try reportingStoreErrors { try location.openStaffStore(.read) }
}

/// Prints a store refusal on stderr in the language in use and exits 1; other errors pass through.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        Output.error(Output.message(for: error))
        throw ExitCode.failure
    } catch let error as Refused {
        Output.error(Output.message(for: error))
        throw ExitCode.failure
    } catch let error as StoreAccessError {
        Output.error(Output.message(for: error))
        throw ExitCode.failure
    } catch let error as TextProblem {
        Output.error(Output.message(for: error))
        throw ExitCode.failure
    }
}

/// A field of a journal line the store holds but the program did not write (a login, a summary
/// naming a file): escaped, line breaks and tabs included, so it cannot break the line.
func field(_ text: String) -> String { TextRules.printable(text) }

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "列出操作日志 (show the journal, newest first)")

    @OptionGroup var location: DataOptions

    @Option(help: "How many entries to show.")
    var limit: Int = 20

    @Flag(help: "Show each entry's records before and after.")
    var changes = false

    func run() throws {
        let db = try openJournalStore(location, .read)
        let entries = try reportingStoreErrors { try db.journal(readBy: LoginIdentity.current(), limit: limit, changeLimit: changes ? 100 : 0) }
        if entries.isEmpty { Output.line(Output.catalog.journalEmpty) }
        for e in entries {
            var line = "#\(e.sequence)  \(e.time)  \(field(e.user))  \(field(e.command))  \(field(Output.catalog.journalWhat(e)))  [\(e.changeCount)]"
            if let u = e.undoes { line += "  ↶#\(u)" }
            if let r = e.redoes { line += "  ↷#\(r)" }
            Output.line(line)
            guard changes else { continue }
            for c in e.changes {
                Output.line("    \(field(c.table)) #\(c.rowId)")
                Output.line("      before: \(field(c.before ?? "∅"))")
                Output.line("      after:  \(field(c.after ?? "∅"))")
            }
            if e.changeCount > e.changes.count { Output.line("    …\(e.changeCount - e.changes.count) more") }
        }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "撤销我的上一个操作 (undo my last command)")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try openJournalStore(location, .write)
        let e = try reportingStoreErrors { try db.undo(by: LoginIdentity.current()) }
        Output.line("#\(e.sequence) " + field(Output.pick("已撤销：", "Undone: ") + Output.catalog.journalWhat((try? db.originalCommand(of: e)) ?? e)))
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "重做我撤销的操作 (redo my last undo)")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try openJournalStore(location, .write)
        let e = try reportingStoreErrors { try db.redo(by: LoginIdentity.current()) }
        Output.line("#\(e.sequence) " + field(Output.pick("已重做：", "Redone: ") + Output.catalog.journalWhat((try? db.originalCommand(of: e)) ?? e)))
    }
}

struct RevertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revert",
        abstract: "管理员撤回任一条日志 (admin: revert any journal entry, if its records are unchanged since)")

    @OptionGroup var location: DataOptions

    @Argument(help: "The entry's sequence number (see `stationdesk log`).")
    var sequence: Int64

    func run() throws {
        let db = try openJournalStore(location, .write)
        let e = try reportingStoreErrors { try db.revert(sequence: sequence, by: LoginIdentity.current()) }
        Output.line("#\(e.sequence) " + field(Output.catalog.journalWhat(e)))
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify",
        abstract: "校验日志哈希链与数据库 (check the journal's hash chain, the schema, integrity_check, foreign keys; exit 1 on any problem)",
        discussion: """
            Prints the chain's head (the newest entry's number and hash). With --anchor FILE, also checks that every
            entry anchored in FILE (see `stationdesk anchor`) is still in the journal unchanged.
            """)

    @OptionGroup var location: DataOptions

    @Option(help: ArgumentHelp("An anchor file kept outside the data folder: every anchored entry must be unchanged.", valueName: "FILE"))
    var anchor: String?

    func run() throws {
        let db = try openStaffJournalStore(location)
        let anchors = try reportingStoreErrors { try anchor.map(AnchorFile.read) ?? [] }
        let report = try reportingStoreErrors { try db.verify(anchors: anchors) }
        if report.isIntact {
            Output.line(Output.pick(
                "完好：\(report.entries)条日志、\(report.changes)处变更；哈希链、数据库结构、integrity_check 与外键均无问题" + (anchors.isEmpty ? "" : "；\(anchors.count)个锚点均相符"),
                "intact: \(report.entries) entries, \(report.changes) changes; hash chain, schema, integrity_check and foreign keys hold" + (anchors.isEmpty ? "" : "; all \(anchors.count) anchors match")))
            if let head = report.head {
                Output.line(Output.pick("链头（最新一条）：\(head)", "chain head (newest entry): \(head)"))
            }
            return
        }
        for p in report.problemLines(Output.language) { Output.line(p) }
        if let head = report.head { Output.line(Output.pick("链头（最新一条）：\(head)", "chain head (newest entry): \(head)")) }
        Output.error(Output.pick("verify：发现\(report.problems.count)处问题", "verify: \(report.problems.count) problem(s) found"))
        throw ExitCode.failure
    }
}

/// `stationdesk anchor FILE`: verifies the store, then appends the chain's head to FILE — a file
/// the admin keeps outside the data folder (another account, another machine, or printed).
struct AnchorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "anchor",
        abstract: "把日志链头记入锚点文件 (append the journal's chain head to an anchor file kept outside the data folder)",
        discussion: """
            Anyone who can write the store can rewrite its history and re-hash the chain; they cannot change a line kept
            elsewhere. `stationdesk verify --anchor FILE` then finds a rewritten or shortened history. Take an anchor at
            least every working day (and after each backup), and keep the file where the store's users cannot write.
            """)

    @OptionGroup var location: DataOptions

    @Argument(help: "The anchor file (created if absent; outside the data folder).")
    var file: String

    func run() throws {
        let db = try openStaffJournalStore(location)
        try reportingStoreErrors {
            let report = try db.verify()
            guard report.isIntact else { throw StoreAccessError.notAnchoringBrokenChain(problems: report.problems.count) }
            guard let head = report.head else { throw StoreAccessError.nothingToAnchor }
            try AnchorFile.append(AnchorFile.line(head, takenAt: JournalClock.now(), store: db.path), to: file, dataFolder: db.folder)
            Output.line(Output.pick("已记入锚点 \(file)：\(head)", "anchored in \(file): \(head)"))
        }
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "在线备份到文件 (a consistent online copy of the store, made while others keep working)")

    @OptionGroup var location: DataOptions

    @Argument(help: "The backup file to create (must not exist).")
    var file: String

    @Option(help: ArgumentHelp("Also append the backup's chain head to this anchor file.", valueName: "FILE"))
    var anchor: String?

    func run() throws {
        let db = try openStaffJournalStore(location)
        try reportingStoreErrors {
            let head = try db.backup(to: file)
            guard let head else {
                Output.line(Output.pick("已备份到 \(file)（日志为空）", "backed up to \(file) (the journal is empty)"))
                return
            }
            Output.line(Output.pick("已备份到 \(file)；备份中的日志至第\(head.sequence)条，链头哈希 \(head.hash)",
                                    "backed up to \(file); the backup's journal ends at entry \(head.sequence), chain head hash \(head.hash)"))
            if let anchor {
                try AnchorFile.append(AnchorFile.line(head, takenAt: JournalClock.now(), store: file), to: anchor, dataFolder: db.folder)
                Output.line(Output.pick("已记入锚点 \(anchor)", "anchored in \(anchor)"))
            }
        }
    }
}
