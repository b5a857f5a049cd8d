import StationDomain
import StationStore

/// The intake form of an application (受理登记), on one 80×24 screen: the unit (picked from the
/// units, or added on the spot with `a` in the picker), one or more partners (picked; the station
/// type follows them, and a mismatch is named as the store will refuse it), the proposed name,
/// head and staff, new or renewal of a station; the Art. 4 conditions checklist (each line met /
/// not met / for the reviewers, the evidence seen and a note; line 6 only for the university type)
/// and the Art. 6 materials with the date each was received. A unit that already has a station is
/// flagged as soon as it is picked. Tab / ↓ move on, Space changes a choice (a material's empty
/// date becomes today), Enter opens a picker, F2 saves, Esc cancels (asking when changed).
public struct IntakeFormScreen: Screen {
    /// Where the focus can be.
    public enum Slot: Hashable, Sendable {
        case unit, partners, name, head, staff, renewal
        case condition(Int), evidence(Int), note(Int)
        case material(MaterialKind)
    }

    public let round: Round
    /// The stored application being edited (nil: a new one).
    public private(set) var original: Application?
    public private(set) var unitId: Int64?
    public private(set) var partnerIds: [Int64] = []
    public private(set) var renewsStationId: Int64?
    public private(set) var conditions: [Int: ConditionState] = [:]
    public private(set) var texts: [Slot: TextField] = [:]
    public private(set) var focus: Slot = .unit
    public private(set) var picker: IntakePicker?
    /// Problems found on F2 (before the store is asked), or the store's refusal.
    public private(set) var problems: [String] = []
    private var names: ApplicationNames
    private var initial: [String] = []

    public init(round: Round, editing application: Application? = nil, _ ctx: Context) {
        self.round = round
        original = application
        names = ApplicationNames(ctx)
        if let a = application {
            unitId = a.unitId; partnerIds = a.partnerIds; renewsStationId = a.renewsStationId
            texts[.name] = TextField(a.proposedName); texts[.head] = TextField(a.proposedHead)
            texts[.staff] = TextField(a.staff.joined(separator: "、"))
            for line in a.conditions {
                conditions[line.number] = line.state
                texts[.evidence(line.number)] = TextField(line.evidence); texts[.note(line.number)] = TextField(line.note)
            }
            for m in a.materials { texts[.material(m.kind)] = TextField(m.receivedOn?.description ?? "") }
        }
        initial = snapshot
    }

    // MARK: derived

    public var partners: [Partner] { partnerIds.compactMap { names.partners[$0] } }
    /// The type the partners make (nil: none picked, or they disagree).
    public var derivedType: StationType? { StationTypeRule.type(for: partners) }
    /// The type saved: the partners' own, else the first partner's (the store then names the mismatch).
    public var type: StationType { derivedType ?? partners.first?.kind.stationType ?? .university }
    /// Art. 2 / 7 as the store will judge them: no partner, a mismatch, a partner in Liuzhou.
    public var typeProblems: [Refusal] { partnerIds.isEmpty ? [] : StationTypeRule.check(type: type, partners: partners).reasons }
    /// Active stations of the picked unit other than the one renewed (Art. 5.4, flagged at intake).
    public var unitStations: [Station] {
        guard let unitId else { return [] }
        return names.stations.values.filter { $0.unitId == unitId && $0.status == .active && $0.id != renewsStationId }
            .sorted { $0.name < $1.name }
    }

    func text(_ slot: Slot) -> String { (texts[slot]?.text ?? "").trimmingCharacters(in: " ") }

    var staffList: [String] {
        text(.staff).split(whereSeparator: { "、，,;；".contains($0) || $0 == " " }).map(String.init).filter { !$0.isEmpty }
    }

    /// The slots in focus order (line 6 only for the university type).
    public var slots: [Slot] {
        var out: [Slot] = [.unit, .partners, .renewal, .name, .head, .staff]
        for n in 1...6 where ConditionCheck.applies(n, to: type) { out += [.condition(n), .evidence(n), .note(n)] }
        return out + MaterialKind.allCases.map { .material($0) }
    }

