import ArgumentParser
import XCTest
@testable import stationdesk

/// The hand-read command lines must mean exactly what ArgumentParser makes of them: the same
/// command with every property set to the same value (a property left unset would still be
/// ArgumentParser's definition, and `dump` shows that as a closure, so it differs too).
final class QuickCommandLineTests: XCTestCase {
    func dumped(_ command: any ParsableCommand) -> String {
        var out = ""
        dump(command, to: &out)
        return out
    }

    func testEverydayLinesMeanWhatArgumentParserMakesOfThem() throws {
        let lines: [[String]] = [
            [], ["open"], ["--demo"], ["open", "--demo", "--lang", "en"], ["--data", "/tmp/s", "--share", "/tmp/d"],
            ["--data=/tmp/s", "--theme", "mono", "--ambiguous-wide"], ["--lang=en", "--theme=light"], ["--as", "zhangwei"],
            ["open", "--demo", "--as=lina", "--lang", "zh"],
            ["import", "talents", "a.csv"], ["import", "units", "a b.csv", "--dry-run", "--data", "/x"],
            ["import", "--data", "/x", "partners", "p.csv"], ["import", "stations", "s.csv", "--share", "/d"],
            ["undo"], ["undo", "--data", "/x"], ["redo", "--data=/x"], ["redo", "--share", "/d", "--data", "/x"],
            ["log"], ["log", "--limit", "5"], ["log", "--changes", "--limit=3", "--data", "/x"],
        ]
        for line in lines {
            let quick = try XCTUnwrap(QuickCommandLine.command(line), "\(line) should be read by hand")
            let parsed = try Stationdesk.parseAsRoot(line)
            XCTAssertEqual(String(describing: type(of: quick)), String(describing: type(of: parsed)), "\(line)")
            XCTAssertEqual(dumped(quick), dumped(parsed), "\(line)")
        }
    }

    func testAnythingElseIsLeftToArgumentParser() {
        let lines: [[String]] = [
            ["-h", "x"], ["import", "talents"], ["import", "people", "a.csv"], ["import", "talents", "a.csv", "b.csv"],
            ["import", "talents", "a.csv", "--dry-run", "--dry-run"], ["import", "talents", "-"],
            ["log", "--limit", "many"], ["log", "--changes=yes"], ["undo", "--data"], ["undo", "--data", "--share"],
            ["undo", "-h"], ["undo", "--help"], ["undo", "extra"], ["--data", "/x", "undo"], ["open", "--lang", "fr"],
            ["open", "--theme", "pink"], ["--demo", "--demo"], ["verify"], ["init"], ["help", "import"],
            ["import", "talents", "a.csv", "--", "x"], ["log", "--data", "/a", "--data", "/b"],
        ]
        for line in lines {
            XCTAssertNil(QuickCommandLine.command(line), "\(line) must go to ArgumentParser")
        }
    }

    func testRootHelpIsArgumentParsersOwn() throws {
        for line in [["--help"], ["-h"], ["help"]] {
            let command = try XCTUnwrap(QuickCommandLine.command(line))
            XCTAssertThrowsError(try { var c = command; try c.run() }()) { error in
                XCTAssertEqual(Stationdesk.fullMessage(for: error), Stationdesk.helpMessage())
                XCTAssertEqual(Stationdesk.exitCode(for: error), .success)
            }
        }
    }

    /// ArgumentParser names a command without `commandName` from `String(describing:)` of its
    /// type, and on every run it names them all: 14 M instructions for the 11 nested commands that
    /// had none (callgrind, issue 15). So every command says its name.
    func testEveryCommandNamesItself() {
        func walk(_ type: ParsableCommand.Type) {
            XCTAssertNotNil(type.configuration.commandName, "\(type) needs commandName: in its CommandConfiguration")
            type.configuration.subcommands.forEach(walk)
        }
        walk(Stationdesk.self)
    }
}
