import Foundation
import XCTest
import StationDomain
@testable import StationStore

/// BRIEF "ShareDirectory": --share, $STATIONDESK_SHARE, next to/above the executable, ./data.
final class ShareDirectoryTests: XCTestCase {
    let checkoutData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("data").path
    var temp: String = ""

    override func setUpWithError() throws {
        temp = NSTemporaryDirectory() + "share-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: temp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(atPath: temp) }

    /// A minimal data folder at `dir` (only the marker file).
    func makeShare(_ dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir + "/calendar", withIntermediateDirectories: true)
        try "2024-02-04\ton\n".write(toFile: dir + "/calendar/cn-workday-exceptions.tsv", atomically: true, encoding: .utf8)
    }

    func testOrder_overrideThenEnvironmentThenExecutableThenCwd() throws {
        for name in ["a", "b", "c/data", "bin/data", "cwd/data"] { try makeShare(temp + "/" + name) }
        let env = ["STATIONDESK_SHARE": temp + "/b"]
        XCTAssertEqual(try ShareDirectory.locate(override: temp + "/a", environment: env,
                                                 executablePath: temp + "/bin/x", currentDirectory: temp + "/cwd").path, temp + "/a")
        XCTAssertEqual(try ShareDirectory.locate(override: nil, environment: env,
                                                 executablePath: temp + "/bin/x", currentDirectory: temp + "/cwd").path, temp + "/b")
        XCTAssertEqual(try ShareDirectory.locate(override: nil, environment: [:],
                                                 executablePath: temp + "/bin/x", currentDirectory: temp + "/cwd").path, temp + "/bin/data")
        // Above the executable: <checkout>/.build/debug/stationdesk finds <checkout>/data.
        XCTAssertEqual(try ShareDirectory.locate(override: nil, environment: [:],
                                                 executablePath: temp + "/c/.build/debug/stationdesk",
                                                 currentDirectory: "/").path, temp + "/c/data")
        XCTAssertEqual(try ShareDirectory.locate(override: nil, environment: [:], executablePath: nil,
                                                 currentDirectory: temp + "/cwd").path, temp + "/cwd/data")
        // Relative override resolved against the working directory.
        XCTAssertEqual(try ShareDirectory.locate(override: "a", environment: [:], executablePath: nil,
                                                 currentDirectory: temp).path, temp + "/a")
    }

