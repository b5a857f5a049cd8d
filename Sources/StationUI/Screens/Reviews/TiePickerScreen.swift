import StationDomain
import StationStore

/// 声明回避: the reviewer picks a unit or a partner (Tab switches; `/`-less: typing filters,
/// pinyin too), then writes a note; the store records the tie as theirs.
public struct TiePickerScreen: Screen {
    public private(set) var partners = false
    public internal(set) var list: ListBrowser
    private let names: TieNames

    init(names: TieNames, _ ctx: Context) {
        self.names = names
        list = ListBrowser(columns: [Table.Column(ctx.catalog.columnName)])
        reload(ctx)
    }

    public var isOverlay: Bool { false }
    public var capturesText: Bool { list.filtering }
    public var shownTables: Set<String>? { ["unit", "partner"] }

    public func title(_ ctx: Context) -> String { ctx.catalog.keyDeclareTie }
    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        return [Hint("Enter", c.keyChooseTie), Hint("Tab", c.keySwitchList), Hint("/", c.keyFilter), Hint("Esc", c.keyCancel)]
    }
    public func help(_ ctx: Context) -> [Hint] { hints(ctx) }

    public mutating func reload(_ ctx: Context) {
        if partners {
            list.setRows(names.partnerList.map { [$0.name] }, ids: names.partnerList.map { $0.id ?? -1 }, ctx)
        } else {
            list.setRows(names.unitList.map { [$0.name] }, ids: names.unitList.map { $0.id ?? -1 }, ctx)
        }
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let asker = self   // closures below ask as this screen (a copy: it is only its type that counts)
        let c = ctx.catalog
        if !list.filtering && (key == .tab || key == .backTab) {
            partners.toggle()
            reload(ctx)
            return []
        }
        if let e = list.handle(key, ctx) { return e }
        switch key {
        case .enter:
            guard let id = list.selectedId, let i = list.selectedIndex else { return [] }
            let name = list.rows[i][0]
            let tie = partners ? ReviewerTie(reviewer: ctx.user, partnerId: id) : ReviewerTie(reviewer: ctx.user, unitId: id)
            // The picker stays until the store answers: a refusal is shown here, with the choice.
            return [.push(PromptScreen(question: c.tieNoteQuestion(name), required: false) { note in
                var t = tie
                t.note = note
                return [asker.run(DeclareTie(t)) { _, result, ctx in
                    switch result {
                    case .success(let saved):
                        return [.pop, .reveal(table: "reviewer_tie", id: saved.id ?? 0), .message(ctx.catalog.tieDeclared(name))]
                    case .failure(let e): return [.error(ctx.catalog.describe(e))]
                    }
                }]
            })]
        default: return nil
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        grid.putTabs([c.tabUnits, c.tabPartners], current: partners ? 1 : 0, row: area.top, col: area.left + 1)
        list.render(into: &grid, area: Area(top: area.top + 1, left: area.left, height: area.height - 1, width: area.width),
                    empty: c.emptyList, ctx)
    }
}
