import StationDomain
import StationStore

/// The forms of issue 14: a clerk's correction of a count; the approver's decision of a grade,
/// revocation, subsidy amount, payment and ordered return; a clerk's spending line. Each parses
/// what was typed (a date, yuan and fen, a count) under its field, then asks the store (one
/// command, decided inside its transaction); a refusal keeps the form open with the input and
/// every reason — under the field it concerns when there is one.
public struct MoneyFormScreen: Screen {
    public enum Purpose {
        case correctCount(Evaluation, subject: String)
        case decide(Evaluation, subject: String)
        case revoke(Station)
        case amount(Subsidy, subject: String)
        case payment(Subsidy, subject: String, owed: Fen?)
        case spending(Subsidy, subject: String)
        case clawback(Subsidy, subject: String)
    }

    public let purpose: Purpose
    public private(set) var form: Form

    public init(_ purpose: Purpose, _ ctx: Context) {
        self.purpose = purpose
        let c = ctx.catalog
        let today = ctx.today.description
        switch purpose {
        case .correctCount(let e, _):
            form = Form(fields: [FormField(id: "count", label: c.fieldCount, text: e.correctedCount.map(String.init) ?? ""),
                                 FormField(id: "reason", label: c.fieldCorrectionReason, required: true, text: e.correctionReason)])
        case .decide(let e, _):
            var thirdParty = ""
            if case .thirdParty(let name) = e.evaluator { thirdParty = name }
            form = Form(fields: [
                FormField(id: "farBelow", label: c.fieldFarBelow, options: c.yesNo, chosen: e.flags.farBelowStandard ? 1 : 0),
                FormField(id: "noCooperation", label: c.fieldNoCooperation, options: c.yesNo, chosen: e.flags.didNotCooperate ? 1 : 0),
                FormField(id: "nameOnly", label: c.fieldNameOnly, options: c.yesNo, chosen: e.flags.inNameOnly ? 1 : 0),
                FormField(id: "otherGround", label: c.fieldOtherGround, text: e.flags.otherGround),
                FormField(id: "evaluator", label: c.fieldEvaluator, options: c.evaluatorChoices, chosen: thirdParty.isEmpty ? 0 : 1),
                FormField(id: "thirdParty", label: c.fieldThirdParty, text: thirdParty),
                FormField(id: "date", label: c.fieldDecisionDate, required: true, text: today),
                FormField(id: "reference", label: c.fieldDecisionReference, required: true, text: e.decisionReference),
            ])
        case .revoke:
            form = Form(fields: [FormField(id: "date", label: c.fieldDecisionDate, required: true, text: today),
                                 FormField(id: "reference", label: c.fieldDecisionReference, required: true, text: "")])
        case .amount(let s, _):
            form = Form(fields: [FormField(id: "amount", label: c.fieldAmountYuan, required: true,
                                           text: MoneyFormScreen.plain(s.approved ?? s.cap))])
        case .payment(_, _, let owed):
            form = Form(fields: [FormField(id: "date", label: c.fieldDate, required: true, text: today),
                                 FormField(id: "amount", label: c.fieldAmountYuan, required: true, text: owed.map(MoneyFormScreen.plain) ?? ""),
                                 FormField(id: "reference", label: c.fieldVoucher, text: "")])
        case .spending:
            form = Form(fields: [FormField(id: "date", label: c.fieldDate, required: true, text: today),
                                 FormField(id: "use", label: c.fieldUse, options: FundUse.allCases.map(c.fundUse), chosen: 0),
                                 FormField(id: "amount", label: c.fieldAmountYuan, required: true, text: ""),
                                 FormField(id: "note", label: c.fieldSpendingNote, text: "")])
        case .clawback:
            form = Form(fields: [FormField(id: "date", label: c.fieldDate, required: true, text: today),
                                 FormField(id: "amount", label: c.fieldAmountYuan, required: true, text: ""),
                                 FormField(id: "reason", label: c.fieldReturnReason, required: true, text: "")])
        }
    }

