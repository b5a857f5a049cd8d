import Foundation
import XCTest
import StationDomain

/// Runs the built program in a real terminal (tmux) as a clerk would: Chinese typed into a form,
/// saved, the program quit and started again, undo across restarts, resize, Ctrl-C and SIGTERM.
final class EndToEndTests: XCTestCase {
    var dataFolder = ""

    override func setUpWithError() throws {
        dataFolder = NSTemporaryDirectory() + "stationdesk-e2e-data-\(UUID().uuidString.prefix(8))"
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: dataFolder)
    }

    func start(_ extra: [String] = [], lang: String? = "C.UTF-8") throws -> TmuxTerminal {
        try TmuxTerminal.stationdesk(["--data", dataFolder] + extra, lang: lang)
    }

    func testAddQuitRestartFindUndoQuitRestartGone() throws {
        let name = "柳州市端到端测试机械有限公司"
        var t = try start()
        try t.type("7")
        try t.waitFor(text: "[设站单位]")
        try t.type("a")
        try t.waitFor(text: "统一社会信用代码 *")
        try t.type(name)
        try t.press("Tab")
        try t.type(CreditCodeFixture.wrong)
        try t.waitFor(text: CreditCodeFixture.wrong)
        try t.press("F2")
        // A wrong check character: the form says so and keeps the input.
        let refused = try t.waitFor(text: "未保存")
        XCTAssertTrue(refused.contains(name), refused)
        try t.press("C-u")
        try t.type(CreditCodeFixture.valid)
        try t.press("F2")
        try t.waitFor(text: "已保存“\(name)”")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        XCTAssertEqual(try t.query("#{alternate_on}"), "0", "terminal restored")

        t = try start()
        try t.type("7")
        try t.waitFor(text: name)
        try t.type("u")
        try t.waitFor(text: "已撤销")
        try t.waitFor(text: "共 0 条")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")

        t = try start()
        try t.type("7")
        let screen = try t.waitFor(text: "还没有记录")
        XCTAssertFalse(screen.contains(name))
        try t.press("C-c")
        XCTAssertEqual(try t.waitForExit(), "0")
        XCTAssertEqual(try t.query("#{alternate_on}"), "0", "terminal restored after Ctrl-C")
    }

    func testDemoOpensAFreshSeededStoreAndLeavesTheRealOneAlone() throws {
        let t = try start(["--demo"])
        try t.type("7")
        let units = try t.waitFor(text: "虚构")
        XCTAssertFalse(units.contains("还没有记录"), units)
        try t.press("Tab")
        try t.waitFor(text: "[共建方]")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataFolder + "/stationdesk.sqlite"),
                       "--demo never touches the --data store")
    }

    /// tmux draws ambiguous characters one cell wide; with --ambiguous-wide the program gives
    /// them two cells, and columns must still line up (the second cell stays blank).
    func testAmbiguousWideKeepsColumnsAligned() throws {
        let t = try start(["--demo", "--ambiguous-wide"])
        try t.type("7")
        let screen = try t.waitFor(text: "统一社会信用代码")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The demo records 原政策继续执行, so the title bar ends with it.
        XCTAssertTrue(lines[0].hasSuffix("临时继续执行"), "the title bar fills exactly 80 cells: \(lines[0])")
        XCTAssertEqual(DisplayWidth.of(lines[0].trimmingCharacters(in: .whitespaces)) + 2, 80, lines[0])
        var starts: [Int] = []
        for line in lines {
            // A credit code: 18 capitals and digits after two spaces.
            guard let r = line.range(of: #"  [0-9A-Z]{18}  "#, options: .regularExpression) else { continue }
            starts.append(DisplayWidth.of(String(line[..<r.lowerBound])))
        }
        XCTAssertGreaterThan(starts.count, 3, screen)
        XCTAssertEqual(Set(starts).count, 1, "codes start at display columns \(starts)\n\(screen)")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    /// Servers often run with no locale at all: the program falls back to C.UTF-8 by itself, so
    /// Chinese is still shown and typed.
    func testWithoutALocaleChineseStillWorks() throws {
        let t = try start(lang: nil)
        try t.type("7a")
        try t.waitFor(text: "统一社会信用代码 *")
        try t.type("柳州无区域设置测试")
        try t.waitFor(text: "柳州无区域设置测试")
        try t.press("C-q")
        try t.waitFor(text: "仍要退出")
        try t.type("y")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    func testWithoutATerminalItSaysSo() throws {
        let out = NSTemporaryDirectory() + "stationdesk-notty-\(UUID().uuidString.prefix(8))"
        defer { unlink(out) }
        let (status, text) = try Spawn.run([try Binary.stationdesk(), "--data", dataFolder], outputPath: out)
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(text.contains("标准输入不是终端"), text)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dataFolder), "nothing created")
    }

    func testResizeBelowMinimumAndBackAndWide() throws {
        let t = try start()
        try t.resize(width: 70, height: 20)
        try t.waitFor(text: "终端太小（需要 80×24）")
        try t.resize(width: 200, height: 60)
        let wide = try t.waitFor(text: "主菜单")
        XCTAssertFalse(wide.contains("终端太小"))
        let lines = wide.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines.first?.contains("stationdesk") == true)
        XCTAssertTrue(lines[59].contains("Enter"), "the key-hint bar is on the last row of 60: \(lines[59])")
        try t.type("Q")
        XCTAssertEqual(try t.waitForExit(), "0")
    }

    func testSigtermRestoresTheTerminal() throws {
        try signalRestoresTheTerminal(SIGTERM)
    }

    /// The ssh link dropping sends SIGHUP.
    func testSighupRestoresTheTerminal() throws {
        try signalRestoresTheTerminal(SIGHUP)
    }

    /// A crash: the handler restores the terminal, then the process dies of the same signal.
    func testCrashSignalRestoresTheTerminal() throws {
        try signalRestoresTheTerminal(SIGSEGV)
    }

    func signalRestoresTheTerminal(_ sig: Int32, line: UInt = #line) throws {
        let t = try start()
        let pid = try t.programPid()
        XCTAssertEqual(try t.query("#{alternate_on}"), "1", line: line)
        kill(pid, sig)
        XCTAssertEqual(try t.waitForExit(), "\(128 + sig)", "died of the re-raised signal \(sig) after restoring", line: line)
        XCTAssertEqual(try t.query("#{alternate_on}"), "0", "terminal restored after signal \(sig)", line: line)
    }
}

/// Credit codes for the form: one with the right GB 32100-2015 check character, one without.
enum CreditCodeFixture {
    static let valid = CreditCode.completing("91450200MA5L00001")!
    static let wrong = String(valid.dropLast()) + (valid.last == "Y" ? "X" : "Y")
}

/// `stationdesk init` creates the store without opening the terminal program.
final class InitCommandTests: XCTestCase {
    func testInitCreatesTheStoreAndMakesTheLoginAdmin() throws {
        let folder = NSTemporaryDirectory() + "stationdesk-init-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = folder + ".out"
        defer { unlink(out) }
        let (status, text) = try Spawn.run([try Binary.stationdesk(), "init", "--data", folder], outputPath: out)
        XCTAssertEqual(status, 0, text)
        XCTAssertTrue(text.contains("已创建数据库：\(folder)/stationdesk.sqlite"), text)
        XCTAssertTrue(text.contains("admin"), text)
        XCTAssertTrue(FileManager.default.fileExists(atPath: folder + "/stationdesk.sqlite"))
    }
}
