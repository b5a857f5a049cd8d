import Foundation
import StationStore
import XCTest
@testable import StationExchange

/// Issue 10, point 1: an export or report writes only a regular file outside the data folder; a
/// FIFO, a device, a symbolic link, a hard link, the store and its journal are never replaced; an
/// existing file only when asked, keeping its mode. Every refusal is one sentence naming the path.
final class ExportFileTests: XCTestCase {
    var dir = ""
    var data = ""
    let bytes = Data("name\r\n甲\r\n".utf8)

    override func setUpWithError() throws {
        dir = try TestFiles.temporaryFolder().path
        data = dir + "/data"
        try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    }

    override func tearDown() { try? FileManager.default.removeItem(atPath: dir) }

    func options(replace: Bool = false) -> ExportFile.Options { ExportFile.Options(dataFolder: data, replace: replace) }

    func refusal(_ path: String, replace: Bool = true, file: StaticString = #filePath, line: UInt = #line) -> ExportRefusal? {
        do {
            try ExportFile.write(bytes, to: path, options(replace: replace))
            return nil
        } catch let r as ExportRefusal {
            XCTAssertTrue(r.en.contains(path), "the sentence names the path: \(r.en)", file: file, line: line)
            XCTAssertFalse(r.en.contains("NSCocoaErrorDomain") || r.zh.contains("NSCocoaErrorDomain"), file: file, line: line)
            XCTAssertTrue(r.en.hasSuffix(".") && !r.en.contains(". ") && !r.en.contains("\n"), "one sentence: \(r.en)", file: file, line: line)
            return r
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    func testAFIFOIsRefusedAndStaysAFIFO() throws {
        let fifo = dir + "/fifo"
        XCTAssertEqual(mkfifo(fifo, 0o600), 0)
        XCTAssertEqual(refusal(fifo), .special(path: fifo, kind: "FIFO"))
        var st = stat()
        XCTAssertEqual(lstat(fifo, &st), 0)
        XCTAssertEqual(st.st_mode & S_IFMT, S_IFIFO)
    }

    func testADeviceIsRefused() {
        XCTAssertEqual(refusal("/dev/null"), .special(path: "/dev/null", kind: "device"))
        XCTAssertEqual(refusal("/dev/full"), .special(path: "/dev/full", kind: "device"))
    }

    func testASymbolicLinkIsRefusedAndNotReplaced() throws {
        let target = dir + "/target.csv", link = dir + "/link.csv"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: target))
        XCTAssertEqual(symlink(target, link), 0)
        XCTAssertEqual(refusal(link), .symbolicLink(path: link))
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), Data("keep".utf8))
    }

    func testAHardLinkIsRefusedAndBothNamesKeepTheirContent() throws {
        let a = dir + "/a.csv", b = dir + "/b.csv"
        try Data("keep".utf8).write(to: URL(fileURLWithPath: a))
        XCTAssertEqual(link(a, b), 0)
        XCTAssertEqual(refusal(b), .hardLinks(path: b, names: 2))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: a)), Data("keep".utf8))
    }

    func testTheStoreItsJournalAndTheDataFolderAreNeverWritten() throws {
        let db = try AppDatabase.open(folder: data)
        try db.ensureFirstAdmin("alice")
        let before = try Data(contentsOf: URL(fileURLWithPath: db.path))
        XCTAssertEqual(refusal(db.path), .insideDataFolder(path: db.path, folder: data))
        XCTAssertEqual(refusal(db.path + "-journal"), .insideDataFolder(path: db.path + "-journal", folder: data))
        XCTAssertEqual(refusal(data + "/new.csv"), .insideDataFolder(path: data + "/new.csv", folder: data))
        // Reached through another name (a symbolic link to the data folder) it is still the data folder.
        XCTAssertEqual(symlink(data, dir + "/via"), 0)
        XCTAssertEqual(refusal(dir + "/via/x.csv"), .insideDataFolder(path: dir + "/via/x.csv", folder: data))
        // A copy of a store elsewhere is still a store.
        let copy = dir + "/copy.sqlite"
        try FileManager.default.copyItem(atPath: db.path, toPath: copy)
        XCTAssertEqual(refusal(copy), .isStore(path: copy))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: db.path)), before)
        XCTAssertTrue(try db.verify().isIntact)
    }

    func testAFolderAndAMissingFolderAreNamedPlainly() {
        XCTAssertEqual(refusal(dir), .isFolder(path: dir))
        XCTAssertEqual(refusal(dir + "/no/such/x.csv"), .noFolder(path: dir + "/no/such/x.csv", folder: dir + "/no/such"))
    }

    func testAnExistingFileIsReplacedOnlyWhenAskedAndKeepsItsMode() throws {
        let file = dir + "/six.csv"
        try Data("old".utf8).write(to: URL(fileURLWithPath: file))
        XCTAssertEqual(chmod(file, 0o600), 0)
        XCTAssertEqual(refusal(file, replace: false), .exists(path: file))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), Data("old".utf8))
        let old = umask(0o022)
        defer { umask(old) }
        try ExportFile.write(bytes, to: file, options(replace: true))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: file)), bytes)
        XCTAssertEqual(try mode(file), 0o600, "a 600 file stays 600")
        XCTAssertEqual(chmod(file, 0o644), 0)
        try ExportFile.write(bytes, to: file, options(replace: true))
        XCTAssertEqual(try mode(file), 0o644, "and a 644 file 644")
    }

    func testANewFileGetsTheStoresModeWhateverTheUmaskAndNoTemporaryFileIsLeft() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let file = dir + "/new.csv"
        try ExportFile.write(bytes, to: file, options())
        XCTAssertEqual(try mode(file), 0o600)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir).sorted(), ["data", "new.csv"])
    }

    func mode(_ path: String) throws -> mode_t {
        var st = stat()
        guard stat(path, &st) == 0 else { throw XCTSkip("cannot stat \(path)") }
        return st.st_mode & 0o7777
    }
}
