import Foundation
import StationDomain
import StationExchange

/// 导出 CSV, a dialog over a list: writes exactly the rows the list shows (filtered and sorted)
/// with StationExchange's `Exporter` — UTF-8 with BOM, the import's columns — to a path asked
/// for (default `./KIND-YYYY-MM-DD.csv`, relative to the working directory). An existing file is
/// overwritten only after `y`. The message line names the file and the row count.
public struct ExportScreen: Screen {
    public let records: ImportRecords
    private let lookup: Exporter.Lookup
    public private(set) var path: TextField
    /// The file exists; waiting for y/n.
    public private(set) var askingOverwrite = false
    private let cwd: String

    public init(_ records: ImportRecords, lookup: Exporter.Lookup, _ ctx: Context, cwd: String = ExchangePath.currentDirectory) {
        self.records = records
        self.lookup = lookup
        self.cwd = cwd
        path = TextField(ExchangePath.defaultExport(records.kind, on: ctx.today))
    }

    /// The effect a list's `x` key returns: the dialog, with the names the rows refer to read
    /// from the store (a station's unit code and partners, a talent's station), or the read error.
    public static func open(_ records: ImportRecords, _ ctx: Context) -> Effect {
        do {
            let s = ctx.store
            let lookup: Exporter.Lookup
            switch records {
            case .units, .partners: lookup = Exporter.Lookup()
            case .stations: lookup = Exporter.Lookup(units: try s.units(), partners: try s.partners())
            case .talents: lookup = Exporter.Lookup(stations: try s.stations())
            }
            return .push(ExportScreen(records, lookup: lookup, ctx))
        } catch {
            return .error(ctx.catalog.exportFailed(ctx.catalog.describe(error)))
        }
    }

    /// Puts `typed` in the path field (`:export PATH` then submits it as Enter would).
    public mutating func setPath(_ typed: String) { path = TextField(typed) }

    public var isOverlay: Bool { true }
    public var capturesText: Bool { !askingOverwrite }

    public func title(_ ctx: Context) -> String { ctx.catalog.exportTitle }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if askingOverwrite { return [Hint("y", c.yes), Hint("n Esc", c.no)] }
        return [Hint("Enter", c.keyWrite), Hint("Esc", c.keyCancel), Hint("Ctrl-U", c.keyKillToStart)]
    }

    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let c = ctx.catalog
        if askingOverwrite {
            switch key {
            case .char("y"), .char("Y"): return write(ctx)
            case .char("n"), .char("N"), .escape, .char("q"): askingOverwrite = false; return []
            default: return []
            }
        }
        switch key {
        case .escape: return [.pop]
        case .enter, .function(2):
            let typed = path.text.trimmingCharacters(in: " ")
            guard !typed.isEmpty else { return [.error(c.exportPathRequired)] }
            let target = ExchangePath.resolve(typed, cwd: cwd)
            // A link, a FIFO, a device, the data folder…: refused before asking anything.
            var options = ExportScreen.options(ctx)
            options.replace = true
            if let refusal = ExportFile.refusal(writing: target, options) { return [.error(c.describe(refusal))] }
            if ExportFile.exists(target) {
                askingOverwrite = true
                return []
            }
            return write(ctx)
        default:
            _ = path.handle(key)
            return []   // a dialog swallows every other key, so nothing happens behind it
        }
    }

    /// Writes the file with `ExportFile` (only a regular file, never in the data folder; through a
    /// temporary file and a rename: a reader never sees half of it). An existing file is replaced
    /// only here, after `y`, and keeps its permissions.
    private mutating func write(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        let typed = path.text.trimmingCharacters(in: " ")
        let target = ExchangePath.resolve(typed, cwd: cwd)
        askingOverwrite = false
        var options = ExportScreen.options(ctx)
        options.replace = true
        do {
            try ExportFile.write(try Exporter.csv(records, lookup: lookup), to: target, options)
        } catch let refusal as ExportRefusal {
            return [.error(c.describe(refusal))]   // one sentence naming the path
        } catch {
            return [.error(c.exportFailed(c.describe(error)))]
        }
        return [.pop, .message(c.exported(records.count, path: typed))]
    }

    /// The store's rules for export files (its data folder, its file mode), when it can say them.
    static func options(_ ctx: Context) -> ExportFile.Options {
        ctx.store.exportOptions
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let inner = min(area.width - 8, 70)
        let left = area.left + (area.width - inner - 2) / 2
        let top = area.top + max(1, area.height / 2 - 4)
        grid.box(top: top, left: left, height: 8, width: inner + 2)
        grid.put(c.exportWhat(records.count, records.kind), row: top + 1, col: left + 2, limit: inner - 2, style: .header)
        grid.put(c.exportFormat, row: top + 2, col: left + 2, limit: inner - 2, style: .dim)
        let used = grid.put(c.exportPathLabel, row: top + 4, col: left + 2, style: .label)
        let x = path.render(into: &grid, row: top + 4, col: left + 2 + used, width: inner - 3 - used,
                            style: askingOverwrite ? .field : .activeField)
        if askingOverwrite {
            let typed = path.text.trimmingCharacters(in: " ")
            // The file's name only: its folder is in the field just above.
            grid.put(c.exportExists((typed as NSString).lastPathComponent), row: top + 5, col: left + 2, limit: inner - 2, style: .error)
            let answer = "y \(c.yes)    n \(c.no)"
            grid.put(answer, row: top + 6, col: left + 2, limit: inner - 2)
            grid.cursor = (top + 6, left + 2)
        } else {
            grid.put(c.importRelativeTo(cwd), row: top + 6, col: left + 2, limit: inner - 2, style: .dim)
            grid.cursor = (top + 4, x)
        }
    }
}

extension ImportRecords {
    /// Which kind of file these records make.
    public var kind: ImportKind {
        switch self {
        case .units: return .units
        case .partners: return .partners
        case .stations: return .stations
        case .talents: return .talents
        }
    }
}
