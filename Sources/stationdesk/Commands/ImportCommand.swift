import ArgumentParser
import Dispatch
import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI
#if canImport(Glibc)
import Glibc
#endif

extension ImportKind: ExpressibleByArgument {}

/// `stationdesk import KIND FILE [--dry-run] [--data DIR]`: one file, one command, one undo step.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入 CSV (import a CSV file): units, partners, stations or talents",
        discussion: """
            Columns (header row required, any order):
              units     name,uscc,kind,address,contact
              partners  name,kind,city,contact
              stations  name,type,unit_uscc,partners,head,staff,agreement_date,status,ended_on
              talents   name,category,employer,employer_kind,introduced_on,station,note
            staff, ended_on, employer_kind, note, address, contact may be left out. employer_kind is
            enterprise, institution or other (empty: unclassified); a file without the column gives
            an employer that is a unit the unit's kind and leaves the others unclassified.
            UTF-8 (with or without BOM) or GB18030/GBK. A file with any bad row writes nothing;
            every bad row is listed as FILE:LINE: column: what is wrong. Ctrl-C cancels, writing nothing.
            """)

    @Argument(help: "units | partners | stations | talents")
    var kind: ImportKind

    @Argument(help: "the CSV file")
    var file: String

    @Flag(name: .customLong("dry-run"), help: "check every row, write nothing")
    var dryRun = false

    @OptionGroup var location: DataOptions

    func run() throws {
        let bar = ProgressLine(enabled: isatty(2) == 1)
        let control = ImportControl(onProgress: { bar.show($0) })
        let interrupt = CancelOnInterrupt(control)
        defer { interrupt.restore(); bar.clear() }
        do {
            let db = try reportingStoreErrors { try location.openStore(dryRun ? .read : .write) }
            let login = LoginIdentity.current()
            // Intake is the clerks' work (SPEC "People"); a dry run only reads, so anyone may check a file.
            // The store decides (`ImportFile` needs `Permission.imports`); this only adds the hint.
            if !dryRun, try !reportingStoreErrors({ try db.roles(of: login) }).grant(.imports) {
                Output.error(Output.pick("用户 \(login) 不是经办人，不能导入；可用 --dry-run 检查文件",
                                         "only a clerk may import; \(login) is not one (--dry-run checks a file)"))
                throw ExitCode(1)
            }
            let report = try Importer.run(kind, path: file, into: db, by: login, dryRun: dryRun, control: control)
            bar.clear()
            Output.line(report.text(Output.language))
        } catch let refused as Refused {
            bar.clear()
            Output.error(Output.catalog.describe(refused))
            throw ExitCode(1)
        } catch let failure as ImportFailure {
            bar.clear()
            Output.errorRaw(TextRules.printable(failure.text(Output.language), keepLineBreaks: true) + "\n")
            if case .cancelled = failure { throw ExitCode(130) }
            throw ExitCode(1)
        } catch let error as StoreError {
            bar.clear()
            Output.error(Self.plainly(error))
            throw ExitCode(1)
        }
    }

    /// A store refusal in the words the UI uses (a full disk, a store kept locked), in the language
    /// in use, saying nothing was imported.
    static func plainly(_ error: StoreError) -> String {
        Output.pick("未导入任何记录：", "nothing was imported: ") + Output.catalog.describe(error)
    }
}

/// Turns Ctrl-C into `ImportControl.cancel()` for the length of an import (the import then rolls
/// back), and restores the default behaviour afterwards.
final class CancelOnInterrupt {
    private let source: DispatchSourceSignal

    init(_ control: ImportControl) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { control.cancel() }
        source.resume()
    }

    func restore() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}

/// A one-line progress bar on stderr (only when stderr is a terminal), redrawn at most every 1 %.
final class ProgressLine: @unchecked Sendable {
    private let enabled: Bool
    private var lastPercent = -1
    private let lock = NSLock()

    init(enabled: Bool) { self.enabled = enabled }

    func show(_ progress: ImportControl.Progress) {
        guard enabled else { return }
        let percent = Int(progress.fraction * 100)
        lock.lock(); defer { lock.unlock() }
        guard percent != lastPercent else { return }
        lastPercent = percent
        let width = 30
        let filled = percent * width / 100
        let words = ["reading": "读取", "checking": "检查", "duplicates": "查重", "writing": "写入"][progress.phase.rawValue] ?? ""
        let line = "\r\(words) [" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
            + "] \(percent)%  (Ctrl-C 取消)"
        Output.errorRaw(line)
    }

    func clear() {
        guard enabled else { return }
        lock.lock(); defer { lock.unlock() }
        if lastPercent >= 0 { Output.errorRaw("\r\u{1B}[K") }
        lastPercent = -1
    }
}
