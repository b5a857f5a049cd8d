import Foundation

/// Finds the freshly built `stationdesk` executable: next to the test bundle (swift build puts
/// both in .build/<config>/), else where `swift build --show-bin-path` says.
enum Binary {
    static func stationdesk() throws -> String {
        for bundle in Bundle.allBundles {
            let candidate = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("stationdesk").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["swift", "build", "--show-bin-path"]
        p.currentDirectoryURL = packageRoot
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let dir = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let path = dir + "/stationdesk"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw BinaryError.notBuilt(path) }
        return path
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    enum BinaryError: Error, CustomStringConvertible {
        case notBuilt(String)
        var description: String { "stationdesk is not built at \(path); run swift build first" }
        var path: String { if case .notBuilt(let p) = self { return p }; return "" }
    }
}
