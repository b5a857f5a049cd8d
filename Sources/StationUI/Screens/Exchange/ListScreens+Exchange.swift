import StationDomain
import StationExchange

// The `i` (import) and `x` (export) keys of the lists. Export takes the rows in display order,
// after the filter and the sort: what is shown is what is written.

extension UnitsPartnersScreen {
    func exchange(_ key: Key, _ ctx: Context) -> [Effect] { exchange(kind, key, ctx) }

    private func exchange<K: RecordKind>(_ kind: K.Type, _ key: Key, _ ctx: Context) -> [Effect] {
        if key == .char("i") {
            guard let importKind = K.importKind else { return [] }
            guard ctx.may(.imports) else { return [.error(ctx.catalog.notPermitted(.imports))] }
            return [.push(ImportScreen(kind: importKind, ctx))]
        }
        guard let rows = K.export(shownRecords.compactMap { $0.value as? K.Record }) else { return [] }
        return [ExportScreen.open(rows, ctx)]
    }
}

extension TalentsScreen {
    func exchange(_ key: Key, _ ctx: Context) -> [Effect] {
        if key == .char("i") { return [.push(ImportScreen(kind: .talents, ctx))] }
        do { return [ExportScreen.open(.talents(try shownTalents(ctx)), ctx)] } catch {
            return [.error(ctx.catalog.describe(error))]
        }
    }
}

extension StationsScreen {
    func exchange(_ key: Key, _ ctx: Context) -> [Effect] {
        if key == .char("i") { return [.push(ImportScreen(kind: .stations, ctx))] }
        return [ExportScreen.open(.stations(list.shown.map { stations[$0] }), ctx)]
    }
}

// The command line reaches these lists (`:123`, `:export PATH`).
extension UnitsPartnersScreen: ListScreen {
    func exportEffects(_ ctx: Context) -> [Effect]? { exchange(.char("x"), ctx) }
}
extension TalentsScreen: ListScreen {
    func exportEffects(_ ctx: Context) -> [Effect]? { exchange(.char("x"), ctx) }
}
extension StationsScreen: ListScreen {
    func exportEffects(_ ctx: Context) -> [Effect]? { exchange(.char("x"), ctx) }
}
extension JournalScreen: ListScreen {}
extension EvaluationsScreen: ListScreen {}