    private var snapshot: [String] {
        [String(describing: unitId), "\(partnerIds)", String(describing: renewsStationId)]
            + (1...6).map { "\(conditions[$0] ?? .unchecked)" }
            + slots.map { text($0) }
    }

    public var hasUnsavedInput: Bool { snapshot != initial }
    public var capturesText: Bool { true }

    /// The application the form describes; `problems` lists what must be fixed before the store is asked.
    public mutating func application(_ ctx: Context) -> Application? {
        let c = ctx.catalog
        var found: [String] = []
        if unitId == nil { found.append(c.fieldProblem(c.columnUnit, c.required)) }
        if partnerIds.isEmpty { found.append(c.fieldProblem(c.fieldPartners, c.required)) }
        if text(.name).isEmpty { found.append(c.fieldProblem(c.fieldProposedName, c.required)) }
        var materials: [MaterialReceipt] = []
        for kind in MaterialKind.allCases {
            let t = text(.material(kind))
            guard !t.isEmpty else { materials.append(MaterialReceipt(kind: kind)); continue }
            guard let date = CivilDate(t) else { found.append(c.fieldProblem(c.material(kind), c.notADate)); continue }
            if date > ctx.today { found.append(c.fieldProblem(c.material(kind), c.dateInFuture)) }
            materials.append(MaterialReceipt(kind: kind, receivedOn: date))
        }
        problems = found
        guard found.isEmpty, let unitId, let roundId = round.id else { return nil }
        let lines = (1...6).map { n in
            ConditionCheck(number: n, state: conditions[n] ?? .unchecked, note: text(.note(n)), evidence: text(.evidence(n)))
        }
        var a = original ?? Application(roundId: roundId, unitId: unitId, partnerIds: [], type: type, proposedName: "",
                                        proposedHead: "", createdOn: ctx.today)
        a.unitId = unitId; a.partnerIds = partnerIds; a.type = type
        a.proposedName = text(.name); a.proposedHead = text(.head); a.staff = staffList
        a.renewsStationId = renewsStationId; a.conditions = lines; a.materials = materials
        return a
    }

    // MARK: keys

    public func title(_ ctx: Context) -> String {
        original.map { ctx.catalog.editing($0.proposedName) } ?? ctx.catalog.newApplication(ctx.catalog.roundTitle(round))
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        if let p = picker { return p.hints(ctx) }
        var h = [Hint("Tab ↓", c.keyNextField), Hint("Shift-Tab ↑", c.keyPreviousField)]
        switch focus {
        case .unit, .partners, .renewal: h.append(Hint("Enter", c.keyPick))
        case .condition: h.append(Hint("Space ← →", c.keyChoice))
        case .material: h.append(Hint("Space", c.keyToday))
        default: break
        }
        return h + [Hint("F2", c.keySave), Hint("Esc", c.keyCancel)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Tab ↓ / Shift-Tab ↑", c.keyNextField), Hint("Enter", c.keyPick), Hint("Space ← →", c.keyChoice),
                Hint("Space", c.keyToday), Hint("F2", c.keySave), Hint("Esc", c.keyCancel), Hint("Ctrl-Q", c.keyQuit)]
            + (picker.map { $0.hints(ctx) } ?? [])
    }

    public mutating func reload(_ ctx: Context) { names = ApplicationNames(ctx) }

