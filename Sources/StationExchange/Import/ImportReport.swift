import StationDomain
/// What an import did (or, for a dry run, would do).
public struct ImportReport: Sendable, Equatable, CustomStringConvertible {
    public var kind: ImportKind
    public var fileName: String
    public var encoding: SourceEncoding
    public var count: Int
    public var dryRun: Bool
    /// The journal entry of the import (nil for a dry run): one entry, one undo step.
    public var journalSequence: Int64?

    /// What was checked or imported, in `language`.
    public func text(_ language: Language) -> String {
        if dryRun {
            return language == .zh ? "\(fileName)：检查通过，可导入\(count)条\(kind.label)记录（\(encoding)），未写入"
                                   : "\(fileName): checked: \(count) \(kind.rawValue) can be imported (\(encoding)); dry run, nothing written"
        }
        if language == .zh {
            let entry = journalSequence.map { "，日志第\($0)条" } ?? ""
            return "\(fileName)：已导入\(count)条\(kind.label)记录（\(encoding)）\(entry)；可用 stationdesk undo 撤销"
        }
        let entry = journalSequence.map { ", journal entry \($0)" } ?? ""
        return "\(fileName): imported \(count) \(kind.rawValue) (\(encoding))\(entry); stationdesk undo takes it back"
    }

    public var description: String { text(.zh) }
}
