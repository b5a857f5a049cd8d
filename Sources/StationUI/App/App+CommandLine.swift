import Foundation
import StationDomain
import StationExchange

/// The command line `:` (as in vim, tig, mutt): one line on the message row, Tab completes the
/// word under the cursor (several candidates: the common part, the list on the hint bar, Tab
/// again cycles), Enter runs, Esc cancels. It accepts
///
///     123                 select row 123 of the list shown (on a screen without a list: area 1–9, 0)
///     人才 / talents / rc  open an area by its name (or pinyin, or a prefix that is unique)
///     export PATH         write the rows shown as CSV to PATH (asks before overwriting)
///     report NAME [ARG] [FILE]   annual YEAR, subsidies YEAR, roster, notice ROUND,
///                         revocation STATION; written to FILE (.md, or .csv for the table),
///                         by default ./NAME[-ARG].md in the working directory, never replacing
///                         a file; the message says where
///
/// and says what it accepts for anything else.
struct CommandLineState {
    var field = TextField()
    /// The candidates of the last Tab and which one is shown (repeated Tab cycles).
    var candidates: [String] = []
    var cycling: Int?
    /// The line before the word being completed.
    var stem = ""
}

extension App {
    static let reportNames = ["annual", "subsidies", "roster", "notice", "revocation"]

    /// Opens the command line.
    func openCommandLine() { commandLine = CommandLineState() }

    /// A key while the command line is open.
    func handleCommandLine(_ key: Key) {
        guard var state = commandLine else { return }
        switch key {
        case .escape:
            commandLine = nil
        case .enter:
            commandLine = nil
            runCommand(state.field.text.trimmingCharacters(in: " "))
        case .tab, .backTab:
            complete(&state, backward: key == .backTab)
            commandLine = state
        case .backspace where state.field.text.isEmpty:
            commandLine = nil
        default:
            _ = state.field.handle(key)
            state.candidates = []; state.cycling = nil
            commandLine = state
        }
    }

    /// Tab: completes the last word of the line.
    private func complete(_ state: inout CommandLineState, backward: Bool) {
        if let i = state.cycling, !state.candidates.isEmpty {
            let next = (i + (backward ? state.candidates.count - 1 : 1)) % state.candidates.count
            state.cycling = next
            state.field.set(state.stem + state.candidates[next])
            return
        }
        let text = state.field.text
        let words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        let last = words.last ?? ""
        let before = Array(words.dropLast())
        state.stem = before.isEmpty ? "" : before.joined(separator: " ") + " "
        let all = candidates(before: before.filter { !$0.isEmpty })
        let found = all.filter { $0.lowercased().hasPrefix(last.lowercased()) }
            + (last.isEmpty ? [] : all.filter { !$0.lowercased().hasPrefix(last.lowercased()) && ctx.matcher.matches(last, $0) && !$0.contains("/") })
        guard !found.isEmpty else { message = (ctx.catalog.commandNoCompletion, true); return }
        if found.count == 1 {
            state.field.set(state.stem + found[0] + (found[0].hasSuffix("/") ? "" : " "))
            state.candidates = []
            return
        }
        var common = found[0]
        for f in found.dropFirst() { while !f.hasPrefix(common) { common.removeLast() } }
        state.candidates = found
        if common.count > last.count {
            state.field.set(state.stem + common)
        } else {
            state.cycling = 0
            state.field.set(state.stem + found[0])
        }
    }

    /// What may follow `before` (the words already typed).
    private func candidates(before: [String]) -> [String] {
        let c = ctx.catalog
        switch before.first {
        case nil:
            return ["export", "report"] + DeskArea.allCases.map(c.areaName)
        case "report":
            if before.count == 1 { return App.reportNames }
            if before.count == 2 && (before[1] == "annual" || before[1] == "subsidies") {
                return (0..<5).map { String(ctx.today.year - $0) }
            }
            return []
        case "export":
            return before.count == 1 ? pathCandidates() : []
        default:
            return []
        }
    }

