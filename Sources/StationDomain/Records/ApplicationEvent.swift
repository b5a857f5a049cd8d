/// One recorded step of an application's procedure: who moved it, when, and on what authority.
public struct ApplicationEvent: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var applicationId: Int64
    public var from: ApplicationState
    public var to: ApplicationState
    public var by: String
    public var on: CivilDate
    /// 文号 or meeting reference, where the step has one.
    public var reference: String
    /// The reason, for withdrawal, rejection, objections and exceptions.
    public var reason: String

    public init(id: Int64? = nil, applicationId: Int64, from: ApplicationState, to: ApplicationState,
                by: String, on: CivilDate, reference: String = "", reason: String = "") {
        self.id = id; self.applicationId = applicationId; self.from = from; self.to = to
        self.by = by; self.on = on; self.reference = reference; self.reason = reason
    }
}