    /// `12345.60` — yuan with two decimals, no grouping, as a clerk types it.
    static func plain(_ f: Fen) -> String {
        let cents = f.value.magnitude % 100
        return (f.value < 0 ? "-" : "") + String(f.value.magnitude / 100) + "." + (cents < 10 ? "0" : "") + String(cents)
    }

    public var capturesText: Bool { true }
    public var hasUnsavedInput: Bool { form.isChanged }

    private var what: (name: (Catalog) -> String, subject: String) {
        switch purpose {
        case .correctCount(_, let s): return ({ $0.keyCorrect }, s)
        case .decide(_, let s): return ({ $0.keyDecide }, s)
        case .revoke(let st): return ({ $0.keyRevoke }, st.name)
        case .amount(_, let s): return ({ $0.keyAmount }, s)
        case .payment(_, let s, _): return ({ $0.keyPay }, s)
        case .spending(_, let s): return ({ $0.keySpend }, s)
        case .clawback(_, let s): return ({ $0.keyReturn }, s)
        }
    }

    public func title(_ ctx: Context) -> String { ctx.catalog.formTitle(what.name(ctx.catalog), what.subject) }

    public func hints(_ ctx: Context) -> [Hint] { Form.saveHints(ctx.catalog) }

    public func help(_ ctx: Context) -> [Hint] {
        let c = ctx.catalog
        return hints(ctx) + [Hint("Enter", c.keyEnterField), Hint("← → Space", c.keyChoice)]
    }

    public mutating func handle(_ key: Key, _ ctx: Context) -> [Effect]? {
        let (used, request) = form.handle(key)
        switch request {
        case .submit?: return submit(ctx)
        case .cancel?: return form.cancelled(ctx.catalog)
        case nil: return used ? [] : nil
        }
    }

    // MARK: parsing

    private mutating func date(_ id: String, _ c: Catalog) -> CivilDate? {
        guard let d = CivilDate(form.value(id)) else { form.errors[id] = c.notADate; return nil }
        return d
    }

    private mutating func amount(_ id: String, _ c: Catalog) -> Fen? {
        guard let f = Fen(yuanText: form.value(id)) else { form.errors[id] = c.notAnAmount; return nil }
        return f
    }

    private func judging(_ ctx: Context) -> JudgingRules? { JudgingRules(ctx) }

    /// Parses the fields and runs the command; nil effects' errors stay under their fields.
    private mutating func submit(_ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        form.errors = [:]
        form.notes = []
        for field in form.fields where field.required && field.value.isEmpty { form.errors[field.id] = c.required }
        let today = ctx.today
        var effect: Effect?
        switch purpose {
        case .correctCount(let e, _):
            let text = form.value("count")
            let count = text.isEmpty ? nil : Int(text)
            if !text.isEmpty && (count == nil || count! < 0) { form.errors["count"] = c.notACount }
            if text.isEmpty { form.errors["reason"] = nil }
            if form.errors.isEmpty {
                effect = run(CorrectEvaluationCount(e, count: count, reason: form.value("reason"))) { me, r, ctx in me.done(r.map { _ in () }, ctx) }
            }
        case .decide(let e, _):
            let flags = EvaluationFlags(farBelowStandard: form.choice("farBelow") == 1, didNotCooperate: form.choice("noCooperation") == 1,
                                        inNameOnly: form.choice("nameOnly") == 1, otherGround: form.value("otherGround"))
            let evaluator: Evaluator = form.choice("evaluator") == 1 ? .thirdParty(form.value("thirdParty")) : .bureau
            let d = date("date", c)
            guard let rules = judging(ctx) else { return [.error(c.rulesMissing)] }
            if let d, form.errors.isEmpty {
                effect = run(DecideEvaluation(e, flags: flags, evaluator: evaluator, date: d, reference: form.value("reference"), rules: rules)) {
                    me, r, ctx in me.done(r.map { _ in () }, ctx)
                }
            }
        case .revoke(let s):
            let d = date("date", c)
            guard let rules = judging(ctx) else { return [.error(c.rulesMissing)] }
            if let d, form.errors.isEmpty {
                effect = run(RevokeStation(s, date: d, reference: form.value("reference"), rules: rules)) { me, r, ctx in me.done(r.map { _ in () }, ctx) }
            }
        case .amount(let s, _):
            if let a = amount("amount", c), form.errors.isEmpty {
                effect = run(SetSubsidyAmount(s, amount: a)) { me, r, ctx in me.done(r.map { _ in () }, ctx) }
            }
        case .payment(let s, _, _):
            let d = date("date", c), a = amount("amount", c)
            if let d, let a, let id = s.id, form.errors.isEmpty {
                effect = run(RecordPayment(Payment(subsidyId: id, paidOn: d, amount: a, reference: form.value("reference")), today: today)) {
                    me, r, ctx in me.done(r.map { _ in () }, ctx)
                }
            }
        case .spending(let s, _):
            let d = date("date", c), a = amount("amount", c)
            let use = FundUse.allCases[form.choice("use")]
            if let d, let a, let id = s.id, form.errors.isEmpty {
                effect = run(RecordSpending(SpendingLine(subsidyId: id, on: d, use: use, amount: a, note: form.value("note")), today: today)) {
                    me, r, ctx in me.done(r.map { _ in () }, ctx)
                }
            }
        case .clawback(let s, _):
            let d = date("date", c), a = amount("amount", c)
            if let d, let a, let id = s.id, form.errors.isEmpty {
                effect = run(OrderReturn(Clawback(subsidyId: id, orderedOn: d, amount: a, reason: form.value("reason")), today: today)) {
                    me, r, ctx in me.done(r.map { _ in () }, ctx)
                }
            }
        }
        if let effect { return [effect] }
        form.focusFirstError()
        return [.error(form.fieldsMessage(c))]
    }