    /// The entries of the working directory (folders with a trailing /), for `export PATH`.
    private func pathCandidates() -> [String] {
        let cwd = ExchangePath.currentDirectory
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cwd)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { name in
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: cwd + "/" + name, isDirectory: &isFolder)
            return "./" + name + (isFolder.boolValue ? "/" : "")
        }
    }

    /// Runs one command line.
    func runCommand(_ line: String) {
        let c = ctx.catalog
        let words = line.split(separator: " ").map(String.init)
        guard let first = words.first else { return }
        let i = stack.count - 1
        if let n = Int(first), words.count == 1 {
            // A screen showing a list (a record's tab without one has no columns) selects the row.
            if var screen = stack[i] as? any ListScreen, !screen.list.table.columns.isEmpty {
                guard screen.list.jump(toRow: n) else {
                    apply([.error(c.commandNoSuchRow(n, count: screen.list.shown.count))])
                    return
                }
                stack[i] = screen
                return
            }
            if let area = DeskArea.allCases.first(where: { String($0.shortcut) == first }) { openArea(area); return }
            apply([.error(c.commandUnknown(line))])
            return
        }
        switch first {
        case "export", "x":
            guard words.count >= 2 else { apply([.error(c.commandExportNeedsPath)]); return }
            let path = words.dropFirst().joined(separator: " ")
            guard let screen = stack[i] as? any ListScreen, let effects = screen.exportEffects(ctx) else {
                apply([.error(c.commandNoExportHere)])
                return
            }
            guard case .push(let pushed)? = effects.first, var export = pushed as? ExportScreen else { apply(effects); return }
            export.setPath(path)
            let result = export.handle(.enter, ctx) ?? []
            apply([.push(export)] + result)
        case "report":
            runReport(Array(words.dropFirst()))
        default:
            let areas = self.areas(named: line)
            if areas.count == 1 { openArea(areas[0]); return }
            if areas.count > 1 { apply([.error(c.commandAmbiguousArea(line, areas.map(c.areaName)))]); return }
            apply([.error(c.commandUnknown(line))])
        }
    }

    /// The areas whose name (either language, any case) is `text`, else those it begins or
    /// spells in pinyin (`rc` 人才; 才 is also read zai, so `rz` is 人才 or 日志).
    private func areas(named text: String) -> [DeskArea] {
        let zh = Catalog(.zh), en = Catalog(.en)
        let lower = text.lowercased()
        if let exact = DeskArea.allCases.first(where: { zh.areaName($0) == text || en.areaName($0).lowercased() == lower }) {
            return [exact]
        }
        return DeskArea.allCases.filter {
            zh.areaName($0).hasPrefix(text) || en.areaName($0).lowercased().hasPrefix(lower) || ctx.matcher.matches(text, zh.areaName($0))
        }
    }

    private func openArea(_ area: DeskArea) {
        // The same rule as the menu: an area that is not the user's is refused in plain words.
        guard DeskAccess.allows(area, ctx.roles) else { apply([.error(ctx.catalog.areaRefused(area, roles: ctx.roles))]); return }
        apply([.push(HomeScreen.open(area, ctx)), .message(ctx.catalog.commandOpened(ctx.catalog.areaName(area)))])
    }

    /// `report NAME [ARG] [FILE]`: the report written to a file; the message says where.
    private func runReport(_ args: [String]) {
        let c = ctx.catalog
        // Reports read the whole programme: a reviewer's is only their own sheets (the CLI refuses the same).
        guard DeskAccess.isStaff(ctx.roles) else { apply([.error(c.refusal(.staffOnly(login: ctx.user)))]); return }
        guard let name = args.first else { apply([.error(c.commandReportNeedsName)]); return }
        guard App.reportNames.contains(name) else { apply([.error(c.commandUnknownReport(name))]); return }
        var rest = Array(args.dropFirst())
        var file: String?
        if let last = rest.last, last.hasSuffix(".md") || last.hasSuffix(".csv") || last.hasSuffix(".txt") || last.contains("/") {
            file = last; rest.removeLast()
        }
        let argument = rest.isEmpty ? nil : rest.joined(separator: " ")
        let typed = file ?? "./" + ([name] + (argument.map { [$0] } ?? [])).joined(separator: "-") + ".md"
        let target = ExchangePath.resolve(typed)
        do {
            let report = try DeskReports.report(name, argument: argument, store: ctx.store, rules: ctx.rules, today: ctx.today,
                                                language: ReportLanguage(ctx.catalog.language))
            let bytes: Data
            if typed.hasSuffix(".csv") {
                guard let csv = try report.csv() else { apply([.error(c.commandReportHasNoTable(name))]); return }
                bytes = csv
            } else {
                bytes = Data(report.text.utf8)
            }
            // As an export: only a regular file, never in the data folder; an existing file is
            // not replaced (the message names it: give another FILE).
            try ExportFile.write(bytes, to: target, ExportScreen.options(ctx))
            apply([.message(c.commandReportWritten(target))])
        } catch let refusal as ExportRefusal {
            apply([.error(c.describe(refusal))])
        } catch let problem as CommandLineProblem {
            apply([.error(c.describe(problem))])
        } catch {
            apply([.error(c.describe(error))])
        }
    }

    /// The command line drawn on the message row, with the cursor in it.
    func drawCommandLine(_ state: CommandLineState, into grid: inout Grid) {
        let row = grid.height - 2
        grid.fill(row: row, style: .normal)
        let used = grid.put(":", row: row, col: 1, style: .label)
        let x = state.field.render(into: &grid, row: row, col: 1 + used, width: grid.width - 3 - used, style: .activeField)
        grid.cursor = (row, x)
    }

    /// The hint bar while the command line is open: the candidates of the last Tab, or the keys.
    func commandLineHints(_ state: CommandLineState) -> [Hint] {
        let c = ctx.catalog
        if !state.candidates.isEmpty {
            return state.candidates.enumerated().map { Hint($0.offset == state.cycling ? "[\($0.element)]" : $0.element, "") }
        }
        return [Hint("Tab", c.keyComplete), Hint("Enter", c.keyRun), Hint("Esc", c.keyCancel), Hint(c.commandForms, "")]
    }
}
