import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

final class ImporterTests: XCTestCase {
    let user = StoreFixture.user

    func testACleanFileIsOneCommandAndOneUndoStep() throws {
        let db = try StoreFixture.store()
        let path = try StoreFixture.file("name,uscc,kind\n甲虚构公司,\(Sample.code(1)),enterprise\n乙虚构研究所,\(Sample.code(2)),institution\n")
        let report = try Importer.run(.units, path: path, fileName: "units.csv", into: db, by: user)
        XCTAssertEqual(report.count, 2)
        XCTAssertEqual(report.encoding, .utf8WithBOM)
        XCTAssertEqual(try db.units().map(\.name), ["乙虚构研究所", "甲虚构公司"])
        XCTAssertEqual(try db.journalCount(), 1 + 1, "the first admin, then the import")
        let entry = try XCTUnwrap(db.journal(limit: 1).first)
        XCTAssertEqual(entry.sequence, report.journalSequence)
        XCTAssertEqual(entry.changeCount, 2)
        XCTAssertEqual(entry.command, "import-units")
        XCTAssertEqual(entry.summary, "units.csv", "what it was about; the catalog words the rest")
        _ = try db.undo(by: user)
        XCTAssertEqual(try db.units(), [], "one undo takes the whole import back")
    }

    func testAFileWithOneBadRowWritesNothing() throws {
        let db = try StoreFixture.store()
        let path = try StoreFixture.file("name,uscc,kind\n甲虚构公司,\(Sample.code(1)),enterprise\n乙,\(Sample.code(2)),school\n")
        XCTAssertThrowsError(try Importer.run(.units, path: path, fileName: "u.csv", into: db, by: user)) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.map(\.description),
                           ["u.csv:3: kind: “school”不是可用的值，应为 enterprise, institution"])
        }
        XCTAssertEqual(try db.units(), [])
        XCTAssertEqual(try db.journalCount(), 1, "the first admin only")
    }

    func testDryRunChecksAgainstTheStoreAndWritesNothing() throws {
        let db = try StoreFixture.seeded()
        let before = try db.journalCount()
        let station = try XCTUnwrap(db.stations().first { $0.name.hasPrefix("粤港澳") })
        let ok = try StoreFixture.file("name,category,employer,introduced_on,station,note\n新人甲,G,某店,2025-06-01,\(station.name),\n")
        let report = try Importer.run(.talents, path: ok, into: db, by: user, dryRun: true)
        XCTAssertEqual(report.count, 1)
        XCTAssertTrue(report.dryRun)
        XCTAssertEqual(try db.journalCount(), before)

        let stored = try XCTUnwrap(db.talents(station: station.id).first)
        let duplicate = try StoreFixture.file("name,category,employer,introduced_on,station,note\n"
            + "\(stored.name),G,\(stored.employer),\(stored.introducedOn),\(station.name),\n")
        XCTAssertThrowsError(try Importer.run(.talents, path: duplicate, fileName: "d.csv", into: db, by: user, dryRun: true)) {
            XCTAssertEqual(($0 as? ImportFailure)?.issues.map(\.column), ["name"])
            XCTAssertTrue(($0 as? ImportFailure)?.text(.en).contains("duplicates a stored talent record") == true, "\($0)")
        }
        XCTAssertEqual(try db.journalCount(), before)
    }

    func testGB18030FileImports() throws {
        let db = try StoreFixture.store()
        let report = try Importer.run(.partners, path: TestFiles.fixture("partners-gb18030.csv"), fileName: "p.csv",
                                      into: db, by: user)
        XCTAssertEqual(report.encoding, .gb18030)
        XCTAssertEqual(Set(try db.partners().map(\.name)), ["上海市某某理工大学（虚构）", "深圳湾创新创业园區,南区", "甘肃省某某研究院𠀀"])
    }

    func testCancelledImportWritesNothingEvenAfterThousandsOfInserts() throws {
        let db = try StoreFixture.seeded()
        let before = try db.talentCount()
        let journal = try db.journalCount()
        let station = try XCTUnwrap(db.stations().first { $0.name.hasPrefix("粤港澳") })
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<6000 { text += "批量\(i),G,某店,2025-06-01,\(station.name),\n" }
        let path = try StoreFixture.file(text)
        let seen = Locked<[ImportControl.Progress]>([])
        let box = Locked<ImportControl?>(nil)
        let control = ImportControl(onProgress: { p in
            seen.mutate { $0.append(p) }
            if p.phase == .writing && p.done >= 4096 { box.value?.cancel() }   // after 4,096 rows are inserted
        })
        box.mutate { $0 = control }
        XCTAssertThrowsError(try Importer.run(.talents, path: path, into: db, by: user, control: control)) {
            guard case ImportFailure.cancelled = $0 else { return XCTFail("\($0)") }
        }
        XCTAssertTrue(seen.value.contains { $0.phase == .writing && $0.done == 4096 })
        XCTAssertEqual(try db.talentCount(), before)
        XCTAssertEqual(try db.journalCount(), journal)
    }

    func testProgressRunsThroughTheThreePhasesInOrder() throws {
        let db = try StoreFixture.seeded()
        let station = try XCTUnwrap(db.stations().first { $0.name.hasPrefix("粤港澳") })
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<5000 { text += "进度\(i),F,某店,2025-07-01,\(station.name),\n" }
        let seen = Locked<[ImportControl.Progress]>([])
        let control = ImportControl(onProgress: { p in seen.mutate { $0.append(p) } })
        _ = try Importer.run(.talents, path: try StoreFixture.file(text), into: db, by: user, control: control)
        let fractions = seen.value.map(\.fraction)
        XCTAssertEqual(fractions, fractions.sorted(), "progress never goes backwards")
        XCTAssertEqual(seen.value.first?.phase, .reading)
        XCTAssertEqual(seen.value.last, ImportControl.Progress(phase: .writing, done: 5000, total: 5000))
        XCTAssertEqual(seen.value.last?.fraction, 1)
    }

    func testTheFinalDuplicateCheckReportsProgressBetweenCheckingAndWriting() throws {
        let db = try StoreFixture.seeded()
        let station = try XCTUnwrap(db.stations().first { $0.name.hasPrefix("粤港澳") })
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<9000 { text += "查重\(i),F,某店,2025-07-01,\(station.name),\n" }
        let path = try StoreFixture.file(text)
        for dryRun in [true, false] {
            let seen = Locked<[ImportControl.Progress]>([])
            let control = ImportControl(onProgress: { p in seen.mutate { $0.append(p) } })
            _ = try Importer.run(.talents, path: path, into: db, by: user, dryRun: dryRun, control: control)
            var phases: [ImportControl.Phase] = []
            for p in seen.value where phases.last != p.phase { phases.append(p.phase) }
            XCTAssertEqual(phases, dryRun ? [.reading, .checking, .duplicates] : [.reading, .checking, .duplicates, .writing])
            XCTAssertEqual(seen.value.filter { $0.phase == .duplicates },
                           [0, 4096, 8192, 9000].map { ImportControl.Progress(phase: .duplicates, done: $0, total: 9000) })
            let fractions = seen.value.map(\.fraction)
            XCTAssertEqual(fractions, fractions.sorted(), "progress never goes backwards")
        }
    }
}

/// A value shared with a progress callback.
final class Locked<T>: @unchecked Sendable {
    private var inner: T
    private let lock = NSLock()
    init(_ value: T) { inner = value }
    var value: T { lock.lock(); defer { lock.unlock() }; return inner }
    func mutate(_ f: (inout T) -> Void) { lock.lock(); f(&inner); lock.unlock() }
}
