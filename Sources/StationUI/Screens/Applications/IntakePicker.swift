import StationDomain

/// The pickers of the intake form, drawn over it: the unit (one; `a` adds a unit on the spot),
/// the partners (Space marks several, Enter takes the marked or the selected one), the station a
/// renewal continues (or none: a new station). A list like every list: `/` filters (pinyin too),
/// `s` sorts. Esc closes without changing anything.
public struct IntakePicker: Sendable {
    public enum Kind: Sendable { case unit, partners, renewal }
    public enum Result: Sendable {
        case unit(Int64)
        case partners([Int64])
        case renewal(Int64?)
        /// Closed with Esc: the form keeps what it had.
        case cancel
    }

    public let kind: Kind
    public private(set) var list: ListBrowser
    /// The partners marked (Space, the list's own marks).
    public var marked: Set<Int64> { list.marked }

    init(for slot: IntakeFormScreen.Slot, form: IntakeFormScreen, _ ctx: Context) {
        let c = ctx.catalog
        var rows: [[String]] = [], ids: [Int64] = []
        switch slot {
        case .partners:
            kind = .partners
            list = ListBrowser(columns: [Table.Column(c.fieldName), Table.Column(c.fieldPartnerKind, width: 12),
                                         Table.Column(c.fieldCity, width: 10)])
            for p in (try? ctx.store.partners()) ?? [] {
                guard let id = p.id else { continue }
                rows.append([p.name, c.partnerKind(p.kind), p.city]); ids.append(id)
            }
        case .renewal:
            kind = .renewal
            list = ListBrowser(columns: [Table.Column(c.columnStation), Table.Column(c.columnAgreement, width: 10),
                                         Table.Column(c.columnPeriodEnd, width: 10)])
            rows.append([c.newStation, "", ""]); ids.append(-1)
            for s in (try? ctx.store.stations()) ?? [] where s.status == .active {
                guard let id = s.id else { continue }
                rows.append([c.stationName(s), s.agreementDate.description, ctx.rules.period(of: s)?.end.description ?? "—"])
                ids.append(id)
            }
        default:
            kind = .unit
            list = ListBrowser(columns: [Table.Column(c.fieldName), Table.Column(c.fieldCreditCode, width: 18)])
            for u in (try? ctx.store.units()) ?? [] {
                guard let id = u.id else { continue }
                rows.append([u.name, u.creditCode]); ids.append(id)
            }
        }
        list.setRows(rows, ids: ids, ctx)
        // The partners the form holds start marked (`*` in the list's gutter).
        if kind == .partners { list.mark(ids: form.partnerIds) }
        let current: Int64? = kind == .unit ? form.unitId : kind == .renewal ? (form.renewsStationId ?? -1) : form.partnerIds.first
        // Start on what the form holds now.
        if let current, list.ids.contains(current) {
            for _ in 0..<list.shown.count where list.selectedId != current { _ = list.handle(.down, ctx) }
        }
    }

    func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let h = list.modeHints(ctx) { return h }
        var h = [Hint("↑↓", c.keyMove), Hint("Enter", c.keyPick)]
        if kind == .partners { h.append(Hint("Space", c.keyMark)) }
        if kind == .unit { h.append(Hint("a", c.keyAddUnit)) }
        return h + [Hint("/", c.keyFilter), Hint("Esc", c.keyCancel)]
    }

    /// The effects for the app, and what was picked (nil: still picking; Esc gives `.none`).
    mutating func handle(_ key: Key, _ ctx: Context) -> (effects: [Effect], result: Result?) {
        let browsing = !list.filtering && !list.isAsking
        // Esc closes the picker (the list would first ask about its marks); one unit or station only.
        if browsing && key == .escape && list.filter.text.isEmpty { return ([], .cancel) }
        if browsing && key == .char(" ") && kind != .partners { return ([.error(ctx.catalog.pickOnlyOne)], nil) }
        if let effects = list.handle(key, ctx) { return (effects, nil) }
        switch key {
        case .escape, .char("q"):
            return ([], .cancel)
        case .char("a") where kind == .unit:
            return ([.push(IntakePicker.unitForm(ctx))], nil)
        case .enter:
            guard let id = list.selectedId else { return ([], nil) }
            switch kind {
            case .unit: return ([], .unit(id))
            case .renewal: return ([], .renewal(id < 0 ? nil : id))
            case .partners:
                // Marked ones in the list's order; none marked: the selected one.
                let chosen = list.marked.isEmpty ? [id] : list.ids.filter { list.marked.contains($0) }
                return ([], .partners(chosen))
            }
        default:
            return ([], nil)
        }
    }

    mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let top = area.top + 2, height = area.height - 3
        let left = area.left + 2, width = area.width - 4
        grid.box(top: top, left: left, height: height, width: width)
        let heading: String
        switch kind {
        case .unit: heading = c.pickUnit
        case .partners: heading = c.pickPartners
        case .renewal: heading = c.pickRenewal
        }
        grid.put(heading, row: top, col: left + 2, limit: width - 4, style: .header)
        list.render(into: &grid, area: Area(top: top + 1, left: left + 1, height: height - 2, width: width - 2),
                    empty: kind == .unit ? c.noUnitsAddOne : c.emptyList, ctx)
    }
}

extension IntakePicker {
    /// The units' own add form: saved, it closes and reveals the new unit to the intake form.
    static func unitForm(_ ctx: Context) -> any Screen { RecordFormScreen<UnitRecords>(new: ctx) }
}