    /// A unit just added on the spot (its form pops and reveals it here) becomes the unit.
    public mutating func reveal(table: String, id: Int64, _ ctx: Context) {
        guard table == "unit" else { return }
        names = ApplicationNames(ctx)
        unitId = id
        picker = nil
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        if var p = picker {
            let (effects, result) = p.handle(key, ctx)
            picker = p
            if let result { pick(result, ctx) }
            return effects
        }
        let order = slots
        let i = order.firstIndex(of: focus) ?? 0
        switch key {
        case .tab, .down: focus = order[(i + 1) % order.count]; return []
        case .backTab, .up: focus = order[(i + order.count - 1) % order.count]; return []
        case .function(2): return submit(ctx)
        case .escape:
            if hasUnsavedInput { return [.push(ConfirmScreen(question: ctx.catalog.confirmDiscard, onYes: [.pop]))] }
            return [.pop]
        default: break
        }
        switch focus {
        case .unit, .partners, .renewal:
            if key == .enter || key == .char(" ") { picker = IntakePicker(for: focus, form: self, ctx); return [] }
            if focus == .renewal && key == .backspace || key == .delete { renewsStationId = nil; return [] }
            return []
        case .condition(let n):
            let all = ConditionState.allCases
            let at = all.firstIndex(of: conditions[n] ?? .unchecked) ?? 0
            switch key {
            case .char(" "), .right: conditions[n] = all[(at + 1) % all.count]
            case .left: conditions[n] = all[(at + all.count - 1) % all.count]
            case .enter: focus = order[(i + 1) % order.count]
            default: break
            }
            return []
        case .material where key == .char(" ") && text(focus).isEmpty:
            texts[focus] = TextField(ctx.today.description)
            return []
        default:
            if key == .enter {
                if i == order.count - 1 { return submit(ctx) }
                focus = order[i + 1]
                return []
            }
            var field = texts[focus] ?? TextField()
            let used = field.handle(key)
            texts[focus] = field
            return used ? [] : nil
        }
    }

    private mutating func pick(_ result: IntakePicker.Result, _ ctx: Context) {
        picker = nil
        switch result {
        case .unit(let id): unitId = id
        case .partners(let ids): partnerIds = ids
        case .renewal(let id):
            renewsStationId = id
            // A renewal continues its station: its unit, partners, name, head and staff to start from.
            if let id, let s = names.stations[id] {
                unitId = s.unitId; partnerIds = s.partnerIds
                if text(.name).isEmpty { texts[.name] = TextField(s.name) }
                if text(.head).isEmpty { texts[.head] = TextField(s.head) }
                if text(.staff).isEmpty { texts[.staff] = TextField(s.staff.joined(separator: "、")) }
            }
        case .cancel:
            break
        }
    }

    /// F2: the application to save, checked as far as the input allows; the store judges the rest.
    private mutating func submit(_ ctx: Context) -> [Effect] {
        guard let a = application(ctx) else { return [.error(ctx.catalog.fixFields(problems))] }
        return saveEffects(a, ctx)
    }

    /// Asks the store (`SaveApplication`); a refusal keeps the form with every reason.
    func saveEffects(_ a: Application, _ ctx: Context) -> [Effect] {
        [run(SaveApplication(a, replacing: original, today: ctx.today)) { me, result, ctx in
            let c = ctx.catalog
            switch result {
            case .success(let saved):
                return [.pop] + (saved.id.map { [.reveal(table: "application", id: $0)] } ?? []) + [.message(c.saved(saved.proposedName))]
            case .failure(let r as Refused):
                me.problems = r.reasons.map(c.refusal)
                return [.error(c.fixFields(me.problems))]
            case .failure(StoreError.conflict(let conflict)):
                // Theirs becomes what F2 saves over.
                me.original = (try? ctx.store.fetch(Application.self, id: conflict.rowId)) ?? me.original
                me.problems = [c.conflictMessage]
                return [.error(c.conflictMessage)]
            case .failure(let e):
                return [.error(c.saveFailed(c.describe(e)))]
            }
        }]
    }

