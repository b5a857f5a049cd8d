/// What a form's save ran into: the stored record differs from the one the form was opened on.
/// Field by field, theirs (stored now) against mine (the form's input, which the caller keeps).
public struct RecordConflict: Equatable, Sendable, CustomStringConvertible {
    public struct Field: Equatable, Sendable {
        public var name: String
        /// The stored value now; nil when the record was deleted.
        public var theirs: String?
        public var mine: String?
    }

    public var table: String
    public var rowId: Int64
    /// Only the fields where theirs and mine differ.
    public var fields: [Field]
    /// The record no longer exists.
    public var deleted: Bool
    /// The last journalled change of the record (who and when), when there is one.
    public var lastChange: LaterChange?

    public var description: String {
        var lines: [String] = []
        if let c = lastChange { lines.append("  最后修改 (last changed by) \(c.user) \(c.time) 第\(c.sequence)条 \(c.command)") }
        if deleted { lines.append("  记录已被删除 (the record was deleted)") }
        for f in fields {
            lines.append("  \(f.name): theirs=\(f.theirs ?? "∅") mine=\(f.mine ?? "∅")")
        }
        return lines.joined(separator: "\n")
    }
}
