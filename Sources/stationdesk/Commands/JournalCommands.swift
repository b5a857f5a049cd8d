import ArgumentParser
import Foundation
import StationStore

// The journal's command-line face: log, undo, redo, revert, verify, backup. Each opens the store
// in the data folder (`--data DIR`, else $STATIONDESK_DATA, else $XDG_DATA_HOME/stationdesk, else
// ~/.local/share/stationdesk) and acts as the login user (the real uid's name).

/// Opens the store named by `--data` (or the environment), turning store errors into a message and exit 1.
func openJournalStore(_ location: DataOptions) throws -> AppDatabase {
    try reportingStoreErrors { OpenStores.keep(try AppDatabase.open(folder: location.folder)) }
}

/// Prints a `StoreError` on stderr and exits 1; other errors pass through to ArgumentParser.
func reportingStoreErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as StoreError {
        FileHandle.standardError.write(Data(("stationdesk: " + error.description + "\n").utf8))
        throw ExitCode.failure
    }
}

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "列出操作日志 (show the journal, newest first)")

    @OptionGroup var location: DataOptions

    @Option(help: "How many entries to show.")
    var limit: Int = 20

    @Flag(help: "Show each entry's records before and after.")
    var changes = false

    func run() throws {
        let db = try openJournalStore(location)
        let entries = try reportingStoreErrors { try db.journal(limit: limit, changeLimit: changes ? 100 : 0) }
        if entries.isEmpty { print("日志为空 (the journal is empty)") }
        for e in entries {
            var line = "#\(e.sequence)  \(e.time)  \(e.user)  \(e.command)  \(e.summary)  [\(e.changeCount)]"
            if let u = e.undoes { line += "  ↶#\(u)" }
            if let r = e.redoes { line += "  ↷#\(r)" }
            print(line)
            guard changes else { continue }
            for c in e.changes {
                print("    \(c.table) #\(c.rowId)")
                print("      before: \(c.before ?? "∅")")
                print("      after:  \(c.after ?? "∅")")
            }
            if e.changeCount > e.changes.count { print("    …\(e.changeCount - e.changes.count) more") }
        }
    }
}

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "undo", abstract: "撤销我的上一个操作 (undo my last command)")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try openJournalStore(location)
        let e = try reportingStoreErrors { try db.undo(by: LoginIdentity.current()) }
        printLine("#\(e.sequence) \(e.summary)")
    }
}

struct RedoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "redo", abstract: "重做我撤销的操作 (redo my last undo)")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try openJournalStore(location)
        let e = try reportingStoreErrors { try db.redo(by: LoginIdentity.current()) }
        printLine("#\(e.sequence) \(e.summary)")
    }
}

struct RevertCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revert",
        abstract: "管理员撤回任一条日志 (admin: revert any journal entry, if its records are unchanged since)")

    @OptionGroup var location: DataOptions

    @Argument(help: "The entry's sequence number (see `stationdesk log`).")
    var sequence: Int64

    func run() throws {
        let db = try openJournalStore(location)
        let e = try reportingStoreErrors { try db.revert(sequence: sequence, by: LoginIdentity.current()) }
        print("#\(e.sequence) \(e.summary)")
    }
}

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "verify",
        abstract: "校验日志哈希链与数据库 (check the journal's hash chain, integrity_check, foreign keys; exit 1 on any problem)")

    @OptionGroup var location: DataOptions

    func run() throws {
        let db = try openJournalStore(location)
        let report = try reportingStoreErrors { try db.verify() }
        if report.isIntact {
            print("完好 (intact): \(report.entries) entries, \(report.changes) changes; hash chain, integrity_check and foreign keys hold")
            if report.entries > 0 { print("最新哈希 (latest hash, #\(report.entries)): \(report.lastHash)") }
            return
        }
        for p in report.problems { print(p) }
        FileHandle.standardError.write(Data("stationdesk verify: \(report.problems.count) problem(s) found\n".utf8))
        throw ExitCode.failure
    }
}

struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "backup",
        abstract: "在线备份到文件 (a consistent online copy of the store, made while others keep working)")

    @OptionGroup var location: DataOptions

    @Argument(help: "The backup file to create (must not exist).")
    var file: String

    func run() throws {
        let db = try openJournalStore(location)
        try reportingStoreErrors { try db.backup(to: file) }
        print("已备份 (backed up) to \(file)")
    }
}
