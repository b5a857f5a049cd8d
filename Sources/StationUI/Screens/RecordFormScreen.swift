import StationDomain

/// The add/edit form of a unit or partner. Validation names every wrong field (required
/// fields, the credit code's GB 32100-2015 check character, a partner city in Liuzhou) and
/// keeps the input; a save conflict keeps the form open and shows theirs vs mine field by field,
/// after which F2 saves the input over their version.
public struct RecordFormScreen: Screen {
    public let kind: DeskRecord.Kind
    /// The stored version the form started from (nil: adding). After a conflict, theirs.
    public private(set) var original: DeskRecord?
    public private(set) var form: Form

    public init(new kind: DeskRecord.Kind, _ ctx: Context) {
        self.kind = kind
        self.original = nil
        self.form = RecordFormScreen.makeForm(kind: kind, record: nil, ctx.catalog)
    }

    public init(editing record: DeskRecord, _ ctx: Context) {
        self.kind = record.kind
        self.original = record
        self.form = RecordFormScreen.makeForm(kind: record.kind, record: record, ctx.catalog)
    }

    static func makeForm(kind: DeskRecord.Kind, record: DeskRecord?, _ c: Catalog) -> Form {
        switch (kind, record) {
        case (.unit, let r):
            var u: Unit?
            if case .unit(let x)? = r { u = x }
            return Form(fields: [
                FormField(id: "name", label: c.fieldName, required: true, text: u?.name ?? ""),
                FormField(id: "creditCode", label: c.fieldCreditCode, required: true, text: u?.creditCode ?? ""),
                FormField(id: "kind", label: c.fieldUnitKind, options: UnitKind.allCases.map(c.unitKind),
                          chosen: UnitKind.allCases.firstIndex(of: u?.kind ?? .enterprise) ?? 0),
                FormField(id: "address", label: c.fieldAddress, text: u?.address ?? ""),
                FormField(id: "contact", label: c.fieldContact, text: u?.contact ?? ""),
            ])
        case (.partner, let r):
            var p: Partner?
            if case .partner(let x)? = r { p = x }
            return Form(fields: [
                FormField(id: "name", label: c.fieldName, required: true, text: p?.name ?? ""),
                FormField(id: "kind", label: c.fieldPartnerKind, options: PartnerKind.allCases.map(c.partnerKind),
                          chosen: PartnerKind.allCases.firstIndex(of: p?.kind ?? .university) ?? 0),
                FormField(id: "city", label: c.fieldCity, required: true, text: p?.city ?? ""),
                FormField(id: "contact", label: c.fieldContact, text: p?.contact ?? ""),
            ])
        }
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }

    public func title(_ ctx: Context) -> String {
        original.map { ctx.catalog.editing($0.name) } ?? ctx.catalog.adding(kind == .unit ? ctx.catalog.tabUnits : ctx.catalog.tabPartners)
    }

