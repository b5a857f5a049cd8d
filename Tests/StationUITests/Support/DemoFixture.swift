import TestSupport
import Foundation
import StationDomain
import StationExchange
import StationStore
import StationUI

/// The real data/ folder of the checkout (policy, calendar, pinyin, sample files), for screens
/// that apply the rules, and the demo records loaded into a harness's store as `--demo` does.
enum DemoFixture {
    static let share = ShareDirectory(path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path)

    /// The pinyin table with its sort readings, loaded once.
    static let pinyin: PinyinTable? = try? share.pinyinTable()

    static func rules() throws -> DeskRules {
        DeskRules(policies: try share.policyBook(), calendar: try share.workdayCalendar())
    }

    /// A harness with the rules, the pinyin matcher and the demo records.
    static func harness(language: Language = .zh, seed: Bool = true, ambiguousWide: Bool = false,
                        as login: String = Harness.user, reviews: Bool = false,
                        roles: Set<Role> = [.clerk, .admin]) throws -> Harness {
        let pinyin = try share.pinyinTable()
        let h = try Harness(language: language, matcher: .pinyin(pinyin), ambiguousWide: ambiguousWide,
                            rules: try rules(), roles: roles, as: login, share: share)
        // The demo's imports need a clerk: a harness user without that role has root load them.
        let loader = roles.contains(.clerk) ? Harness.user : "root"
        if seed { try DemoData.seed(into: h.db, sampleFolder: share.path + "/sample", by: loader) }
        if reviews { try DemoReviews.seed(into: h.db, share: share, by: loader, today: Harness.today) }
        h.app.tick()
        return h
    }
}
