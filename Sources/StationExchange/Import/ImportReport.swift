/// What an import did (or, for a dry run, would do).
public struct ImportReport: Sendable, Equatable, CustomStringConvertible {
    public var kind: ImportKind
    public var fileName: String
    public var encoding: SourceEncoding
    public var count: Int
    public var dryRun: Bool
    /// The journal entry of the import (nil for a dry run): one entry, one undo step.
    public var journalSequence: Int64?

    public var description: String {
        if dryRun {
            return "\(fileName): 检查通过，可导入\(count)条\(kind.label)记录（\(encoding)），未写入 (checked: \(count) \(kind.rawValue) can be imported; dry run, nothing written)"
        }
        let entry = journalSequence.map { "，日志第\($0)条 (journal entry \($0))" } ?? ""
        return "\(fileName): 已导入\(count)条\(kind.label)记录（\(encoding)）\(entry)；可用 u 撤销 (imported \(count) \(kind.rawValue); one undo step)"
    }
}
