import GRDB
import XCTest
@testable import StationStore
import StationDomain

/// Issue 12's columns and table: kept, read back, journalled, undone — and rows stored before the
/// migration keep the images their journal entries recorded.
final class StationRecordsStoreTests: StoreTestCase {
    let day = CivilDate("2025-03-10")!

    func seedStation(_ db: AppDatabase) throws -> Station {
        try db.write(command: "seed", by: "clerk") { w in
            let unit = try w.insert(sampleUnit(1))
            let partner = try w.insert(Partner(name: "浙江大学", kind: .university, city: "杭州"))
            return try w.insert(Station(name: "浙大柳州人才工作站", type: .university, unitId: unit.id!, partnerIds: [partner.id!],
                                        head: "张三", staff: ["李四"], agreementDate: day))
        }
    }

    func testNewFieldsRoundTripAndUndo() throws {
        let db = try openStore()
        var station = try seedStation(db)
        let letter = TerminationLetter(on: day.adding(days: 800), reference: "柳科函〔2027〕3号")
        try db.write(command: "fields", by: "clerk") { w in
            station.terminationLetter = letter
            station = try w.update(station)
            try w.insert(StaffFiling(stationId: station.id!, filedOn: day, role: .staff, oldPerson: "", newPerson: "王五",
                                     reason: "新增", acknowledgedOn: day.adding(days: 5)))
            try w.insert(Activity(stationId: station.id!, on: day, duty: 2, title: "对接会", place: "柳州市会展中心",
                                  participants: "企业32家，\"高校\"5所", outcome: "签约3项", evidence: "签到表\n照片"))
            try w.insert(TalentDemand(stationId: station.id!, enterprise: "柳州某厂", need: "电池工程师", headcount: 3,
                                      field: "新能源汽车", collectedOn: day, published: true, publishedWhere: "浙大就业网"))
            try w.insert(Talent(name: "陈七", category: .g, employer: "柳州某厂", employerKind: .enterprise, introducedOn: day,
                                stationId: station.id!))
            try w.insert(Talent(name: "周八", category: nil, employer: "别家", introducedOn: day, stationId: station.id!))
        }
        XCTAssertEqual(try db.stations().first?.terminationLetter, letter)
        XCTAssertEqual(try db.staffFilings(station: station.id!).first?.acknowledgedOn, day.adding(days: 5))
        let activity = try XCTUnwrap(db.activities(station: station.id!).first)
        XCTAssertEqual([activity.place, activity.participants, activity.outcome, activity.evidence],
                       ["柳州市会展中心", "企业32家，\"高校\"5所", "签约3项", "签到表\n照片"])
        XCTAssertEqual(try db.talentDemands(station: station.id!).map(\.publishedWhere), ["浙大就业网"])
        XCTAssertEqual(try db.talents(station: station.id!).map(\.employerKind), [.enterprise, nil])
        XCTAssertEqual(try db.talentListRows().map(\.employerKind), [.enterprise, nil])
        XCTAssertEqual(try db.unclassifiedTalentCount(), 1)
        XCTAssertTrue(try db.verify().isIntact)
        try db.undo(by: "clerk")
        XCTAssertNil(try db.stations().first?.terminationLetter)
        XCTAssertEqual(try db.talentDemands(station: station.id!), [])
        XCTAssertEqual(try db.talentCount(), 0)
        XCTAssertTrue(try db.verify().isIntact)
    }

