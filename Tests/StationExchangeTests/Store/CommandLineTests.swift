import Foundation
import StationDomain
import StationStore
import XCTest
@testable import StationExchange

/// The `import`, `export` and `report` subcommands, run as the real binary (built next to the
/// test bundle by `swift build` / `swift test`).
final class CommandLineTests: XCTestCase {
    struct Run { var status: Int32; var out: String; var err: String }

    /// Runs the binary; with `fileSizeLimit` (512-byte blocks) through `sh` with `ulimit -f` and
    /// SIGXFSZ ignored, so that its writes past the limit fail as on a full disk.
    func stationdesk(_ arguments: [String], fileSizeLimit: Int? = nil, environment: [String: String] = [:]) throws -> Run {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = folder.appendingPathComponent("stationdesk")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw XCTSkip("stationdesk binary not built at \(binary.path)")
        }
        let process = Process()
        if let fileSizeLimit {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(fileSizeLimit) && exec \"$0\" \"$@\"", binary.path] + arguments
        } else {
            process.executableURL = binary
            process.arguments = arguments
        }
        process.environment = ["LANG": "C.UTF-8", "HOME": NSTemporaryDirectory()].merging(environment) { _, new in new }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, out: String(decoding: o, as: UTF8.self), err: String(decoding: e, as: UTF8.self))
    }

    /// A fresh data folder with a store made by `stationdesk init` (the login running the test is its admin).
    func newStore() throws -> String {
        let data = try TestFiles.temporaryFolder().path
        let run = try stationdesk(["init", "--data", data])
        XCTAssertEqual(run.status, 0, run.err)
        return data
    }

    func testImportExportAndReportThroughTheBinary() throws {
        let data = try newStore()
        let sample = StoreFixture.sampleFolder
        for kind in ["units", "partners", "stations", "talents"] {
            let run = try stationdesk(["import", kind, "\(sample)/\(kind).csv", "--data", data])
            XCTAssertEqual(run.status, 0, run.err)
            XCTAssertTrue(run.out.contains("已导入"), run.out)
            XCTAssertEqual(run.err, "", "no progress bar when stderr is not a terminal")
        }
        // The same file again: every row is now a duplicate; nothing written, exit 1, FILE:LINE: column: …
        let again = try stationdesk(["import", "units", "\(sample)/units.csv", "--data", data, "--dry-run"])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.err.hasPrefix("\(sample)/units.csv:2: name: 已有同名的设站单位"), again.err)

        let exported = try TestFiles.temporaryFolder().appendingPathComponent("talents.csv").path
        XCTAssertEqual(try stationdesk(["export", "talents", "-o", exported, "--data", data]).status, 0)
        let original = try CSVTable.read(path: "\(sample)/talents.csv")
        let back = try CSVTable.read(path: exported)
        XCTAssertEqual(back.header, original.header)
        XCTAssertEqual(Set(back.records.map(\.fields)), Set(original.records.map(\.fields)), "export gives back what was imported")

        let share = ReportFixture.share.path
        let roster = try stationdesk(["report", "roster", "--data", data, "--share", share, "--on", "2026-11-26"])
        XCTAssertEqual(roster.status, 0, roster.err)
        XCTAssertTrue(roster.out.contains("截至 2026-11-26，共 7 个工作站"), roster.out)
        let rosterEn = try stationdesk(["report", "roster", "--data", data, "--share", share, "--on", "2026-11-26", "--lang", "en"])
        XCTAssertTrue(rosterEn.out.contains("As of 2026-11-26: 7 stations"), rosterEn.out)
        let csv = try stationdesk(["report", "annual", "2024", "--format", "csv", "--data", data, "--share", share])
        XCTAssertTrue(csv.out.hasPrefix("\u{FEFF}station,type,year_start,year_end,count,computed_count,unclassified,computed_grade,recorded_grade,decided_on,cap_yuan\r\n"), csv.out)
        let english = try stationdesk(["report", "annual", "2024", "--lang", "en", "--data", data, "--share", share, "--on", "2026-11-26"])
        XCTAssertEqual(english.status, 0, english.err)
        XCTAssertTrue(english.out.hasPrefix("# Annual evaluations ending in 2024\n"), english.out)
        XCTAssertTrue(english.out.hasSuffix("Date: 2026-11-26\n"), english.out)
        let letter = try stationdesk(["report", "revocation", "不存在的站", "--data", data, "--share", share])
        XCTAssertEqual(letter.status, 1)
        XCTAssertTrue(letter.err.contains("没有名称或编号为“不存在的站”的工作站"), letter.err)
    }

    func testOnlyAClerkMayImportButAnyUserMayCheck() throws {
        let data = try TestFiles.temporaryFolder().path
        let db = try AppDatabase.open(folder: data)
        try db.ensureFirstAdmin("someone-else")   // the login running the test is only a reviewer
        try db.save(User(login: LoginIdentity.current(), roles: [.reviewer]), replacing: nil, by: "someone-else")
        let file = "\(StoreFixture.sampleFolder)/units.csv"
        let refused = try stationdesk(["import", "units", file, "--data", data])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("不是经办人，不能导入"), refused.err)
        let english = try stationdesk(["import", "units", file, "--data", data, "--lang", "en"])
        XCTAssertTrue(english.err.contains("only a clerk may import"), english.err)
        XCTAssertFalse(english.err.unicodeScalars.contains { $0.value >= 0x3000 && $0.value <= 0x9FFF }, english.err)
        XCTAssertEqual(try AppDatabase.open(folder: data).units(), [])
        let checked = try stationdesk(["import", "units", file, "--data", data, "--dry-run"])
        XCTAssertEqual(checked.status, 0, checked.err)
        XCTAssertTrue(checked.out.contains("检查通过"), checked.out)
        XCTAssertEqual(try AppDatabase.open(folder: data).journalCount(), 2, "the first admin and the reviewer's grant: nothing else")
    }

    /// A login whose user record holds no role at all: refused, in the language asked for, nothing journalled.
    func testALoginWithNoRoleIsRefusedEveryChange() throws {
        let data = try TestFiles.temporaryFolder().path
        let db = try AppDatabase.open(folder: data)
        try db.ensureFirstAdmin("someone-else")
        try db.save(User(login: LoginIdentity.current(), roles: []), replacing: nil, by: "someone-else")
        let before = try db.journalCount()
        let file = "\(StoreFixture.sampleFolder)/partners.csv"
        let refused = try stationdesk(["import", "partners", file, "--data", data])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("不是经办人，不能导入"), refused.err)
        let english = try stationdesk(["import", "partners", file, "--data", data], environment: ["LANG": "en_US.UTF-8"])
        XCTAssertEqual(english.status, 1)
        XCTAssertTrue(english.err.contains("only a clerk may import"), english.err)
        let undo = try stationdesk(["undo", "--data", data, "--lang", "en"])
        XCTAssertEqual(undo.status, 1)
        XCTAssertTrue(undo.err.contains("nothing to undo"), undo.err)
        XCTAssertEqual(try AppDatabase.open(folder: data).journalCount(), before, "nothing journalled")
        XCTAssertEqual(try AppDatabase.open(folder: data).partners(), [])
    }

    func testABadFileNamesEveryBadRowAndWritesNothing() throws {
        let data = try newStore()
        let file = try StoreFixture.file("name,uscc,kind\n甲,\(Sample.code(1)),enterprise\n乙,123,enterprise\n丙,\(Sample.code(3)),shop\n",
                                         name: "bad.csv")
        let run = try stationdesk(["import", "units", file, "--data", data])
        XCTAssertEqual(run.status, 1)
        let lines = run.err.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 3, run.err)
        XCTAssertTrue(lines[0].hasPrefix("\(file):3: uscc: 统一社会信用代码应为18位，实为3位"), lines[0])
        XCTAssertTrue(lines[1].hasPrefix("\(file):4: kind: “shop”不是可用的值"), lines[1])
        XCTAssertTrue(lines[2].contains("未导入任何记录"), lines[2])
        XCTAssertEqual(try AppDatabase.open(folder: data).units(), [])
    }

    func testAFullDiskDuringAnImportIsSaidPlainlyAndWritesNothing() throws {
        let data = try newStore()
        let small = try StoreFixture.file("name,category,employer,introduced_on,station,note\n先导,G,某店,2025-06-01,,\n", name: "one.csv")
        XCTAssertEqual(try stationdesk(["import", "talents", small, "--data", data]).status, 0)
        var text = "name,category,employer,introduced_on,station,note\n"
        for i in 0..<20_000 { text += "满盘\(i),G,柳州某某虚构商店,2025-06-01,,备注：用来让导入写满磁盘的文字\n" }
        let big = try StoreFixture.file(text, name: "big.csv")
        let size = try FileManager.default.attributesOfItem(atPath: data + "/stationdesk.sqlite")[.size] as! Int
        let run = try stationdesk(["import", "talents", big, "--data", data], fileSizeLimit: (size + 32_768) / 512)
        XCTAssertEqual(run.status, 1, run.err)
        XCTAssertTrue(run.err.contains("磁盘已满，没有保存"), run.err)
        XCTAssertFalse(run.err.contains("the disk is full"), "one language at a time: \(run.err)")
        XCTAssertFalse(run.err.contains("the store refused the import"), "not the wrapped store text: \(run.err)")
        let db = try AppDatabase.open(folder: data)
        XCTAssertEqual(try db.talentCount(), 1)
        XCTAssertTrue(try db.verify().isIntact)
    }
}
