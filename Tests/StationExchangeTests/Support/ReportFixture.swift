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

        func evaluation(_ s: Station, _ year: Int, _ count: Int, _ grade: Grade, _ decided: String,
                        corrected: Int? = nil) throws {
            try db.save(Evaluation(stationId: s.id!, year: year, computedCount: count, correctedCount: corrected,
                                   correctionReason: corrected == nil ? "" : "补录两名外地分公司转入人才（虚构）", grade: grade,
                                   decidedOn: CivilDate(decided)!, decisionReference: "柳科评〔\(decided.prefix(4))〕1号"),
                        replacing: nil, by: user)
        }
        // Evaluation years are named by the year they end in: 南方 (2023-02-01) has 2024 and 2025,
        // 华东 (2023-03-15) 2024 and 2025, 西部 (2023-06-30) 2024 and 2025.
        try evaluation(park, 2024, 5, .unqualified, "2024-03-20")
        try evaluation(park, 2025, 7, .unqualified, "2025-03-18")
        try evaluation(car, 2024, 22, .b, "2024-04-20")
        try evaluation(car, 2025, 31, .a, "2025-03-18", corrected: 33)
        try evaluation(joint, 2024, 21, .b, "2024-08-20")
        var revoked = park
        revoked.endedOn = CivilDate("2025-04-30")!
        revoked.revocationReference = "柳科发〔2025〕12号"
        try db.save(revoked, replacing: park, by: user)

        let book = try share.policyBook()
        let calendar = try share.workdayCalendar()
        let policy = book.inForce(on: CivilDate("2025-03-18")!)!
        // 华东 2024: B, 80,000.00 decided, half paid: overdue. 西部 2024: paid in full, spent, part returned.
        let carSubsidy = try db.save(Subsidy(stationId: car.id!, year: 2024, grade: .b, cap: .yuan(80_000), approved: .yuan(80_000),
                                             decidedOn: CivilDate("2024-04-20")!), replacing: nil, by: user)
        try db.save(Payment(subsidyId: carSubsidy.id!, paidOn: CivilDate("2024-05-10")!, amount: .yuan(40_000), reference: "拨付单001"),
                    replacing: nil, by: user)
        let jointSubsidy = try db.save(Subsidy(stationId: joint.id!, year: 2024, grade: .b, cap: .yuan(80_000), approved: .yuan(75_000),
                                               decidedOn: CivilDate("2024-08-20")!), replacing: nil, by: user)
        try db.save(Payment(subsidyId: jointSubsidy.id!, paidOn: CivilDate("2024-09-01")!, amount: .yuan(75_000)),
                    replacing: nil, by: user)
        for (use, yuan, note) in [(FundUse.salaries, Int64(30_000), ""), (.roadshow, 12_000, ""), (.other, 3_000, "人才公寓租金（虚构）")] {
            try db.save(SpendingLine(subsidyId: jointSubsidy.id!, on: CivilDate("2024-10-01")!, use: use, amount: .yuan(yuan), note: note),
                        replacing: nil, by: user)
        }
        try db.save(Clawback(subsidyId: jointSubsidy.id!, orderedOn: CivilDate("2025-02-10")!, amount: .yuan(3_000),
                             reason: "租金不属于建设补助用途（虚构）"), replacing: nil, by: user)
        // 华东 2025: A, no amount yet (待核定) — due all the same, and overdue by today.
        try db.save(Subsidy(stationId: car.id!, year: 2025, grade: .a, cap: .yuan(100_000), decidedOn: CivilDate("2025-03-18")!),
                    replacing: nil, by: user)
        // 西部 2025: decided 2026-11-20, so due past the working-day table: provisional.
        try db.save(Subsidy(stationId: joint.id!, year: 2025, grade: .c, cap: .yuan(50_000), approved: .yuan(50_000),
                            decidedOn: CivilDate("2026-11-20")!), replacing: nil, by: user)

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

        var source = try ReportSource.load(from: db, share: share, today: today)
        source.talents = classified(source.talents, units: units)
        return (db, source)
    }

    /// The demo's talents with the employer kind the import gives a file without `employer_kind`:
    /// an employer that is a unit takes the unit's kind; any other stays unclassified.
    static func classified(_ talents: [Talent], units: [StationDomain.Unit]) -> [Talent] {
        let kinds = Dictionary(units.compactMap { u in u.id.map { ($0, u.kind) } }, uniquingKeysWith: { a, _ in a })
        return talents.map { t in
            var t = t
            if t.employerKind == nil, let kind = t.employerUnitId.flatMap({ kinds[$0] }) { t.employerKind = EmployerKind(kind) }
            return t
        }
    }
}
