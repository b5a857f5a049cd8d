/// The application's procedure of Art. 5 as a state machine (SPEC "Procedure"):
///
///     draft → submitted → in_review → shortlisted | not_selected
///     shortlisted → bureau_approved → group_approved → in_notice → agreement_signed
///     in_notice → objection → in_notice (fresh notice) | rejected
///     any state before agreement_signed → withdrawn | rejected (with a reason)
///
/// `decide` judges one step and returns every reason it is refused; `apply` performs an allowed
/// step, returning the moved application and the event to journal. Pure; O(materials + partners
/// + stations).
public enum ApplicationProcedure {
    /// The forward steps; withdrawal and rejection are added for every non-final state.
    static let forward: [ApplicationState: [ApplicationState]] = [
        .draft: [.submitted],
        .submitted: [.inReview],
        .inReview: [.shortlisted, .notSelected],
        .shortlisted: [.bureauApproved],
        .bureauApproved: [.groupApproved],
        .groupApproved: [.inNotice],
        .inNotice: [.objection, .agreementSigned],
        .objection: [.inNotice, .rejected],
    ]

    public static let finalStates: Set<ApplicationState> = [.agreementSigned, .withdrawn, .rejected]

    /// The states reachable in one step from `state` (ignoring guards), in a stable order.
    public static func targets(from state: ApplicationState) -> [ApplicationState] {
        guard !finalStates.contains(state) else { return [] }
        var out = forward[state] ?? []
        for s in [ApplicationState.withdrawn, .rejected] where !out.contains(s) { out.append(s) }
        return out
    }

    /// Steps that record a decision of the Bureau or the leading group: approver only, with a reference.
    static let decisions: Set<ApplicationState> = [.bureauApproved, .groupApproved]

    /// What a move is about in the role table: the Bureau's and the leading group's decisions,
    /// rejection (an objection upheld too) and an objection dismissed are `decisions` (approver);
    /// every other move is the clerk's `applications`.
    public static func permission(from: ApplicationState, to target: ApplicationState) -> Permission {
        if decisions.contains(target) || target == .rejected || (from == .objection && target == .inNotice) { return .decisions }
        return .applications
    }

    /// Judges moving `application` to `target`; every failing guard is a reason.
    public static func decide(_ application: Application, to target: ApplicationState,
                              context c: TransitionContext, policy: Policy) -> Decision {
        let from = application.state
        guard targets(from: from).contains(target) else {
            return Decision([.transitionNotAllowed(from: from, to: target)])
        }
        var reasons: [Refusal] = []
        // Who may take the step: the one role table (`Permission`), as the store checks it.
        let needed = permission(from: from, to: target)
        if !c.roles.grant(needed) { reasons.append(.roleRequired(needed.role)) }
        if decisions.contains(target) && c.reference.trimmingCharacters(in: " ").isEmpty {
            reasons.append(.referenceRequired(target))
        }
        if [.withdrawn, .rejected].contains(target) && c.reason.trimmingCharacters(in: " ").isEmpty {
            reasons.append(.reasonRequired(target))
        }

        switch target {
        case .submitted:
            reasons += submission(application, context: c, policy: policy).reasons
        case .shortlisted, .notSelected:
            reasons += ranking(application, to: target, context: c).reasons
        case .bureauApproved:
            reasons += QuotaRule.oneStationPerUnit(application, stations: c.stations, exceptions: c.exceptions, policy: policy).reasons
            if let round = c.round {
                reasons += QuotaRule.approval(application, round: round, approvedInRound: c.approvedInRound,
                                              usedInPlan: c.usedInPlan, exceptions: c.exceptions, policy: policy).reasons
            } else {
                reasons.append(.roundUnknown)   // the quota cannot be judged without it
            }
        case .inNotice:
            reasons += notice(application, from: from, context: c).reasons
        case .objection:
            if let o = c.objection, o.resolution == nil {
                if let n = c.notice, !(n.publishedOn <= o.lodgedOn && o.lodgedOn <= n.lastDay) {
                    reasons.append(.objectionOutsideNotice(lodgedOn: o.lodgedOn, first: n.firstDay, last: n.lastDay))
                }
            } else {
                reasons.append(.noObjection)
            }
        case .agreementSigned:
            if let n = c.notice {
                if c.on <= n.lastDay { reasons.append(.noticeNotOver(lastDay: n.lastDay)) }
            } else {
                reasons.append(.noNotice)
            }
            if let o = c.objection, o.resolution == nil { reasons.append(.objectionOpen) }
            reasons += QuotaRule.oneStationPerUnit(application, stations: c.stations, exceptions: c.exceptions, policy: policy).reasons
        case .rejected where from == .objection:
            // After an objection, rejection is the objection upheld.
            if c.objection?.resolution != .rejected { reasons.append(.objectionNotResolved(.rejected)) }
        default:
            break
        }
        return Decision(reasons)
    }