    public func hints(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return [Hint("Tab ↓", c.keyNextField), Hint("Shift-Tab ↑", c.keyPreviousField), Hint("F2", c.keySave),
                Hint("Esc", c.keyCancel), Hint("Ctrl-Q", c.keyQuit)]
    }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return hints(ctx) + [Hint("Enter", c.keyEnterField), Hint("← → Space", c.keyChoice),
                             Hint("Home End Ctrl-A Ctrl-E", c.keyLineEnds), Hint("Ctrl-U Ctrl-K", c.keyKill)]
    }

    /// Checks the input; returns the record to save, or sets the errors and returns nil.
    /// `units` are the stored units, to refuse a credit code another unit already has (partners'
    /// names are not unique in the store, so they are not checked). Cost: O(units).
    public mutating func validate(_ c: Catalog, units: [Unit] = []) -> DeskRecord? {
        var errors: [String: String] = [:]
        for f in form.fields where f.required && f.value.isEmpty { errors[f.id] = c.required }
        // The domain's text rules (control, zero-width and bidirectional characters; 200 characters),
        // the same the import and the store apply, shown on the field at once.
        for f in form.fields where errors[f.id] == nil {
            do { _ = try TextRules.clean(f.value, field: f.id, as: .line) } catch let p as TextProblem {
                errors[f.id] = c.textProblem(p)
            } catch { errors[f.id] = c.describe(error) }
        }
        let id = original?.id
        var record: DeskRecord?
        switch kind {
        case .unit:
            var code = form.value("creditCode")
            if errors["creditCode"] == nil {
                do { code = try CreditCode(code).text } catch { errors["creditCode"] = c.describe(error) }
            }
            if errors["creditCode"] == nil, let other = units.first(where: { $0.creditCode == code && $0.id != id }) {
                errors["creditCode"] = c.creditCodeUsed(by: other.name)
            }
            record = .unit(Unit(id: id, name: form.value("name"), creditCode: code,
                                kind: UnitKind.allCases[form.choice("kind")],
                                address: form.value("address"), contact: form.value("contact")))
        case .partner:
            let city = form.value("city")
            if errors["city"] == nil && RecordFormScreen.isLiuzhou(city) { errors["city"] = c.partnerInLiuzhou }
            record = .partner(Partner(id: id, name: form.value("name"), kind: PartnerKind.allCases[form.choice("kind")],
                                      city: city, contact: form.value("contact")))
        }
        form.errors = errors
        if let first = form.fields.first(where: { errors[$0.id] != nil }) { form.focus(first.id) }
        return errors.isEmpty ? record : nil
    }

    /// Art. 2: a partner is outside Liuzhou. Catches 柳州, 柳州市, "Liuzhou, Guangxi", any case.
    public static func isLiuzhou(_ city: String) -> Bool {
        let t = city.lowercased().filter { $0 != " " }
        return t.contains("柳州") || t.contains("liuzhou")
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            let units = kind == .unit ? (try? ctx.store.units()) ?? [] : []
            guard let record = validate(ctx.catalog, units: units) else {
                let names = form.fields.filter { form.errors[$0.id] != nil }.map { ctx.catalog.fieldProblem($0.label, form.errors[$0.id]!) }
                return [.error(ctx.catalog.fixFields(names))]
            }
            switch (record, original) {
            case (.unit(let u), let o):
                if case .unit(let ou)? = o { return [.run(.saveUnit(u, original: ou))] }
                return [.run(.saveUnit(u, original: nil))]
            case (.partner(let p), let o):
                if case .partner(let op)? = o { return [.run(.savePartner(p, original: op))] }
                return [.run(.savePartner(p, original: nil))]
            }
        case .cancel?:
            if form.isChanged { return [.push(ConfirmScreen(question: ctx.catalog.confirmDiscard, onYes: [.pop]))] }
            return [.pop]
        case nil:
            return used ? [] : nil
        }
    }

    public mutating func finished(_ command: StoreCommand, _ result: Result<StoreOutcome, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        // The list below moves its selection to the record, new or moved by the sort.
        case .success(.unit(let u)): return [.pop] + reveal("unit", u.id) + [.message(c.saved(u.name))]
        case .success(.partner(let p)): return [.pop] + reveal("partner", p.id) + [.message(c.saved(p.name))]
        case .success: return [.pop]
        case .failure(let error as SaveConflict):
            let theirs: DeskRecord?, mine: DeskRecord
            switch error {
            case .unit(let t, let m): theirs = t.map(DeskRecord.unit); mine = .unit(m)
            case .partner(let t, let m): theirs = t.map(DeskRecord.partner); mine = .partner(m)
            }
            original = theirs
            var notes = [theirs == nil ? c.conflictDeleted : c.conflictHeading]
            if let theirs {
                for ((label, t), (_, m)) in zip(theirs.details(c), mine.details(c)) where t != m {
                    notes.append(c.conflictLine(label, theirs: t, mine: m))
                }
            }
            form.notes = notes
            return [.error(c.conflictMessage)]
        case .failure(let error as DuplicateValue):
            // Another clerk saved the same value after the form's own check: show it on the field.
            form.errors[error.field] = c.creditCodeUsed(by: error.holder)
            form.focus(error.field)
            let label = form.fields.first { $0.id == error.field }?.label ?? c.fieldLabel(error.field)
            return [.error(c.fixFields([c.fieldProblem(label, form.errors[error.field]!)]))]
        case .failure(let error):
            return [.error(c.saveFailed(c.describe(error)))]
        }
    }

    private func reveal(_ table: String, _ id: Int64?) -> [Effect] {
        id.map { [.reveal(table: table, id: $0)] } ?? []
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        form.render(into: &grid, area: area, errorMark: ctx.catalog.errorMark)
    }
}
