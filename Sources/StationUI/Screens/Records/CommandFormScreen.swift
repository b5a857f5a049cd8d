import StationDomain
import StationStore

/// A form whose F2 runs one store command built from the input: the forms of things kept against
/// a record (a station's filing, activity, demand, letter; a talent) that `RecordKind` cannot
/// describe because they belong to a record chosen before. `command` checks what can be judged
/// from the input (setting the fields' errors) and makes the command, or returns nil; the store
/// decides the rest, and its refusal is shown on the field `field(of:)` names, the input kept.
/// On success the form closes and `done` words the message.
public struct CommandFormScreen<C: StoreCommand>: Screen {
    public let heading: String
    public private(set) var form: Form
    let command: (inout Form, Context) -> C?
    let field: (Refusal) -> String?
    let done: (C.Outcome, Context) -> [Effect]

    public init(heading: String, form: Form, command: @escaping (inout Form, Context) -> C?,
                field: @escaping (Refusal) -> String? = { _ in nil },
                done: @escaping (C.Outcome, Context) -> [Effect]) {
        self.heading = heading; self.form = form; self.command = command; self.field = field; self.done = done
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }
    public func title(_ ctx: Context) -> String { heading }

    public func hints(_ ctx: Context) -> [Hint] { Form.saveHints(ctx.catalog) }
    public func help(_ ctx: Context) -> [Hint] { Form.saveHelp(ctx.catalog) }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?:
            var errors = form.requiredErrors(ctx.catalog)
            var checked = form
            checked.errors = [:]
            let made = errors.isEmpty ? command(&checked, ctx) : nil
            for (k, v) in checked.errors where errors[k] == nil { errors[k] = v }
            form.errors = errors
            guard let cmd = made, errors.isEmpty else {
                form.focusFirstError()
                return [.error(form.fieldsMessage(ctx.catalog))]
            }
            return [run(cmd) { me, result, ctx in me.answered(result, ctx) }]
        case .cancel?:
            return form.cancelled(ctx.catalog)
        case nil:
            return used ? [] : nil
        }
    }

    private mutating func answered(_ result: Result<C.Outcome, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success(let outcome):
            return [.pop] + done(outcome, ctx)
        case .failure(let refused as Refused):
            return [.error(form.show(refused, field: field, c))]
        case .failure(let error):
            return [.error(c.saveFailed(c.describe(error)))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        form.render(into: &grid, area: area, errorMark: ctx.catalog.errorMark)
    }
}
