import Foundation
import StationDomain
import StationExchange
import StationStore

/// The aggregate of one application or evaluation (SPEC "Default score sheets"): each submitted
/// sheet by reviewer, per criterion and total, highest first; the mean; with 5 or more sheets the
/// mean without the highest and the lowest total (去掉一个最高分和一个最低分); the median; the
/// spread; every sheet more than 20 points from the aggregate flagged (`ScoreAggregation`).
/// Withdrawn, reopened and unsubmitted sheets are listed below, outside the numbers. A clerk
/// reopens a submitted sheet with a reason (`r`) or withdraws one (`w`); `x` exports the counted
/// sheets, one column per criterion. Cost of a reload: one store read; O(n log n) in the sheets.
public struct AggregateScreen: Screen {
    public let subject: ReviewSubject
    public private(set) var sheets: [ScoreSheet] = []
    public private(set) var form: ScoreForm?
    public private(set) var aggregation: ScoreAggregation?
    /// Rows in display order: counted sheets first (highest total first), then the others.
    public private(set) var rows: [ScoreSheet] = []
    public private(set) var selected = 0
    private var names: [String: String] = [:]
    private var loadError: String?

    public init(_ subject: ReviewSubject, _ ctx: Context) {
        self.subject = subject
        reload(ctx)
    }