    /// The field a refusal concerns, when it concerns one of this form's.
    static func field(of r: Refusal) -> String? {
        switch r {
        case .correctionReasonRequired: return "reason"
        case .countNegative: return "count"
        case .evaluatorNameRequired: return "thirdParty"
        case .decisionReferenceRequired: return "reference"
        case .evaluationYearNotOver, .dateInFuture, .dateBeforeDecision, .noPolicyInForce: return "date"
        case .amountAboveCap, .amountNegative, .amountNotPositive, .paymentAboveAmount, .amountBelowPaid, .spendingAbovePaid,
             .clawbackAbovePaid:
            return "amount"
        case .otherUseNotStated: return "note"
        case .clawbackReasonRequired: return "reason"
        default: return nil
        }
    }

    /// The store's answer: closed with a message when done; else the input stays with every reason.
    private mutating func done(_ result: Result<Void, Error>, _ ctx: Context) -> [Effect] {
        let c = ctx.catalog
        switch result {
        case .success:
            return [.pop, .message(c.recordedMessage(what.name(c), what.subject))]
        case .failure(let refused as Refused):
            var others: [String] = []
            for reason in refused.reasons {
                if let f = MoneyFormScreen.field(of: reason), form.fields.contains(where: { $0.id == f }) {
                    form.errors[f] = c.refusal(reason)
                } else {
                    others.append(c.refusal(reason))
                }
            }
            form.notes = others
            if let first = form.fields.first(where: { form.errors[$0.id] != nil }) { form.focus(first.id) }
            return [.error(refused.reasons.map(c.refusal).joined(separator: "\n"))]
        case .failure(let error):
            form.notes = [c.describe(error)]
            return [.error(c.saveFailed(c.describe(error)))]
        }
    }

    public mutating func render(into grid: inout Grid, area: Area, _ ctx: Context) {
        form.render(into: &grid, area: area, errorMark: ctx.catalog.errorMark)
    }
}

extension JudgingRules {
    /// The rules a screen's command judges by: the policy files as they stand with the store (or,
    /// without files, the book the screen shows), the calendar and today; nil when none is loaded.
    init?(_ ctx: Context) {
        if let files = ctx.rules.files {
            self.init(files: files, calendar: ctx.rules.calendar, today: ctx.today)
        } else if let book = ctx.rules.policies {
            self.init(book: book, calendar: ctx.rules.calendar, today: ctx.today)
        } else {
            return nil
        }
    }
}
