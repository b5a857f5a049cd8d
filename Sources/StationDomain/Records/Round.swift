/// One selection round (Art. 5.5: in principle one a year, opened by the Bureau).
public struct Round: Codable, Hashable, Sendable, Identifiable {
    public var id: Int64?
    public var year: Int
    /// Places offered in this round (年度设站名额).
    public var places: Int
    public var openedOn: CivilDate
    public var note: String

    public init(id: Int64? = nil, year: Int, places: Int, openedOn: CivilDate, note: String = "") {
        self.id = id; self.year = year; self.places = places; self.openedOn = openedOn; self.note = note
    }
}
