import Foundation
import XCTest

/// A fresh folder for one test's CSV files, removed afterwards.
final class ExchangeFiles {
    let folder: String

    init() throws {
        folder = NSTemporaryDirectory() + "stationdesk-ui-exchange-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `text` (UTF-8 unless `encoding` says otherwise) and returns the file's path.
    @discardableResult
    func write(_ name: String, _ text: String, encoding: String.Encoding = .utf8) throws -> String {
        let path = folder + "/" + name
        let data = try XCTUnwrap(text.data(using: encoding), "text not encodable")
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    func read(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    /// Foundation's GB18030 (what Excel on Chinese Windows saves as "CSV").
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)
}
