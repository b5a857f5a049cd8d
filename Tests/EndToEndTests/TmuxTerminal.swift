import Foundation
import XCTest

/// A real terminal of fixed size for end-to-end tests: a detached tmux server on its own socket
/// (no user config, no status line), running one command. Screens are read with capture-pane and
/// awaited by content with a timeout — never by fixed sleeps.
final class TmuxTerminal {
    let socket: String
    /// Where the program's exit status is written when it ends (128 + n after signal n).
    let statusFile: String
    private(set) var width: Int
    private(set) var height: Int

    /// Starts `command` (argv, run with `env`) in a `width`×`height` pane that stays after exit.
    init(_ command: [String], environment: [String: String], width: Int = 80, height: Int = 24) throws {
        socket = NSTemporaryDirectory() + "stationdesk-e2e-\(UUID().uuidString.prefix(8)).sock"
        self.width = width; self.height = height
        statusFile = socket + ".status"
        let env = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let line = (["env", "-i"] + env + command).map(TmuxTerminal.quote).joined(separator: " ")
        // The shell writes the program's exit status to a file: tmux 3.3a sometimes leaves a
        // finished pane process unreaped, so its own pane_dead_status cannot be relied on.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e",
                  "\(line); echo $? > \(TmuxTerminal.quote(statusFile))", ";", "set-option", "-g", "status", "off",
                  ";", "set-option", "-g", "remain-on-exit", "on"])
    }

    deinit {
        try? tmux(["kill-server"])
        unlink(statusFile)
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs one tmux command and returns its output. Output goes through a temporary file, not a
    /// pipe (the server that new-session starts would inherit a pipe and hold it open), and the
    /// child is spawned and reaped with posix_spawn/waitpid directly.
    @discardableResult
    func tmux(_ args: [String]) throws -> String {
        let outPath = socket + ".out-\(UUID().uuidString.prefix(6))"
        defer { unlink(outPath) }
        let (status, text) = try Spawn.run(["/usr/bin/tmux", "-S", socket] + args, outputPath: outPath)
        if status != 0 { throw TmuxError.failed(args, text) }
        return text
    }

    enum TmuxError: Error, CustomStringConvertible {
        case failed([String], String)
        case timeout(String, screen: String)
        var description: String {
            switch self {
            case .failed(let a, let t): return "tmux \(a.joined(separator: " ")) failed: \(t)"
            case .timeout(let what, let screen): return "waited in vain for \(what); the screen was:\n\(screen)"
            }
        }
    }

    /// Types text literally (Chinese included), as an input method would deliver it.
    func type(_ text: String) throws { try tmux(["send-keys", "-t", "e2e", "-l", text]) }

    /// Presses named keys (tmux key names: Enter, Tab, Escape, F2, C-r, Up...).
    func press(_ keys: String...) throws { try tmux(["send-keys", "-t", "e2e"] + keys) }

    func capture() throws -> String { try tmux(["capture-pane", "-p", "-t", "e2e"]) }

    func query(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
        self.width = width; self.height = height
    }

    /// Polls until `condition` holds for the screen text, or fails after `timeout` seconds.
    @discardableResult
    func waitFor(_ what: String, timeout: TimeInterval = 20, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        repeat {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw TmuxError.timeout(what, screen: screen)
    }

    @discardableResult
    func waitFor(text: String, timeout: TimeInterval = 20) throws -> String {
        try waitFor("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits until the program has exited; returns its exit status as text ("0", "143"...).
    func waitForExit(timeout: TimeInterval = 20) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let text = try? String(contentsOfFile: statusFile, encoding: .utf8), text.hasSuffix("\n") {
                return text.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        throw TmuxError.timeout("the program to exit", screen: try capture())
    }

    /// The process id of the program (the child of the pane's shell).
    func programPid() throws -> pid_t {
        let shell = try query("#{pane_pid}")
        let out = socket + ".pgrep"
        defer { unlink(out) }
        let (_, text) = try Spawn.run(["/usr/bin/pgrep", "-P", shell], outputPath: out)
        guard let pid = text.split(separator: "\n").first.flatMap({ pid_t($0) }) else {
            throw TmuxError.failed(["pgrep -P", shell], text)
        }
        return pid
    }
}
