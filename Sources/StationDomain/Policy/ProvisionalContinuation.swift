/// An admin's record that an expired policy continues provisionally (原政策继续执行) from a date,
/// with the reason — until a successor policy is loaded or `until`, whichever comes first.
public struct ProvisionalContinuation: Codable, Hashable, Sendable {
    /// The id of the policy that continues.
    public var policyId: String
    /// First day of the continuation (normally the day after the policy's `validUntil`).
    public var from: CivilDate
    /// Last day, when the continuation notice names one; nil: until a successor is loaded.
    public var until: CivilDate?
    /// Why (e.g. the Bureau's notice and its 文号).
    public var reason: String
    public var recordedBy: String
    public var recordedOn: CivilDate

    public init(policyId: String, from: CivilDate, until: CivilDate? = nil, reason: String,
                recordedBy: String, recordedOn: CivilDate) {
        self.policyId = policyId; self.from = from; self.until = until; self.reason = reason
        self.recordedBy = recordedBy; self.recordedOn = recordedOn
    }

    public func covers(_ date: CivilDate) -> Bool { from <= date && (until.map { date <= $0 } ?? true) }
}