    /// Judges the step by the policy in force on the step's date (SPEC "Policy as data"): with no
    /// policy in force and no provisional continuation, every step but withdrawal is refused.
    public static func decide(_ application: Application, to target: ApplicationState,
                              context c: TransitionContext, book: PolicyBook) -> Decision {
        if let policy = book.inForce(on: c.on) { return decide(application, to: target, context: c, policy: policy) }
        let none = Refusal.noPolicyInForce(date: c.on, standing: book.standing(on: c.on).description)
        guard target == .withdrawn, let last = book.policies.last else { return Decision([none]) }
        return decide(application, to: target, context: c, policy: last)
    }

    /// Art. 6 materials all received; Art. 4 conditions 1–3 met, 4–6 met or left for the reviewers
    /// (6 for the university type only), none not met; Art. 4.2 staff; Art. 2/7 partners and type; Art. 5.4 one unit one station.
    public static func submission(_ a: Application, context c: TransitionContext, policy: Policy) -> Decision {
        var reasons: [Refusal] = []
        for kind in MaterialKind.allCases where a.materials.first(where: { $0.kind == kind })?.receivedOn == nil {
            reasons.append(.materialMissing(kind))
        }
        // Lines 1–3 are facts the clerk confirms; 4–6 may be left for the reviewers; line 6
        // applies to the university type only. A line marked not met refuses the submission.
        for n in 1...6 where ConditionCheck.applies(n, to: a.type) {
            switch a.conditions.first(where: { $0.number == n })?.state ?? .unchecked {
            case .met: break
            case .forReviewers where ConditionCheck.judgedByReviewers(n): break
            case .notMet: reasons.append(.conditionNotMet(n))
            default: reasons.append(.conditionNotConfirmed(n))
            }
        }
        reasons += StaffingRule.staffing(head: a.proposedHead, staff: a.staff, policy: policy).reasons
        reasons += StationTypeRule.check(type: a.type, partners: c.partners).reasons
        reasons += QuotaRule.oneStationPerUnit(a, stations: c.stations, exceptions: c.exceptions, policy: policy).reasons
        return Decision(reasons)
    }

    static func ranking(_ a: Application, to target: ApplicationState, context c: TransitionContext) -> Decision {
        let hasException = c.exceptions.contains {
            $0.kind == .beyondPlanCap && $0.applicationId == a.id && !$0.reason.trimmingCharacters(in: " ").isEmpty
        }
        let reasonGiven = !c.reason.trimmingCharacters(in: " ").isEmpty
        switch (target, c.placement) {
        case (_, .notRanked): return Decision([.notRanked])
        case (.shortlisted, .selected), (.notSelected, .outside): return .allowed
        case (.shortlisted, .tiedAtCutOff):
            // In with a reason, and only while the line has a place left for the tied.
            var reasons: [Refusal] = reasonGiven ? [] : [.tiedAtCutOff]
            if c.takenAtLine.count >= c.openAtLine { reasons.append(.lineTaken(open: c.openAtLine, by: c.takenAtLine)) }
            return Decision(reasons)
        case (_, .tiedAtCutOff): return reasonGiven ? .allowed : Decision([.tiedAtCutOff])
        case (.shortlisted, .outside): return hasException ? .allowed : Decision([.outsideShortlist])
        default:
            // not_selected while selected: only with a reason (e.g. a site visit's findings).
            return reasonGiven ? .allowed : Decision([.reasonRequired(target)])
        }
    }

    static func notice(_ a: Application, from: ApplicationState, context c: TransitionContext) -> Decision {
        guard let n = c.notice, a.id.map(n.applicationIds.contains) ?? false else { return Decision([.noNotice]) }
        guard from == .objection else { return .allowed }
        // Back from an objection: only when it was dismissed, on a notice published since.
        guard let o = c.objection, o.resolution == .renotice, let resolved = o.resolvedOn else {
            return Decision([.objectionNotResolved(.renotice)])
        }
        return n.publishedOn >= resolved ? .allowed : Decision([.freshNoticeRequired(resolvedOn: resolved)])
    }

    /// Performs an allowed step: the moved application and the event to record. Throws `Refused`
    /// with every reason otherwise.
    public static func apply(_ application: Application, to target: ApplicationState,
                             context c: TransitionContext, policy: Policy) throws -> (Application, ApplicationEvent) {
        let decision = decide(application, to: target, context: c, policy: policy)
        guard decision.isAllowed else { throw Refused(decision.reasons) }
        var moved = application
        moved.state = target
        let event = ApplicationEvent(applicationId: application.id ?? 0, from: application.state, to: target,
                                     by: c.by, on: c.on, reference: c.reference, reason: c.reason)
        return (moved, event)
    }

    /// The station an application becomes when its agreement is signed (Art. 5.3).
    public static func station(from a: Application, agreementDate: CivilDate) -> Station {
        Station(name: a.proposedName, type: a.type, unitId: a.unitId, partnerIds: a.partnerIds, head: a.proposedHead,
                staff: a.staff, agreementDate: agreementDate, applicationId: a.id, renewsStationId: a.renewsStationId)
    }
}
