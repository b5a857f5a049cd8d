/// The steps a clerk or an approver takes on one application (what `t` offers), each one move of
/// the Art. 5 procedure. Several steps bring their own record with them — publishing a notice
/// brings the notice, lodging an objection the objection, resolving it the resolution — so a step
/// is judged as it would stand once its record exists (`judge`), which is what both the menu and
/// the store command ask. Pure; the cost is `ApplicationProcedure.decide`'s.
public enum ApplicationStep: String, CaseIterable, Hashable, Sendable {
    case submit
    case startReview = "start_review"
    case shortlist
    case notSelect = "not_select"
    case bureauApprove = "bureau_approve"
    case groupApprove = "group_approve"
    case publishNotice = "publish_notice"
    case lodgeObjection = "lodge_objection"
    case dismissObjection = "dismiss_objection"
    case upholdObjection = "uphold_objection"
    case signAgreement = "sign_agreement"
    case withdraw
    case reject

    /// The state the step moves the application to.
    public var target: ApplicationState {
        switch self {
        case .submit: return .submitted
        case .startReview: return .inReview
        case .shortlist: return .shortlisted
        case .notSelect: return .notSelected
        case .bureauApprove: return .bureauApproved
        case .groupApprove: return .groupApproved
        case .publishNotice, .dismissObjection: return .inNotice
        case .lodgeObjection: return .objection
        case .upholdObjection, .reject: return .rejected
        case .signAgreement: return .agreementSigned
        case .withdraw: return .withdrawn
        }
    }

    /// The steps of an application in `state`, in the order a menu lists them: forward first,
    /// then withdrawal and rejection. After an objection, rejection is the objection upheld.
    public static func steps(from state: ApplicationState) -> [ApplicationStep] {
        switch state {
        case .draft: return [.submit, .withdraw, .reject]
        case .submitted: return [.startReview, .withdraw, .reject]
        case .inReview: return [.shortlist, .notSelect, .withdraw, .reject]
        case .shortlisted: return [.bureauApprove, .withdraw, .reject]
        case .notSelected: return [.withdraw, .reject]
        case .bureauApproved: return [.groupApprove, .withdraw, .reject]
        case .groupApproved: return [.publishNotice, .withdraw, .reject]
        case .inNotice: return [.lodgeObjection, .signAgreement, .withdraw, .reject]
        case .objection: return [.dismissObjection, .upholdObjection, .withdraw]
        case .agreementSigned, .withdrawn, .rejected: return []
        }
    }

    /// What the step is about in the role table (`ApplicationProcedure.permission`).
    public var permission: Permission {
        switch self {
        case .bureauApprove, .groupApprove, .reject, .upholdObjection, .dismissObjection: return .decisions
        default: return .applications
        }
    }

    /// A decision of the Bureau or the leading group: it cites a 文号 or meeting.
    public var needsReference: Bool { self == .bureauApprove || self == .groupApprove }

    /// The step records why (withdrawal, rejection, an objection resolved).
    public var needsReason: Bool { [.withdraw, .reject, .upholdObjection, .dismissObjection].contains(self) }

    /// The step's own record, as it would stand when the step is taken on `c.on`, put into the
    /// context; then the procedure's rules. `c.reason` / `c.reference` are the ones typed.
    public func judge(_ a: Application, context c: TransitionContext, book: PolicyBook) -> Decision {
        ApplicationProcedure.decide(a, to: target, context: completed(c, for: a), book: book)
    }

    /// `judge` for a menu that has not asked for the reason or the reference yet: the step is
    /// offered when everything else allows it, and its form then asks for them.
    public func judgeForMenu(_ a: Application, context c: TransitionContext, book: PolicyBook) -> Decision {
        var m = c
        if m.reference.isEmpty { m.reference = "…" }
        if m.reason.isEmpty && (needsReason || self == .shortlist || self == .notSelect) {
            // A tie at the line, or a choice against the ranking, is allowed with a reason the
            // form asks for; it is still named so the clerk knows why the reason is needed.
            m.reason = "…"
        }
        return judge(a, context: m, book: book)
    }

    /// The context with this step's own record in it.
    public func completed(_ c: TransitionContext, for a: Application) -> TransitionContext {
        var c = c
        let id = a.id ?? 0
        switch self {
        case .publishNotice:
            // The notice this step publishes covers the application from the step's date.
            c.notice = Notice(roundId: a.roundId, applicationIds: [id], publishedOn: c.on, firstDay: c.on, lastDay: c.on)
        case .lodgeObjection:
            c.objection = Objection(applicationId: id, lodgedOn: c.on, text: c.reason)
        case .upholdObjection, .dismissObjection:
            if var o = c.objection, o.resolution == nil {
                o.resolution = self == .upholdObjection ? .rejected : .renotice
                o.resolvedOn = c.on
                c.objection = o
                if self == .dismissObjection {
                    c.notice = Notice(roundId: a.roundId, applicationIds: [id], publishedOn: c.on, firstDay: c.on, lastDay: c.on)
                }
            }
        default:
            break
        }
        return c
    }
}
