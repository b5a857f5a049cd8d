import Foundation
import StationDomain
import StationStore
@testable import StationExchange

/// The demo store plus the records the reports read that CSV does not bring: evaluations, a
/// revocation, subsidies and payments, a round with applications and a stored notice. All saved
/// through the store so `ReportSource.load` is exercised too. Today is fixed.
enum ReportFixture {
    static let today = CivilDate("2026-11-26")!
    static let share = ShareDirectory(path: TestFiles.root.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("data").path)
    static let user = StoreFixture.user

    static func make() throws -> (db: AppDatabase, source: ReportSource) {
        let db = try StoreFixture.seeded()
        let stations = Dictionary(uniqueKeysWithValues: try db.stations().map { ($0.name, $0) })
        func station(_ prefix: String) -> Station { stations.first { $0.key.hasPrefix(prefix) }!.value }
        let car = station("华东"), park = station("南方"), joint = station("西部")

        func evaluation(_ s: Station, _ year: Int, _ count: Int, _ grade: Grade, _ decided: String) throws {
            try db.save(Evaluation(stationId: s.id!, year: year, computedCount: count, grade: grade,
                                   decidedOn: CivilDate(decided)!, decisionReference: "柳科评〔\(year + 1)〕1号"),
                        replacing: nil, by: user)
        }
        try evaluation(park, 2023, 5, .unqualified, "2024-03-20")
        try evaluation(park, 2024, 7, .unqualified, "2025-03-18")
        try evaluation(car, 2023, 22, .b, "2024-03-20")
        try evaluation(car, 2024, 31, .a, "2025-03-18")
        try evaluation(joint, 2024, 21, .b, "2025-03-18")
        var revoked = park
        revoked.endedOn = CivilDate("2025-04-30")!
        revoked.revocationReference = "柳科发〔2025〕12号"
        try db.save(revoked, replacing: park, by: user)

        let book = try share.policyBook()
        let calendar = try share.workdayCalendar()
        let policy = book.inForce(on: CivilDate("2025-03-18")!)!
        let due = try SubsidyRule.dueDate(decidedOn: CivilDate("2025-03-18")!, calendar: calendar, policy: policy)
        let carSubsidy = try db.save(Subsidy(stationId: car.id!, year: 2024, grade: .a, cap: .yuan(100_000), approved: .yuan(100_000),
                                             decidedOn: CivilDate("2025-03-18")!, dueOn: due), replacing: nil, by: user)
        try db.save(Payment(subsidyId: carSubsidy.id!, paidOn: CivilDate("2025-05-10")!, amount: .yuan(50_000), reference: "拨付单001"),
                    replacing: nil, by: user)
        let jointSubsidy = try db.save(Subsidy(stationId: joint.id!, year: 2024, grade: .b, cap: .yuan(80_000), approved: .yuan(75_000),
                                               decidedOn: CivilDate("2025-03-18")!, dueOn: due), replacing: nil, by: user)
        try db.save(Payment(subsidyId: jointSubsidy.id!, paidOn: CivilDate("2025-06-01")!, amount: .yuan(75_000)),
                    replacing: nil, by: user)

        let units = try db.units(), partners = try db.partners()
        func unit(_ prefix: String) -> Int64 { units.first { $0.name.hasPrefix(prefix) }!.id! }
        func partner(_ prefix: String) -> Int64 { partners.first { $0.name.hasPrefix(prefix) }!.id! }
        let round = try db.save(Round(year: 2025, places: 3, openedOn: CivilDate("2025-03-01")!), replacing: nil, by: user)
        let approved1 = try db.save(Application(roundId: round.id!, unitId: unit("柳州虚构钢铁"), partnerIds: [partner("北方")],
                                                type: .university, proposedName: "北方虚构交通大学柳州轨道交通人才工作站",
                                                proposedHead: "诸葛明远", state: .inNotice, createdOn: CivilDate("2025-03-10")!),
                                    replacing: nil, by: user)
        let approved2 = try db.save(Application(roundId: round.id!, unitId: unit("柳州市虚构人民医院"), partnerIds: [partner("长三角")],
                                                type: .organization, proposedName: "长三角虚构科技人才服务协会柳州医疗人才工作站",
                                                proposedHead: "皇甫雨轩", state: .groupApproved, createdOn: CivilDate("2025-03-12")!),
                                    replacing: nil, by: user)
        try db.save(Application(roundId: round.id!, unitId: unit("柳州虚构螺蛳粉"), partnerIds: [partner("南方")], type: .organization,
                                proposedName: "被否决的虚构工作站", proposedHead: "某某", state: .rejected,
                                createdOn: CivilDate("2025-03-15")!), replacing: nil, by: user)
        try db.save(QuotaException(applicationId: approved2.id!, kind: .secondStationForUnit,
                                   reason: "人才特别集聚，经局务会同意增设（虚构）", by: user, on: CivilDate("2025-07-10")!),
                    replacing: nil, by: user)
        let period = try NoticePeriod(publishedOn: CivilDate("2025-07-28")!, calendar: calendar, policy: policy)
        try db.save(period.notice(roundId: round.id!, applicationIds: [approved1.id!, approved2.id!]), replacing: nil, by: user)

        return (db, try ReportSource.load(from: db, share: share, today: today))
    }
}
