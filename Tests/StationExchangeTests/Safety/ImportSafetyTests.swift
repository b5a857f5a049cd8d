import Foundation
import StationDomain
import StationStore
import TestSupport
import XCTest
@testable import StationExchange

/// Issue 10 at the import: points 7–10 — control characters (in cells and in the file's name),
/// invisible characters and NFC in names, limits, a header-only file, and messages that say what
/// really happened.
final class ImportSafetyTests: XCTestCase {
    func store() throws -> AppDatabase {
        let db = try TemporaryStores.store()
        try db.ensureFirstAdmin(StoreFixture.user)
        return db
    }

    func failure(_ body: () throws -> Any) -> ImportFailure? {
        do { _ = try body(); return nil } catch let f as ImportFailure { return f } catch {
            XCTFail("\(error)")
            return nil
        }
    }

    // MARK: point 9

    func testAHeaderOnlyFileImportsNothingSaysSoAndLeavesNoUndoStep() throws {
        let db = try store()
        _ = try Importer.run(.partners, path: try StoreFixture.file("name,kind,city\n北大,university,北京\n"), into: db, by: StoreFixture.user)
        let before = try db.journalCount()
        let empty = try StoreFixture.file("name,kind,city,contact\r\n", name: "header-only.csv")
        let f = failure { try Importer.run(.partners, path: empty, into: db, by: StoreFixture.user) }
        guard case .noRows(let file)? = f else { return XCTFail("\(String(describing: f))") }
        XCTAssertEqual(file, empty)
        XCTAssertTrue(f!.text(.en).contains("no data rows; nothing was imported"), f!.text(.en))
        XCTAssertFalse(f!.text(.en).contains("undo"))
        XCTAssertEqual(try db.journalCount(), before, "no entry")
        // The clerk's next undo is their real last import, as the journal says (nothing pretended otherwise).
        _ = try db.undo(by: StoreFixture.user)
        XCTAssertEqual(try db.partners(), [])
        if case .noRows? = failure({ try Importer.run(.partners, path: empty, into: db, by: StoreFixture.user, dryRun: true) }) {} else {
            XCTFail("a dry run says the same")
        }
    }

    // MARK: point 10

    func testUTF32IsCalledUTF32() throws {
        let text = "name,kind,city\n北大,university,北京\n"
        var le: [UInt8] = [0xFF, 0xFE, 0, 0]
        for s in text.unicodeScalars { withUnsafeBytes(of: s.value.littleEndian) { le += $0 } }
        XCTAssertEqual(try? SourceEncoding.decode(Data(le)).encoding, nil)
        XCTAssertThrowsError(try SourceEncoding.decode(Data(le))) { XCTAssertEqual($0 as? EncodingProblem, .utf32) }
        var be: [UInt8] = [0, 0, 0xFE, 0xFF]
        for s in text.unicodeScalars { withUnsafeBytes(of: s.value.bigEndian) { be += $0 } }
        XCTAssertThrowsError(try SourceEncoding.decode(Data(be))) { XCTAssertEqual($0 as? EncodingProblem, .utf32) }
        XCTAssertThrowsError(try SourceEncoding.decode(Data([0xFF, 0xFE, 0x41, 0]))) { XCTAssertEqual($0 as? EncodingProblem, .utf16) }
    }

    func testABadGB18030ByteIsReportedOnItsOwnLine() throws {
        guard let gbk = "name,kind,city\n北京大学,university,北京\n复旦大学,university,上海\n".data(using: String.Encoding(rawValue: 0x8000_0632))
        else { throw XCTSkip("no GB18030 encoder") }
        var bytes = [UInt8](gbk)
        bytes += Array("AAA,".utf8)   // line 4 starts with plain ASCII
        bytes += [0x81, 0x20] + Array(",university,x\n".utf8)   // a lead byte followed by a space: not GB18030
        XCTAssertThrowsError(try SourceEncoding.decode(Data(bytes))) { error in
            guard case .badGB18030(_, let line)? = error as? EncodingProblem else { return XCTFail("\(error)") }
            XCTAssertEqual(line, 4, "the bad byte's line, not the first Chinese line (2)")
            XCTAssertTrue((error as? EncodingProblem)?.words.en.contains("line 4") == true, "\(error)")
        }
    }

