/// Art. 5.2 择优: the top applications by aggregated review score, up to the capacity
/// (min(round places, places left in the plan period)). Applications tied at the cut-off are
/// returned as ties, never split silently (SPEC). Cost: O(n log n).
public struct Shortlist: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var applicationId: Int64
        public var score: Points
        public init(applicationId: Int64, score: Points) { self.applicationId = applicationId; self.score = score }
    }

    public let capacity: Int
    /// Clearly within the capacity, best first.
    public let selected: [Entry]
    /// Tied on the cut-off score for the `openPlaces` places left after `selected`.
    public let tied: [Entry]
    /// Below the cut-off.
    public let outside: [Entry]
    public var openPlaces: Int { max(0, capacity - selected.count) }

    public init(scores: [Entry], capacity: Int) {
        // Best first; equal scores by id so the order on screen is stable (it decides nothing).
        let ranked = scores.sorted { $0.score != $1.score ? $0.score > $1.score : $0.applicationId < $1.applicationId }
        self.capacity = max(0, capacity)
        guard self.capacity > 0 else { selected = []; tied = []; outside = ranked; return }
        guard ranked.count > self.capacity else { selected = ranked; tied = []; outside = []; return }
        let cut = ranked[self.capacity - 1].score
        if ranked[self.capacity].score == cut {
            selected = ranked.filter { $0.score > cut }
            tied = ranked.filter { $0.score == cut }
            outside = ranked.filter { $0.score < cut }
        } else {
            selected = Array(ranked.prefix(self.capacity))
            tied = []
            outside = Array(ranked.dropFirst(self.capacity))
        }
    }

    /// The shortlist of a round from each application's review aggregation; applications without
    /// a usable submitted sheet are left out (their placement is `.notRanked`).
    public init(aggregations: [Int64: ScoreAggregation], capacity: Int) {
        self.init(scores: aggregations.compactMap { id, agg in agg.aggregate.map { Entry(applicationId: id, score: $0) } },
                  capacity: capacity)
    }

    /// Where an application stands (`.notRanked` when it has no score).
    public func placement(of id: Int64?) -> ShortlistPlacement {
        guard let id else { return .notRanked }
        if selected.contains(where: { $0.applicationId == id }) { return .selected }
        if tied.contains(where: { $0.applicationId == id }) { return .tiedAtCutOff }
        if outside.contains(where: { $0.applicationId == id }) { return .outside }
        return .notRanked
    }
}

public enum ShortlistPlacement: String, Hashable, Sendable {
    case selected
    case tiedAtCutOff = "tied_at_cut_off"
    case outside
    case notRanked = "not_ranked"
}