    /// The image of a row whose later-added columns are NULL is exactly what the program before the
    /// migration journalled for it (`json_object` over the old columns), so `verify` and undo of
    /// entries made before the upgrade still find their records unchanged.
    func testRowsWithoutTheNewValuesKeepTheirOldImages() throws {
        let db = try openStore()
        let station = try seedStation(db)
        let awkward = "引号\"、反斜杠\\、换行\n、制表\t与 emoji 👨‍👩‍👦"
        try db.write(command: "old-style rows", by: "clerk") { w in
            // A name is one line (TextRules): the awkward characters but the line break and the tab.
            let line = awkward.replacingOccurrences(of: "\n", with: "").replacingOccurrences(of: "\t", with: "")
            try w.insert(StaffFiling(stationId: station.id!, filedOn: day, role: .head, oldPerson: line, newPerson: "赵六", reason: awkward))
            try w.insert(Talent(name: line, category: .a, employer: line, introducedOn: day, stationId: station.id!, note: awkward))
        }
        // Activities and continuations as the old program wrote them: the new columns NULL.
        try db.queue.write { db in
            try db.execute(sql: """
                INSERT INTO provisional_continuation(policy_id, from_date, until_date, reason, recorded_by, recorded_on)
                VALUES ('p', '2026-01-01', NULL, ?, 'admin', '2026-01-02')
                """, arguments: [awkward])
            try db.execute(sql: "INSERT INTO activity(station_id, on_date, duty, title, note) VALUES (?, ?, 1, ?, ?)",
                           arguments: [station.id!, day.description, awkward, awkward])
        }
        var old: [String: [String]] = [
            "talent": ["name", "category", "employer", "employer_unit_id", "introduced_on", "station_id", "note", "id_number"],
            "staff_filing": ["station_id", "filed_on", "role", "old_person", "new_person", "reason"],
            "activity": ["station_id", "on_date", "duty", "title", "note"],
            "station": ["name", "type", "unit_id", "partner_ids", "head", "staff", "agreement_date", "status", "application_id",
                        "renews_station_id", "plaque_on", "appointment_letter_on", "ended_on", "revocation_reference"],
        ]
        old["provisional_continuation"] = ["policy_id", "from_date", "until_date", "reason", "recorded_by", "recorded_on"]
        let specs = [Talent.tableSpec, StaffFiling.tableSpec, Activity.tableSpec, Station.tableSpec, StoredContinuation.tableSpec]
        try db.queue.read { db in
            for spec in specs {
                let columns = ["id"] + old[spec.name]!
                let oldExpression = "json_object(" + columns.map { "'\($0)', \"\($0)\"" }.joined(separator: ", ") + ")"
                let pairs = try Row.fetchAll(db, sql: "SELECT \(oldExpression) AS old, \(spec.imageExpression) AS new FROM \"\(spec.name)\"")
                XCTAssertFalse(pairs.isEmpty, spec.name)
                for row in pairs { XCTAssertEqual(row["new"] as String, row["old"] as String, spec.name) }
            }
        }
        // Once a new value is set, the image carries it.
        try db.queue.write { db in try db.execute(sql: "UPDATE activity SET place = '会议室', evidence = '照片'") }
        let image = try db.queue.read { db in try String.fetchOne(db, sql: "SELECT \(Activity.tableSpec.imageExpression) FROM activity") }
        XCTAssertTrue(image?.contains("\"place\":\"会议室\"") == true, image ?? "")
        XCTAssertTrue(image?.contains("\"evidence\":\"照片\"") == true, image ?? "")
        XCTAssertFalse(image?.contains("participants") == true, image ?? "")
    }
}

extension StationRecordsStoreTests {
    func testEnterpriseTalentCountIsTalentTallysCount() throws {
        let db = try openStore()
        let station = try seedStation(db)
        try db.write(command: "talents", by: "clerk") { w in
            for (i, (cat, kind, date)) in [(TalentCategory.g, EmployerKind?.some(.enterprise), "2025-03-10"), (.a, .enterprise, "2026-03-09"),
                                           (.g, .institution, "2025-05-01"), (.g, nil, "2025-05-01"), (nil, .enterprise, "2025-05-01"),
                                           (.g, .enterprise, "2026-03-10")].enumerated() {
                try w.insert(Talent(name: "人\(i)", category: cat, employer: "某", employerKind: kind, introducedOn: CivilDate(date)!,
                                    stationId: station.id!))
            }
        }
        let window = CivilDate("2025-03-10")!...CivilDate("2026-03-09")!
        XCTAssertEqual(try db.enterpriseTalentCount(station: station.id!, within: window, from: .g), 2)
        let tally = TalentTally.of(try db.talents(station: station.id!), station: station,
                                   year: EvaluationYear(start: window.lowerBound, end: window.upperBound, ordinal: 1),
                                   stationPolicy: try TestPolicy.measures(), countingPolicy: try TestPolicy.measures())
        XCTAssertEqual(tally.count, 2, "the same talents as the domain's tally")
    }
}
