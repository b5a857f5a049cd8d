import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One finished child process: how long it took from spawn to exit, its exit status, its peak
/// resident memory (`ru_maxrss`) and what it printed (when captured).
struct ProcessRun {
    var milliseconds: Double
    var status: Int32
    var maxRSSKiB: Int
    var output: String
}

enum SpawnError: Error, CustomStringConvertible {
    case failed(String, Int32)
    case exited(String, Int32, String)
    var description: String {
        switch self {
        case .failed(let cmd, let e): return "cannot start \(cmd): \(String(cString: strerror(e)))"
        case .exited(let cmd, let s, let out): return "\(cmd) exited with \(s): \(out.prefix(400))"
        }
    }
}

/// Whole-process measurements: `posix_spawn` with the given environment, stdin /dev/null, stdout
/// (and stderr) into a pipe when captured, else /dev/null; timed from just before the spawn to
/// just after `wait4` reaps the child, whose rusage gives the peak memory.
enum Spawn {
    /// `watchMemory`: poll the child's VmHWM every 5 ms while it runs (for `maxRSSKiB`; the
    /// polling costs the machine a little, so only where the peak is wanted).
    static func run(_ argv: [String], environment: [String: String] = [:], capture: Bool = false,
                    check: Bool = true, watchMemory: Bool = false) throws -> ProcessRun {
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var pipeFDs: [Int32] = [-1, -1]
        if capture {
            guard pipe(&pipeFDs) == 0 else { throw SpawnError.failed(argv[0], errno) }
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 1)
            posix_spawn_file_actions_adddup2(&actions, pipeFDs[1], 2)
            posix_spawn_file_actions_addclose(&actions, pipeFDs[0])
            posix_spawn_file_actions_addclose(&actions, pipeFDs[1])
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let start = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawnp(&pid, argv[0], &actions, nil, cArgs, cEnv)
        guard rc == 0 else { throw SpawnError.failed(argv[0], rc) }
        var output = Data()
        if capture {
            close(pipeFDs[1])
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let n = read(pipeFDs[0], &buffer, buffer.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                output.append(contentsOf: buffer[0..<n])
            }
            close(pipeFDs[0])
        }
        var status: Int32 = 0
        var peak = 0
        if watchMemory {
            while waitpid(pid, &status, WNOHANG) == 0 {
                peak = max(peak, peakMemoryKiB(pid))
                usleep(5_000)
            }
        } else {
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        }
        let end = DispatchTime.now().uptimeNanoseconds
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let text = String(decoding: output, as: UTF8.self)
        if check && exit != 0 { throw SpawnError.exited(argv.joined(separator: " "), exit, text) }
        return ProcessRun(milliseconds: Double(end - start) / 1e6, status: exit, maxRSSKiB: peak, output: text)
    }

    /// A process's peak resident memory so far in KiB (VmHWM of /proc/PID/status), 0 when gone.
    static func peakMemoryKiB(_ pid: pid_t) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") ?? 0
    }

    /// The full path of `name` on PATH, or nil when it is not installed.
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if access(p, X_OK) == 0 { return p }
        }
        return nil
    }
}

/// A program running in a pseudo-terminal of 80×24, as a person would see it: the bench waits
/// until an expected text has arrived *and* the program has then been silent for `settle`
/// (so a screen drawn in two phases is not cut short), and counts the time to the last byte
/// before that silence — the moment the screen was complete.
final class PtySession {
    let pid: pid_t
    private let master: Int32
    let started: UInt64
    /// The terminal's screen as the program has drawn it so far.
    private(set) var screen: ScreenModel

    init(_ argv: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
        screen = ScreenModel(width: columns, height: rows)
        // posix_openpt/unlockpt/ptsname are not visible from Swift's Glibc; on Linux they are these
        // ioctls on /dev/ptmx (TIOCSPTLCK = 0x40045431 unlocks, TIOCGPTN = 0x80045430 numbers it).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard master >= 0, ioctl(master, UInt(0x4004_5431), &unlock) == 0, ioctl(master, UInt(0x8004_5430), &number) == 0 else {
            throw SpawnError.failed("/dev/ptmx", errno)
        }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        posix_spawnattr_setflags(&attr, Int16(0x80))   // POSIX_SPAWN_SETSID: the pty becomes its terminal
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LANG"] = "C.UTF-8"
        env["COLUMNS"] = nil; env["LINES"] = nil
        for (k, v) in environment { env[k] = v }
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var child: pid_t = 0
        started = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawnp(&child, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { close(master); throw SpawnError.failed(argv[0], rc) }
        pid = child
    }

    /// Milliseconds from `since` (default: the spawn) to the last byte of the screen that
    /// shows `marker`, followed by `settle` ms of silence. Throws after `timeout` seconds.
    func waitForScreen(containing marker: String, since: UInt64? = nil, settle: Double = 250, timeout: Double = 60) throws -> Double {
        try waitForScreen(marker, since: since, settle: settle, timeout: timeout) { $0.shows(marker) }
    }

    /// The same for a screen that `shows` says is the one awaited.
    func waitForScreen(_ marker: String, since: UInt64? = nil, settle: Double = 250, timeout: Double = 60,
                       until shows: (ScreenModel) -> Bool) throws -> Double {
        let from = since ?? started
        var seen = shows(screen)
        var lastByte = from
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let now = DispatchTime.now().uptimeNanoseconds
            if now > deadline { throw SpawnError.exited("pty wait for \(marker)", -1, screen.lines.joined(separator: "\n")) }
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let wait = seen ? max(1, Int32(settle - Double(now - lastByte) / 1e6)) : 1000
            let r = poll(&p, 1, wait)
            if r > 0 {
                let n = read(master, &buffer, buffer.count)
                if n <= 0 { throw SpawnError.exited("pty (program ended) waiting for \(marker)", -1, screen.lines.joined(separator: "\n")) }
                lastByte = DispatchTime.now().uptimeNanoseconds
                screen.feed(buffer[0..<n])
                if !seen { seen = shows(screen) }
            } else if seen, Double(DispatchTime.now().uptimeNanoseconds - lastByte) / 1e6 >= settle {
                return Double(lastByte - from) / 1e6
            }
        }
    }

    /// Types `text`; returns the moment it was sent.
    @discardableResult
    func send(_ text: String) -> UInt64 {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
        return DispatchTime.now().uptimeNanoseconds
    }

    /// The program's peak resident memory so far (VmHWM, KiB). `ru_maxrss` after `wait4` is no
    /// use here: a child made by posix_spawn (vfork) starts with its parent's high-water mark.
    func peakMemoryKiB() -> Int { Spawn.peakMemoryKiB(pid) }

    /// Waits for the program to end (draining its output); its exit status.
    @discardableResult
    func finish(timeout: Double = 30) -> Int32 {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(timeout * 1e9)
        var status: Int32 = 0
        while DispatchTime.now().uptimeNanoseconds < deadline {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&p, 1, 50) > 0, read(master, &buffer, buffer.count) <= 0 { break }
            if waitpid(pid, &status, WNOHANG) == pid { close(master); return (status >> 8) & 0xff }
        }
        if DispatchTime.now().uptimeNanoseconds >= deadline { kill(pid, SIGKILL) }
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        close(master)
        return (status >> 8) & 0xff
    }
}
