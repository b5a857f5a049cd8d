import StationDomain
import StationExchange

/// 导入 CSV: asks the KIND and the FILE (relative paths from the working directory), then
/// checks every row without writing (a dry run with a progress box; Esc cancels). Bad rows are
/// listed whole as `FILE:LINE: column: what is wrong` in a scrollable list; a clean file is
/// imported after `y` as one command — one journal entry, one undo step. The input stays when
/// anything fails, so the clerk fixes the file and checks again.
public struct ImportScreen: Screen {
    public enum Stage: Equatable {
        /// The form: kind and file.
        case asking
        /// The last check found problems; they are listed.
        case problems
        /// The last check passed; `y` imports.
        case ready(ImportReport)
    }

    public private(set) var stage: Stage = .asking
    public private(set) var form: Form
    /// The problems of the last check, one per line as the importer words them.
    public private(set) var problems: [String] = []
    private var problemFile = ""
    private var pane = TextPane()
    private var paneWidth = 0
    private let cwd: String

    /// `kind`: the kind chosen at first (the list the screen was opened from).
    public init(kind: ImportKind, _ ctx: Context, cwd: String = ExchangePath.currentDirectory) {
        self.cwd = cwd
        let c = ctx.catalog
        form = Form(fields: [
            FormField(id: "kind", label: c.fieldImportKind, options: ImportKind.allCases.map(c.importKindName),
                      chosen: ImportKind.allCases.firstIndex(of: kind) ?? 0),
            FormField(id: "file", label: c.fieldImportFile, required: true, text: ""),
        ])
        form.focus("file")
    }

    public var kind: ImportKind { ImportKind.allCases[form.choice("kind")] }
    public var capturesText: Bool { stage == .asking }

    func job(dryRun: Bool) -> ImportJob {
        let typed = form.value("file")
        return ImportJob(kind: kind, path: ExchangePath.resolve(typed, cwd: cwd), fileName: typed, dryRun: dryRun)
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.importTitle }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        switch stage {
        case .asking:
            return [Hint("Tab ↑↓", c.keyNextField2), Hint("← →", c.keyChoice), Hint("F2 Enter", c.keyCheck),
                    Hint("Esc", c.keyBack), Hint("Ctrl-Q", c.keyQuit)]
        case .problems:
            return [Hint("↑↓ PgUp PgDn", c.keyScroll), Hint("Esc q", c.keyBackToForm), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
        case .ready:
            return [Hint("y", c.keyDoImport), Hint("n Esc", c.keyBackToForm), Hint("?", c.keyHelp), Hint("Q", c.keyQuit)]
        }
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Tab ↓ / Shift-Tab ↑", c.keyNextField2), Hint("← → Space", c.keyChoice),
                Hint("F2 Enter", c.keyCheck), Hint("y", c.keyDoImport), Hint("↑ ↓ PgUp PgDn Home End", c.keyScroll),
                Hint("Esc", c.keyCancelImport), Hint("Esc q", c.keyBackToForm), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        switch stage {
        case .asking:
            let (used, request) = form.handle(key)
            switch request {
            case .submit?:
                guard !form.value("file").isEmpty else {
                    form.errors = ["file": c.importFileRequired]
                    form.focus("file")
                    return [.error(c.fieldProblem(c.fieldImportFile, c.importFileRequired))]
                }
                form.errors = [:]
                return [runImport(job(dryRun: true)) { me, result, ctx in me.finished(result, ctx) }]
            case .cancel?: return [.pop]
            case nil: return used ? [] : nil
            }
        case .problems:
            if pane.handle(key) { return [] }
            if key == .escape || key == .char("q") { stage = .asking; return [] }
            return nil
        case .ready:
            switch key {
            case .char("y"), .char("Y"):
                guard ctx.may(.imports) else { return [.error(c.importNotClerk(ctx.user))] }
                return [runImport(job(dryRun: false)) { me, result, ctx in me.finished(result, ctx) }]
            case .char("n"), .char("N"), .escape, .char("q"):
                stage = .asking
                return []
            default: return nil
            }
        }
    }

    /// The outcome of a check or an import this screen asked for.
    mutating func finished(_ result: Result<ImportReport, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let report) where report.dryRun:
            if report.count == 0 { stage = .asking; return [.message(c.importNothingInFile)] }
            stage = .ready(report)
            return [.message(c.importChecked(report.count))]
        case .success(let report):
            return [.pop, .message(c.imported(report))]
        case .failure(ImportFailure.cancelled):
            stage = .asking
            return [.message(c.importCancelled)]
        case .failure(let failure as ImportFailure):
            let lines = ImportScreen.problemLines(failure, c.language)
            guard !lines.isEmpty else {
                // The file itself could not be read or decoded, or the store refused: the reason
                // goes under the file field and on the message line; the input stays.
                stage = .asking
                form.errors = ["file": failure.text(c.language)]
                form.focus("file")
                return [.error(failure.text(c.language))]
            }
            problems = lines
            problemFile = form.value("file")
            paneWidth = 0
            stage = .problems
            return [.error(c.importProblemsMessage(lines.count))]
        case .failure(let error):
            stage = .asking
            return [.error(c.describe(error))]
        }
    }

    /// The problems worth a list: every bad row, or every header problem (`FILE:1: …`).
    static func problemLines(_ failure: ImportFailure, _ language: Language) -> [String] {
        switch failure {
        case .rows(let issues): return issues.map { $0.text(language) }
        case .header: return failure.text(language).split(separator: "\n").map(String.init)
        default: return []
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        switch stage {
        case .asking:
            form.render(into: &grid, area: area, errorMark: ctx.catalog.errorMark)
            let cursor = grid.cursor
            var row = area.top + 6
            for line in [c.importColumns(kind), c.importRequired(kind), c.importEncodings, c.importRelativeTo(cwd),
                         "", c.importDryRunNote] where row < area.bottom {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: .dim)
                row += 1
            }
            grid.cursor = cursor
        case .problems:
            var row = area.top + 1
            for line in WrappedLines.wrap(c.importProblemsHeading(problems.count, file: problemFile), width: area.width - 4,
                                          indent: "", ambiguousWide: ctx.ambiguousWide) {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: .error)
                row += 1
            }
            if paneWidth != area.width {
                pane.lines = problems.flatMap {
                    WrappedLines.wrap($0, width: area.width - 4, ambiguousWide: ctx.ambiguousWide).map { ($0, Style.normal) }
                }
                paneWidth = area.width
            }
            pane.render(into: &grid, area: Area(top: row + 1, left: area.left + 1, height: area.bottom - row - 1,
                                                width: area.width - 2))
        case .ready(let report):
            var row = area.top + 1
            for line in WrappedLines.wrap(c.importReadyHeading(report), width: area.width - 4, indent: "",
                                          ambiguousWide: ctx.ambiguousWide) {
                grid.put(line, row: row, col: area.left + 2, limit: area.width - 4, style: .header)
                row += 1
            }
            grid.put(c.importReadyQuestion, row: row + 1, col: area.left + 2, limit: area.width - 4)
            grid.cursor = (row + 1, area.left + 2)
        }
    }
}
