/// A versioned score-sheet form (SPEC "Default score sheets"): criteria with maxima. A sheet is
/// bound to the (id, version) it was started with, so editing a form never changes old sheets.
public struct ScoreForm: Codable, Hashable, Sendable {
    public var id: String
    public var version: Int
    public var title: String
    /// The title in English, for `--lang en` (absent: the title is shown as it is).
    public var titleEn: String?
    public var subject: ScoreSubject
    /// nil: the form serves both station types.
    public var stationType: StationType?
    public var criteria: [Criterion]
    /// When set, a sheet's total is shown scaled to this many points (the organization
    /// application sheet has no discipline-fit line, 95 raw points, scaled to 100).
    public var scaleTo: Int?
    /// Whether a criterion may be scored in half points (12.5); whole points only when false
    /// (absent in the file means false).
    public var halfPoints: Bool

    public struct Criterion: Codable, Hashable, Sendable {
        public var key: String
        public var title: String
        /// The criterion in English, for `--lang en` (absent: the title is shown as it is).
        public var titleEn: String?
        public var max: Int
        public init(key: String, title: String, titleEn: String? = nil, max: Int) {
            self.key = key; self.title = title; self.titleEn = titleEn; self.max = max
        }

        /// The title in English when asked for and the form gives one.
        public func title(english: Bool) -> String { english ? titleEn ?? title : title }
    }

    /// The title in English when asked for and the form gives one.
    public func title(english: Bool) -> String { english ? titleEn ?? title : title }

    public init(id: String, version: Int, title: String, subject: ScoreSubject, stationType: StationType?,
                criteria: [Criterion], scaleTo: Int? = nil, halfPoints: Bool = false, titleEn: String? = nil) {
        self.id = id; self.version = version; self.title = title; self.titleEn = titleEn; self.subject = subject
        self.stationType = stationType; self.criteria = criteria; self.scaleTo = scaleTo
        self.halfPoints = halfPoints
    }

    private enum CodingKeys: String, CodingKey { case id, version, title, titleEn, subject, stationType, criteria, scaleTo, halfPoints }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), version: try c.decode(Int.self, forKey: .version),
                  title: try c.decode(String.self, forKey: .title), subject: try c.decode(ScoreSubject.self, forKey: .subject),
                  stationType: try c.decodeIfPresent(StationType.self, forKey: .stationType),
                  criteria: try c.decode([Criterion].self, forKey: .criteria),
                  scaleTo: try c.decodeIfPresent(Int.self, forKey: .scaleTo),
                  halfPoints: try c.decodeIfPresent(Bool.self, forKey: .halfPoints) ?? false,
                  titleEn: try c.decodeIfPresent(String.self, forKey: .titleEn))
    }

    /// Sum of the criteria maxima (raw points).
    public var rawMaximum: Int { criteria.reduce(0) { $0 + $1.max } }

    /// The maximum a total is expressed in: `scaleTo` or the raw maximum.
    public var maximum: Int { scaleTo ?? rawMaximum }

    /// The criterion of `key`, if the form has it.
    public func criterion(_ key: String) -> Criterion? { criteria.first { $0.key == key } }
}