    func testNotFound_saysEveryPlaceItLooked() throws {
        XCTAssertThrowsError(try ShareDirectory.locate(override: nil, environment: [:],
                                                       executablePath: temp + "/alone/stationdesk",
                                                       currentDirectory: temp + "/cwd")) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains(self.temp + "/alone/data"), text)
            XCTAssertTrue(text.contains(self.temp + "/cwd/data"), text)
            XCTAssertTrue(text.contains("--share"), text)
        }
        // A wrong override is an error at once, even when ./data exists.
        try makeShare(temp + "/cwd/data")
        XCTAssertThrowsError(try ShareDirectory.locate(override: temp + "/nope", environment: [:],
                                                       executablePath: nil, currentDirectory: temp + "/cwd")) { error in
            guard case .notFound(let looked, let hint)? = error as? ShareDirectoryError else { return XCTFail("\(error)") }
            XCTAssertEqual(looked, [self.temp + "/nope"])
            XCTAssertEqual(hint, "--share")
        }
    }

    func testLoadsTheCheckoutsDataFiles() throws {
        let share = ShareDirectory(path: checkoutData)
        let calendar = try share.workdayCalendar()
        XCTAssertEqual(calendar.years, 2004...2026)
        XCTAssertTrue(try share.pinyinTable().matches(query: "zs", in: "张三"))
        let book = try share.policyBook()
        XCTAssertEqual(book.inForce(on: CivilDate("2025-06-01")!)?.noticeWorkingDays, 5)
    }

    func testBadDataFilesNameThePath() throws {
        try makeShare(temp)
        try "2024-02-04\tmaybe\n".write(toFile: temp + "/calendar/cn-workday-exceptions.tsv", atomically: true, encoding: .utf8)
        let share = ShareDirectory(path: temp)
        XCTAssertThrowsError(try share.workdayCalendar()) { error in
            XCTAssertTrue("\(error)".contains(self.temp + "/calendar/cn-workday-exceptions.tsv"), "\(error)")
            XCTAssertTrue("\(error)".contains("line 1"), "\(error)")
        }
        XCTAssertThrowsError(try share.pinyinTable()) { error in
            XCTAssertEqual(error as? ShareDirectoryError, .unreadable(self.temp + "/pinyin/hanzi-pinyin.tsv"))
        }
        try FileManager.default.createDirectory(atPath: temp + "/policy", withIntermediateDirectories: true)
        try "{\"id\": 1}".write(toFile: temp + "/policy/bad.json", atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try share.policyBook()) { error in
            XCTAssertEqual((error as? PolicyError)?.problems.first?.file, self.temp + "/policy/bad.json")
        }
    }

    func testStoredPolicyVersionsAndContinuationsJoinTheBook() throws {
        let share = ShareDirectory(path: checkoutData)
        let text = try share.text("policy/2023-liuzhou-measures.json")
        let same = StoredPolicyVersion(id: 1, policyId: "liuzhou-measures-revised", version: 1, validFrom: CivilDate("2023-01-01")!,
                                       validUntil: CivilDate("2025-12-31")!, content: text, loadedBy: "admin", loadedOn: CivilDate("2026-01-02")!)
        // The same id and version as the file: the stored text replaces the file (no overlap error).
        let continuation = StoredContinuation(id: 3, policyId: "liuzhou-measures-revised", from: CivilDate("2026-01-01")!,
                                              reason: "新办法出台前原政策继续执行", recordedBy: "admin", recordedOn: CivilDate("2026-01-02")!)
        let book = try share.policyBook(stored: [same], extra: [continuation.continuation])
        XCTAssertEqual(book.policies.count, 1)
        guard case .continued(let p, let c) = book.standing(on: CivilDate("2026-11-26")!) else { return XCTFail("not continued") }
        XCTAssertEqual(p.id, "liuzhou-measures-revised")
        XCTAssertEqual(c.reason, "新办法出台前原政策继续执行")
        // A stored successor overlapping the file's validity is refused, naming the store row.
        let successor = text.replacingOccurrences(of: "\"version\": 1,\n  \"title\"", with: "\"version\": 2,\n  \"title\"")
            .replacingOccurrences(of: "\"id\": \"liuzhou-measures-revised\"", with: "\"id\": \"successor\"")
        let overlapping = StoredPolicyVersion(id: 2, policyId: "successor", version: 2, validFrom: CivilDate("2023-01-01")!,
                                              validUntil: CivilDate("2025-12-31")!, content: successor, loadedBy: "admin", loadedOn: CivilDate("2026-01-02")!)
        XCTAssertThrowsError(try share.policyBook(stored: [overlapping], extra: [])) { error in
            XCTAssertTrue("\(error)".contains("store:policy_version#2"), "\(error)")
            XCTAssertTrue("\(error)".contains("overlaps"), "\(error)")
        }
    }

    func testContinuationsFileIsReadAndCheckedWithItsName() throws {
        try makeShare(temp)
        try FileManager.default.createDirectory(atPath: temp + "/policy", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: checkoutData + "/policy/2023-liuzhou-measures.json",
                                         toPath: temp + "/policy/2023-liuzhou-measures.json")
        let share = ShareDirectory(path: temp)
        let file = temp + "/policy/continuations.json"
        try """
        [{ "policyId": "liuzhou-measures-revised", "from": "2026-01-01", "until": null,
           "reason": "新办法出台前原政策继续执行", "recordedBy": "admin", "recordedOn": "2026-01-05" }]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try share.policyBook().standing(on: CivilDate("2026-11-26")!).titleBarText,
                       "expired 2025-12-31, continued provisionally")
        try """
        [{ "policyId": "liuzhou-measures-revised", "from": "2026-01-01", "reason": "x", "recordedBy": "admin" }]
        """.write(toFile: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try share.policyBook()) { error in
            let p = (error as? PolicyError)?.problems.first
            XCTAssertEqual(p?.file, file)
            XCTAssertEqual(p?.field, "[0].recordedOn")
        }
    }
}
