/// 需求征集: a talent need collected from a Liuzhou enterprise by a station (Art. 7 duties
/// "publish Liuzhou demand" and "report statistics and demand"; the organisation type's annual
/// form scores it): the enterprise, what it needs, how many people, in which field, when it was
/// collected, and whether and where it was published.
public struct TalentDemand: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var stationId: Int64
    public var enterprise: String
    public var need: String
    public var headcount: Int
    public var field: String
    public var collectedOn: CivilDate
    public var published: Bool
    /// Where it was published (campus job platforms, websites, fairs); empty when not published.
    public var publishedWhere: String

    public init(id: Int64? = nil, stationId: Int64, enterprise: String, need: String, headcount: Int,
                field: String = "", collectedOn: CivilDate, published: Bool = false, publishedWhere: String = "") {
        self.id = id; self.stationId = stationId; self.enterprise = enterprise; self.need = need
        self.headcount = headcount; self.field = field; self.collectedOn = collectedOn
        self.published = published; self.publishedWhere = publishedWhere
    }
}
