/// Everything the store refuses or fails at, in words a clerk or an admin can act on
/// (Chinese first, English second).
public enum StoreError: Error, CustomStringConvertible, Equatable {
    /// Someone else saved the record since the form was opened; nothing was written.
    case conflict(RecordConflict)
    /// The user has no command left to undo.
    case nothingToUndo(user: String)
    /// The user has no undone command left to redo.
    case nothingToRedo(user: String)
    /// Undoing (or redoing, or reverting) would overwrite a later change by someone.
    case undoConflict(entry: Int64, blocking: [LaterChange])
    /// The entry asked for does not exist.
    case noSuchEntry(Int64)
    /// The disk (or the file-size limit) is full; the command was not written.
    case diskFull(path: String)
    /// Writing to disk failed for another reason; the command was not written.
    case ioFailure(path: String, detail: String)
    /// SQLite refused a statement for another reason (a bug of ours, most likely); nothing was written.
    case database(path: String, detail: String)
    /// The file is not a stationdesk store (another program's file, or not SQLite at all).
    case notAStore(path: String, reason: String)
    /// The file is a stationdesk store but damaged.
    case damaged(path: String, detail: String)
    /// The store was made by a newer stationdesk.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The database could not be made durable (synchronous did not read back as FULL).
    case notDurable(detail: String)
    /// Another process holds the store longer than the busy timeout.
    case busy(path: String)
    /// The record refers to something missing, or something still refers to it.
    case constraint(detail: String)
    /// A unique value (a credit code, a login) is already used by another record.
    case duplicate(table: String, detail: String)
    /// The record asked for is not in the store.
    case notFound(table: String, id: Int64)
    /// The user is not allowed to do this.
    case notPermitted(user: String, action: String)
    /// A field of the record is not valid.
    case invalid(field: String, message: String)

    public var description: String {
        switch self {
        case .conflict(let c):
            return "保存冲突：\(c.table) #\(c.rowId) 已被他人修改 (save conflict: someone else changed this record since you opened it)\n"
                + c.description
        case .nothingToUndo(let u): return "没有可撤销的操作 (nothing to undo for \(u))"
        case .nothingToRedo(let u): return "没有可重做的操作 (nothing to redo for \(u))"
        case .undoConflict(let e, let blocking):
            let lines = blocking.prefix(5).map { "  " + $0.description }.joined(separator: "\n")
            let more = blocking.count > 5 ? "\n  …and \(blocking.count - 5) more" : ""
            return "无法撤销第\(e)条：记录已被之后的操作修改 (cannot undo entry \(e): its records were changed since)\n\(lines)\(more)"
        case .noSuchEntry(let s): return "日志中没有第\(s)条 (no journal entry \(s))"
        case .diskFull(let p):
            return "磁盘已满，本次操作未保存，已有数据完好 (disk full: the command was not saved; the store at \(p) is intact)"
        case .ioFailure(let p, let d):
            return "写入失败，本次操作未保存 (write failed, the command was not saved) at \(p): \(d)"
        case .database(let p, let d):
            return "数据库错误，本次操作未保存 (database error, nothing was saved) at \(p): \(d)"
        case .notAStore(let p, let r):
            return "不是 stationdesk 数据文件 (not a stationdesk store): \(p): \(r); nothing was written"
        case .damaged(let p, let d):
            return "数据文件已损坏 (the store is damaged): \(p): \(d); restore from a backup (stationdesk backup)"
        case .newerSchema(let p, let found, let supported):
            return "数据文件版本\(found)高于本程序支持的版本\(supported)，请升级 stationdesk (store \(p) was made by a newer stationdesk: schema \(found), this program knows up to \(supported))"
        case .notDurable(let d): return "无法启用完全同步写入 (could not make writes durable): \(d)"
        case .busy(let p): return "数据文件被其他进程长时间占用 (the store \(p) stayed locked by another process; try again)"
        case .constraint(let d): return "关联记录约束 (related records prevent this): \(d)"
        case .duplicate(let t, let d): return "重复 (already exists) in \(t): \(d)"
        case .notFound(let t, let id): return "记录不存在 (no such record): \(t) #\(id)"
        case .notPermitted(let u, let a): return "\(u) 无权\(a) (\(u) may not \(a))"
        case .invalid(let f, let m): return "\(f): \(m)"
        }
    }
}

/// One later change that stops an undo: who changed which record, and when.
public struct LaterChange: Equatable, Sendable, CustomStringConvertible {
    public var sequence: Int64
    public var user: String
    public var time: String
    public var command: String
    public var table: String
    public var rowId: Int64

    public var description: String {
        "\(table) #\(rowId) — \(user) \(time) 第\(sequence)条 \(command)"
    }
}
