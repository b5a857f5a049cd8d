import Foundation
import XCTest

/// Starts the `store-fault-helper` executable (built next to the test bundle by `swift build`)
/// as a separate process and reads its "done i" lines.
final class HelperProcess {
    let process = Process()
    private let output = Pipe()
    private var buffer = Data()
    private(set) var lines: [String] = []

    static func executable() throws -> URL {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle(for: HelperProcess.self).bundleURL.deletingLastPathComponent(),
        ]
        for dir in candidates {
            let url = dir.appendingPathComponent("store-fault-helper")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        throw XCTSkip("store-fault-helper not built; run `swift build` first (looked in \(candidates.map(\.path)))")
    }

    init(_ arguments: [String]) throws {
        process.executableURL = try Self.executable()
        process.arguments = arguments
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    /// Reads until `count` lines starting with "done" have arrived, or the process ends.
    func waitForDone(_ count: Int) {
        while lines.filter({ $0.hasPrefix("done ") }).count < count {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return }
            take(chunk)
        }
    }

    /// Reads until a line starting with `prefix` has arrived, or the process ends.
    func waitForLine(_ prefix: String) {
        while !lines.contains(where: { $0.hasPrefix(prefix) }) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { return }
            take(chunk)
        }
    }

    /// Reads everything up to the end of the output and waits for the process to exit.
    func finish() -> Int32 {
        while true {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            take(chunk)
        }
        process.waitUntilExit()
        if !buffer.isEmpty { lines.append(String(decoding: buffer, as: UTF8.self)); buffer.removeAll() }
        return process.terminationStatus
    }

    func kill9() { kill(process.processIdentifier, SIGKILL) }

    /// The numbers of the commands the helper reported committed.
    var done: [Int] { lines.compactMap { $0.hasPrefix("done ") ? Int($0.dropFirst(5)) : nil } }

    private func take(_ chunk: Data) {
        buffer.append(chunk)
        while let nl = buffer.firstIndex(of: 10) {
            lines.append(String(decoding: buffer[buffer.startIndex..<nl], as: UTF8.self))
            buffer.removeSubrange(buffer.startIndex...nl)
        }
    }
}