    func testAFolderAFIFOAndAMissingFileAreNamedForWhatTheyAre() throws {
        let dir = try TestFiles.temporaryFolder().path
        let folder = failure { try CSVTable.read(path: dir) }
        XCTAssertTrue(folder?.text(.en).contains("this is a folder, not a CSV file") == true, "\(String(describing: folder))")
        XCTAssertFalse(folder?.description.contains("NSCocoaErrorDomain") ?? true)
        let fifo = dir + "/pipe.csv"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        let pipe = failure { try CSVTable.read(path: fifo) }   // must not wait for a writer
        XCTAssertTrue(pipe?.text(.en).contains("not a regular file but a FIFO") == true, "\(String(describing: pipe))")
        let missing = failure { try CSVTable.read(path: dir + "/nope.csv") }
        XCTAssertTrue(missing?.text(.en).contains("no such file") == true, "\(String(describing: missing))")
    }

    // MARK: points 7 and 8

    func testAFileNameWithControlCharactersIsRefusedAndNeverJournalled() throws {
        let db = try store()
        let name = "evil\u{1B}]0;owned\u{07}\u{1B}[31m.csv"
        let path = try StoreFixture.file("name,kind,city\n北大,university,北京\n", name: name)
        let before = try db.journalCount()
        let f = failure { try Importer.run(.partners, path: path, into: db, by: StoreFixture.user) }
        guard case .fileName? = f else { return XCTFail("\(String(describing: f))") }
        XCTAssertFalse(f!.description.contains("\u{1B}"), "the message shows the name escaped")
        XCTAssertTrue(f!.description.contains("\\x1B]0;owned\\x07"), f!.description)
        XCTAssertEqual(try db.journalCount(), before)
        XCTAssertEqual(try db.partners(), [])
    }

    func testInvisibleCharactersAreRefusedNamingTheColumnAndNamesAreComparedInNFC() throws {
        let db = try store()
        _ = try Importer.run(.partners, path: try StoreFixture.file("name,kind,city\nCafé大学,university,北京\n"), into: db, by: StoreFixture.user)
        for (n, bad) in ["北\u{FEFF}大", "北\u{200B}大", "\u{202E}大北", "北\u{2066}大"].enumerated() {
            let f = failure {
                try Importer.run(.partners, path: try StoreFixture.file("name,kind,city\n\(bad),university,北京\n", name: "b\(n).csv"),
                                 into: db, by: StoreFixture.user)
            }
            XCTAssertEqual(f?.issues.map(\.column), ["name"], bad.debugDescription)
            XCTAssertTrue(f?.issues.first?.words.en.contains("invisible character U+") == true, "\(String(describing: f))")
        }
        // The same name typed decomposed (e + U+0301) is the stored name: a duplicate.
        let decomposed = try StoreFixture.file("name,kind,city\nCafe\u{301}大学,university,北京\n", name: "nfd.csv")
        let f = failure { try Importer.run(.partners, path: decomposed, into: db, by: StoreFixture.user) }
        XCTAssertTrue(f?.issues.first?.words.en.contains("already exists") == true, "\(String(describing: f))")
        XCTAssertEqual(try db.partners().count, 1)
    }

    func testLimitsAreNamed() throws {
        let db = try store()
        let long = String(repeating: "长", count: 201)
        let note = String(repeating: "注", count: 2001)
        let text = "name,category,employer,introduced_on,station,note\n\(long),G,某店,2024-01-01,,\n甲,G,某店,1989-12-31,,\n乙,G,某店,2024-01-01,,\(note)\n"
        let f = failure { try Importer.run(.talents, path: try StoreFixture.file(text), into: db, by: StoreFixture.user) }
        let issues = f?.issues ?? []
        XCTAssertEqual(issues.map(\.column), ["name", "introduced_on", "note"], "\(issues)")
        XCTAssertTrue(issues[0].words.en.contains("at most 200 characters; this has 201"), issues[0].message)
        XCTAssertTrue(issues[1].words.en.contains("not between 1990 and 2100"), issues[1].message)
        XCTAssertTrue(issues[2].words.en.contains("at most 2000 characters"), issues[2].message)
        XCTAssertEqual(try db.talentCount(), 0)
    }
}