    // MARK: drawing

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        let c = ctx.catalog
        let labelW = 11
        let fieldCol = area.left + 1 + labelW
        var row = area.top
        var cursor: (Int, Int)?
        func label(_ s: String, _ r: Int, _ col: Int, required: Bool = false) {
            grid.put(grid.pad(s + (required ? " *" : ""), to: labelW - 1), row: r, col: col, style: .label)
        }
        func field(_ slot: Slot, _ r: Int, _ col: Int, _ width: Int, shown: String? = nil) {
            let focused = focus == slot && picker == nil
            let style: Style = focused ? .activeField : .field
            if let shown {
                grid.fill(row: r, col: col, count: width, style: style)
                grid.put(shown, row: r, col: col, limit: width, style: style)
                if focused { cursor = (r, col) }
            } else {
                let x = (texts[slot] ?? TextField()).render(into: &grid, row: r, col: col, width: width, style: style, focused: focused)
                if focused { cursor = (r, x) }
            }
        }
        let wide = area.width - labelW - 3
        label(c.columnUnit, row, area.left + 1, required: true)
        field(.unit, row, fieldCol, wide, shown: unitId.map { names.unit($0, c) } ?? c.pickHint)
        row += 1
        label(c.fieldPartners, row, area.left + 1, required: true)
        field(.partners, row, fieldCol, wide, shown: partnerIds.isEmpty ? c.pickManyHint : names.partnerNames(partnerIds, c))
        row += 1
        label(c.fieldRenews, row, area.left + 1)
        let renewal = renewsStationId.map { names.stations[$0].map(c.stationName) ?? "#\($0)" }.map(c.renewalOf) ?? c.newStation
        field(.renewal, row, fieldCol, 34, shown: renewal)
        let typeText = c.fieldStationType + c.labelColon + (partnerIds.isEmpty ? c.typeFollowsPartners : c.stationType(type))
        grid.put(typeText, row: row, col: fieldCol + 36, limit: area.width - fieldCol - 37, style: derivedType == nil && !partnerIds.isEmpty ? .error : .normal)
        row += 1
        label(c.fieldProposedName, row, area.left + 1, required: true)
        field(.name, row, fieldCol, wide)
        row += 1
        label(c.fieldHeadShort, row, area.left + 1)
        field(.head, row, fieldCol, 14)
        let staffLabel = c.fieldStaffOthers
        let sl = grid.put(staffLabel, row: row, col: fieldCol + 16, style: .label)
        field(.staff, row, fieldCol + 17 + sl, area.width - (fieldCol + 17 + sl) - 2)
        row += 1
        // One line of warnings: the unit's station (Art. 5.4), the type (Art. 2/7), the staff (Art. 4.2).
        var warnings: [String] = []
        if !unitStations.isEmpty { warnings.append(c.unitHasStation(unitStations.map(c.stationName))) }
        warnings += typeProblems.map(c.refusal)
        let people = (text(.head).isEmpty ? 0 : 1) + staffList.filter { $0 != text(.head) }.count
        if (!text(.head).isEmpty || !staffList.isEmpty) && people < 2 { warnings.append(c.refusal(.tooFewStaff(found: people, minimum: 2))) }
        grid.put(warnings.joined(separator: "  "), row: row, col: area.left + 1, limit: area.width - 2, style: .error)
        row += 1

        let stateW = 10, titleW = 22
        let evCol = area.left + 3 + titleW + stateW + 2
        let rest = area.width - evCol - 2
        let evW = rest / 2 - 1, noteW = rest - evW - 1
        grid.put(c.sectionConditions, row: row, col: area.left + 1, style: .header)
        grid.put(c.columnEvidence, row: row, col: evCol, style: .header)
        grid.put(c.columnNote, row: row, col: evCol + evW + 1, style: .header)
        row += 1
        for n in 1...6 {
            grid.put("\(n) " + grid.truncate(c.conditionShort(n), to: titleW - 2), row: row, col: area.left + 1)
            if ConditionCheck.applies(n, to: type) {
                field(.condition(n), row, area.left + 2 + titleW, stateW, shown: c.conditionState(conditions[n] ?? .unchecked))
                field(.evidence(n), row, evCol, evW)
                field(.note(n), row, evCol + evW + 1, noteW)
            } else {
                grid.put(c.notApplicable, row: row, col: area.left + 2 + titleW, style: .dim)
            }
            row += 1
        }
        grid.put(c.sectionMaterials + c.materialsLegend, row: row, col: area.left + 1, limit: area.width - 2, style: .header)
        row += 1
        let half = (area.width - 2) / 2
        for (i, kind) in MaterialKind.allCases.enumerated() {
            let col = area.left + 1 + (i % 2) * half
            let r = row + i / 2
            let name = grid.pad(grid.truncate(c.material(kind), to: half - 14), to: half - 14)
            grid.put(name, row: r, col: col, style: .label)
            field(.material(kind), r, col + half - 13, 11)
        }
        row += 3
        if !problems.isEmpty, row < area.bottom {
            grid.put(c.errorMark + problems.joined(separator: c.listSeparator), row: row, col: area.left + 1, limit: area.width - 2, style: .error)
        }
        if let cursor { grid.cursor = cursor }
        if var p = picker {
            p.render(into: &grid, area: area, ctx)
            picker = p
        }
    }
}
