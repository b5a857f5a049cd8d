import StationDomain
import StationStore

/// The add/edit form of a `RecordKind`. The kind's own checks name every wrong field while the
/// input is at hand; the store decides on F2 (`K.save`), and its refusal is shown on the field it
/// concerns with the input kept. A save conflict keeps the form open and shows theirs vs mine
/// field by field, after which F2 saves the input over their version.
public struct RecordFormScreen<K: RecordKind>: Screen {
    /// The stored version the form started from (nil: adding). After a conflict, theirs.
    public private(set) var original: K.Record?
    public private(set) var form: Form

    public init(new ctx: Context) {
        original = nil
        form = K.form(nil, ctx.catalog)
    }

    public init(editing record: K.Record, _ ctx: Context) {
        original = record
        form = K.form(record, ctx.catalog)
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }

    public func title(_ ctx: Context) -> String {
        original.map { ctx.catalog.editing(K.name(of: $0)) } ?? ctx.catalog.adding(K.title(ctx.catalog))
    }

    public func hints(_ ctx: Context) -> [Hint] { Form.saveHints(ctx.catalog) }
    public func help(_ ctx: Context) -> [Hint] { Form.saveHelp(ctx.catalog) }

    /// Checks the input; returns the record to save, or sets the errors and returns nil.
    public mutating func validate(_ c: Catalog) -> K.Record? {
        let record = K.record(from: &form, id: original?.storedId, c)
        form.focusFirstError()
        return record
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            guard let record = validate(ctx.catalog) else { return [.error(form.fieldsMessage(ctx.catalog))] }
            return [run(K.save(record, replacing: original)) { me, result, ctx in me.saved(result, ctx) }]
        case .cancel?:
            return form.cancelled(ctx.catalog)
        case nil:
            return used ? [] : nil
        }
    }

    /// The store's answer to F2.
    private mutating func saved(_ result: Result<K.Record, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let r):
            // The list below moves its selection to the record, new or moved by the sort.
            return [.pop] + (r.storedId.map { [.reveal(table: K.table, id: $0)] } ?? []) + [.message(c.saved(K.name(of: r)))]
        case .failure(StoreError.conflict(let conflict)):
            let theirs = try? ctx.store.fetch(K.Record.self, id: conflict.rowId)
            var notes = [theirs == nil ? c.conflictDeleted : c.conflictHeading]
            if let theirs, let mine = K.record(from: &form, id: original?.storedId, c) {
                for ((label, t), (_, m)) in zip(K.details(theirs, c), K.details(mine, c)) where t != m {
                    notes.append(c.conflictLine(label, theirs: t, mine: m))
                }
            }
            original = theirs
            form.notes = notes
            return [.error(c.conflictMessage)]
        case .failure(let refused as Refused):
            // The store's reasons go under the fields they concern; the rest on the message line.
            return [.error(form.show(refused, field: K.field(of:), c))]
        case .failure(let error):
            return [.error(c.saveFailed(c.describe(error)))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        form.render(into: &grid, area: area, errorMark: ctx.catalog.errorMark)
    }
}
