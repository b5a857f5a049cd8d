// The sections of a `Policy`, each decoded from its own JSON object.

/// Art. 5.4: “十四五”期间 不超过10家.
public struct PlanPeriod: Codable, Hashable, Sendable {
    public var name: String
    public var firstYear: Int
    public var lastYear: Int
    public var stationCap: Int

    public init(name: String, firstYear: Int, lastYear: Int, stationCap: Int) {
        self.name = name; self.firstYear = firstYear; self.lastYear = lastYear; self.stationCap = stationCap
    }

    public func contains(year: Int) -> Bool { firstYear <= year && year <= lastYear }
}

/// Minimum counts per grade; JSON keys `A`, `B`, `C`.
public struct GradeThresholds: Codable, Hashable, Sendable {
    public var a: Int, b: Int, c: Int
    enum CodingKeys: String, CodingKey { case a = "A", b = "B", c = "C" }
    public init(a: Int, b: Int, c: Int) { self.a = a; self.b = b; self.c = c }
}

/// Amounts per grade in whole yuan; JSON keys `A`, `B`, `C`.
public struct GradeAmounts: Codable, Hashable, Sendable {
    public var a: Int64, b: Int64, c: Int64
    enum CodingKeys: String, CodingKey { case a = "A", b = "B", c = "C" }
    public init(a: Int64, b: Int64, c: Int64) { self.a = a; self.b = b; self.c = c }
}

/// Numbers the SPEC chose where the Measures leave room.
public struct Practice: Codable, Hashable, Sendable {
    /// List stations whose management period ends within this many days (SPEC: 90).
    public var periodEndingWithinDays: Int
    /// List subsidies due within this many working days (SPEC: 10).
    public var subsidyDueWithinWorkingDays: Int
    /// Flag a station with more head changes than this within one period (SPEC: 1).
    public var headChangesAllowedPerPeriod: Int
    /// With this many submitted sheets or more, drop one highest and one lowest total (SPEC: 5).
    public var trimFromSheets: Int
    /// Flag a sheet more than this many points from the mean (SPEC: 20; 超过 excludes the number).
    public var outlierPoints: Int

    public init(periodEndingWithinDays: Int, subsidyDueWithinWorkingDays: Int, headChangesAllowedPerPeriod: Int,
                trimFromSheets: Int, outlierPoints: Int) {
        self.periodEndingWithinDays = periodEndingWithinDays
        self.subsidyDueWithinWorkingDays = subsidyDueWithinWorkingDays
        self.headChangesAllowedPerPeriod = headChangesAllowedPerPeriod
        self.trimFromSheets = trimFromSheets; self.outlierPoints = outlierPoints
    }
}

/// One Liuzhou talent category (A类…G类). What qualifies a person is not public: a category is
/// entered with its evidence, never derived (NOTES "Policy facts").
public struct TalentCategoryInfo: Codable, Hashable, Sendable {
    public var code: TalentCategory
    public var name: String
    public var note: String

    public init(code: TalentCategory, name: String, note: String = "") {
        self.code = code; self.name = name; self.note = note
    }
}

/// Key industry clusters (Art. 4.6, 7(二)1 “5+5”). The official list is not public: the file
/// marks it `official: false` until someone replaces it with the Bureau's list.
public struct KeyIndustries: Codable, Hashable, Sendable {
    public var official: Bool
    public var note: String
    public var items: [String]

    public init(official: Bool, note: String, items: [String]) {
        self.official = official; self.note = note; self.items = items
    }
}