    public var shownTables: Set<String>? { ["score_sheet", "app_user"] }
    public func title(_ ctx: Context) -> String { ScoreText.subject(subject, ctx.catalog) }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        let change = ctx.may(.assignments) ? [Hint("r", c.keyReopen), Hint("w", c.keyWithdraw)] : []
        return [Hint("↑↓", c.keyMove), Hint("Enter", c.keyViewSheet)] + change
            + [Hint("x", c.keyExport), Hint("h", c.keyHistory), Hint("Esc q", c.keyBack), Hint("?", c.keyHelp)]
    }
    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("↑ ↓ j k Home End g G", c.keyMove), Hint("Enter", c.keyViewSheet), Hint("r", c.keyReopenLong),
                Hint("w", c.keyWithdrawLong), Hint("x", c.keyExportSheets), Hint("h", c.keyHistory), Hint("u", c.keyUndo),
                Hint("Esc q", c.keyBack), Hint("Q Ctrl-Q", c.keyQuit)]
    }

    public mutating func reload(_ ctx: Context) {
        let keep = rows.isEmpty ? nil : rows[selected].id
        do {
            sheets = try ctx.store.reviewSheets(subject.kind, subject.id, viewer: ctx.user)
            names = [:]
            for u in try ctx.store.users() where !u.displayName.isEmpty { names[u.login] = u.displayName }
            loadError = nil
        } catch {
            sheets = []
            loadError = ctx.catalog.describe(error)
        }
        form = sheets.first.flatMap { ScoreText.form(id: $0.formId, version: $0.formVersion, ctx) }
        aggregation = sheets.first.flatMap { ScoreText.policy(holding: $0.formId, version: $0.formVersion, ctx) }
            .map { ScoreAggregation(sheets: sheets, policy: $0) }
        let counted = aggregation?.sheets.map(\.sheet) ?? []
        let countedIds = Set(counted.compactMap(\.id))
        rows = counted + sheets.filter { !countedIds.contains($0.id ?? -1) }
        selected = keep.flatMap { id in rows.firstIndex { $0.id == id } } ?? min(selected, max(0, rows.count - 1))
    }

    var selectedSheet: ScoreSheet? { rows.isEmpty ? nil : rows[selected] }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let asker = self   // closures below ask as this screen (a copy: it is only its type that counts)
        let c = ctx.catalog
        switch key {
        case .up, .char("k"): selected = max(0, selected - 1)
        case .down, .char("j"): selected = min(max(0, rows.count - 1), selected + 1)
        case .home, .char("g"), .pageUp: selected = 0   // the sheets fit one page: PgUp PgDn go to the ends
        case .end, .char("G"), .pageDown: selected = max(0, rows.count - 1)
        case .enter:
            guard let s = selectedSheet, let form else { return [] }
            return [.push(ScoreSheetScreen(sheet: s, draft: nil, form: form, subject: subject, readOnly: true))]
        case .char("r"):
            guard let s = selectedSheet, let id = s.id else { return [] }
            guard ctx.may(.assignments) else { return [.error(c.notPermitted(.assignments))] }
            guard s.submittedOn != nil else { return [.error(c.refusal(.sheetNotSubmitted(sheet: id)))] }
            let who = name(s.reviewer)
            return [.push(PromptScreen(question: c.reopenQuestion(who)) { reason in
                [asker.run(ReopenSheet(id, reason: reason, on: ctx.today)) { _, result, ctx in
                    switch result {
                    case .failure(let e): return [.error(ctx.catalog.describe(e))]
                    case .success(let sheet): return [.message(ctx.catalog.sheetReopened(who, deadline: sheet.deadline))]
                    }
                }]
            })]
        case .char("w"):
            guard let s = selectedSheet, let id = s.id else { return [] }
            guard ctx.may(.assignments) else { return [.error(c.notPermitted(.assignments))] }
            let who = name(s.reviewer)
            return [.push(PromptScreen(question: c.withdrawQuestion(who)) { reason in
                [asker.run(WithdrawSheet(id, reason: reason, on: ctx.today)) { _, result, ctx in
                    if case .failure(let e) = result { return [.error(ctx.catalog.describe(e))] }
                    return [.message(ctx.catalog.sheetWithdrawn(who))]
                }]
            })]
        case .char("h"):
            guard let s = selectedSheet, let id = s.id else { return [] }
            return [.push(JournalScreen(source: .history(table: "score_sheet", id: id, name: c.sheetOf(name(s.reviewer))), ctx))]
        case .char("x"): return export(ctx)
        default: return nil
        }
        return []
    }

    private func name(_ login: String) -> String { names[login] ?? login }

    /// `x`: the counted sheets as CSV, one column per criterion, to a path asked for.
    private func export(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        guard let form, let aggregation, !aggregation.sheets.isEmpty else { return [.error(c.nothingToExport)] }
        let counted = aggregation.sheets.map(\.sheet)
        let subjectName = ScoreText.subject(subject, c)
        // The same safe writer as every export: only a regular file, never in the data folder,
        // an existing one replaced only after the question, keeping its mode.
        var options = ExportScreen.options(ctx)
        options.replace = true
        let write: (String) -> [Effect] = { typed in
            do {
                try ExportFile.write(try ScoreSheetExport.csv(counted, form: form, subjectNames: [subject.id: subjectName]),
                                     to: ExchangePath.resolve(typed), options)
            } catch let refusal as ExportRefusal {
                return [.error(c.describe(refusal))]
            } catch {
                return [.error(c.exportFailed(c.describe(error)))]
            }
            return [.message(c.exportedSheets(counted.count, path: typed))]
        }
        let initial = "./scores-\(subject.kind.rawValue)-\(subject.id)-\(ctx.today).csv"
        return [.push(PromptScreen(question: c.exportSheetsQuestion, initial: initial) { typed in
            let target = ExchangePath.resolve(typed)
            if let refusal = ExportFile.refusal(writing: target, options) { return [.error(c.describe(refusal))] }
            if ExportFile.exists(target) {
                return [.push(ConfirmScreen(question: c.exportExists((typed as NSString).lastPathComponent)) { write(typed) })]
            }
            return write(typed)
        })]
    }

    // MARK: drawing

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let left = area.left + 1, width = area.width - 2
        var row = area.top
        grid.put(c.aggregateOf(ScoreText.subject(subject, c)), row: row, col: left, limit: width - 14, style: .header)
        let counted = aggregation?.sheets.count ?? 0
        let count = c.sheetsCounted(counted, of: sheets.count)
        grid.put(count, row: row, col: area.left + area.width - grid.measure(count) - 1, style: .dim)
        row += 1
        guard let form else {
            grid.put(loadError ?? (sheets.isEmpty ? c.noSheetsYet : c.formMissing(sheets[0].formId, version: sheets[0].formVersion)),
                     row: row + 1, col: left + 1, limit: width - 1, style: .dim)
            grid.cursor = (row + 1, left)
            return
        }
        let nameWidth = 10, cell = 5, totalWidth = 7
        let critCol = left + 2 + nameWidth + 1
        let totalCol = critCol + form.criteria.count * (cell + 1)
        let flagCol = totalCol + totalWidth + 1
        let flagWidth = max(0, area.left + area.width - 1 - flagCol)
        grid.put(grid.pad(c.columnReviewer, to: nameWidth), row: row, col: left + 2, style: .label)
        for (i, _) in form.criteria.enumerated() {
            grid.put(grid.pad("\(i + 1)", to: cell, alignRight: true), row: row, col: critCol + i * (cell + 1), style: .label)
        }
        grid.put(grid.pad(c.columnTotal, to: totalWidth, alignRight: true), row: row, col: totalCol, style: .label)
        grid.put(c.columnMark, row: row, col: flagCol, limit: flagWidth, style: .label)
        row += 1
        let results = Dictionary(uniqueKeysWithValues: (aggregation?.sheets ?? []).map { ($0.sheet.id ?? -1, $0) })
        let listRoom = max(1, area.bottom - row - 7)
        let first = max(0, min(selected - listRoom + 1, rows.count - listRoom))
        for i in first..<min(rows.count, first + listRoom) {
            let s = rows[i]
            let current = i == selected
            let style: Style = current ? .selected : (results[s.id ?? -1] == nil ? .dim : .normal)
            grid.fill(row: row, col: left, count: width, style: current ? .selected : .normal)
            grid.put(current ? ">" : " ", row: row, col: left, style: style)
            grid.put(grid.pad(name(s.reviewer), to: nameWidth), row: row, col: left + 2, style: style)
            if let r = results[s.id ?? -1] {
                for (k, cr) in form.criteria.enumerated() {
                    grid.put(grid.pad(s.scores[cr.key]?.description ?? "", to: cell, alignRight: true),
                             row: row, col: critCol + k * (cell + 1), style: style)
                }
                grid.put(grid.pad(ScoreText.points(r.total), to: totalWidth, alignRight: true), row: row, col: totalCol, style: style)
                grid.put(c.aggregateMarks(r.dropped ? (r.sheet.id == aggregation?.sheets.first?.sheet.id ? .highest : .lowest) : nil,
                                          outlier: r.outlier), row: row, col: flagCol, limit: flagWidth, style: r.outlier ? .error : style)
            } else {
                grid.put(c.notCounted(s), row: row, col: critCol, limit: area.left + area.width - 1 - critCol, style: style)
            }
            if current { grid.cursor = (row, left) }
            row += 1
        }
        if rows.isEmpty { grid.put(c.noSheetsYet, row: row, col: left + 2, style: .dim); grid.cursor = (row, left); row += 1 }
        // The mean of each criterion over the counted sheets.
        if let agg = aggregation, !agg.sheets.isEmpty {
            grid.put(c.criterionMeans, row: row, col: left + 2, limit: nameWidth, style: .label)
            for (k, cr) in form.criteria.enumerated() {
                let sum = agg.sheets.reduce(Points(0)) { $0 + ($1.sheet.scores[cr.key]?.points ?? Points(0)) }
                let mean = sum.divided(by: agg.sheets.count)
                grid.put(grid.pad(AggregateScreen.short(mean), to: cell, alignRight: true), row: row, col: critCol + k * (cell + 1), style: .label)
            }
            row += 2
            for line in c.aggregateLines(mean: agg.mean.map(ScoreText.points), trimmed: agg.trimmed ? agg.aggregate.map(ScoreText.points) : nil,
                                         median: agg.median.map(ScoreText.points), spread: agg.spread.map(ScoreText.points),
                                         maximum: form.maximum, trimFrom: ScoreText.policy(holding: form.id, version: form.version, ctx)?.practice.trimFromSheets ?? 5,
                                         count: agg.sheets.count, outliers: agg.sheets.filter(\.outlier).map { name($0.sheet.reviewer) },
                                         outlierPoints: ScoreText.policy(holding: form.id, version: form.version, ctx)?.practice.outlierPoints ?? 20)
            where row < area.bottom - 1 {
                grid.put(line, row: row, col: left + 2, limit: width - 2)
                row += 1
            }
        }
        // Which column is which criterion (numbers above), with each maximum.
        let legend = form.criteria.enumerated().map { "\($0.offset + 1) \(c.criterionTitle($0.element)) \($0.element.max)" }
        var text = "", legendRow = area.bottom - 1
        var lines: [String] = []
        for item in legend {
            let next = text.isEmpty ? item : text + "  " + item
            if grid.measure(next) > width - 2 && !text.isEmpty { lines.append(text); text = item } else { text = next }
        }
        if !text.isEmpty { lines.append(text) }
        legendRow = max(row, area.bottom - lines.count)
        for line in lines where legendRow < area.bottom {
            grid.put(line, row: legendRow, col: left + 2, limit: width - 2, style: .dim)
            legendRow += 1
        }
    }

    /// A mean in at most 5 cells: one decimal.
    static func short(_ p: Points) -> String {
        let tenths = (p.numerator * 20 / p.denominator + (p.numerator >= 0 ? 1 : -1)) / 2
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
