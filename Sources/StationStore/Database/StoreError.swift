import StationDomain

/// Everything the store refuses or fails at, in words a clerk or an admin can act on
/// (`words`: Chinese and English kept apart; the catalog shows one).
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

    /// The message in both languages; the catalog picks one (`Catalog.describe`).
    public var words: Words {
        switch self {
        case .conflict(let c):
            return Words("保存冲突：\(c.table) #\(c.rowId) 已被他人修改", "save conflict: someone else changed \(c.table) #\(c.rowId) since you opened it")
        case .nothingToUndo: return Words("没有可撤销的操作", "nothing to undo")
        case .nothingToRedo: return Words("没有可重做的操作", "nothing to redo")
        case .undoConflict(let e, let blocking):
            let lines = blocking.prefix(5).map { "\n  \($0.table) #\($0.rowId) — \($0.user) \($0.time)" }.joined()
            return Words("无法撤销第\(e)条：记录已被之后的操作修改" + lines + (blocking.count > 5 ? "\n  ……另有\(blocking.count - 5)处" : ""),
                         "cannot undo entry \(e): its records were changed since" + lines
                            + (blocking.count > 5 ? "\n  …and \(blocking.count - 5) more" : ""))
        case .noSuchEntry(let s): return Words("日志中没有第\(s)条", "no journal entry \(s)")
        case .diskFull(let p):
            return Words("磁盘已满，本次操作未保存，已有数据完好（\(p)）", "disk full: the command was not saved; the store at \(p) is intact")
        case .ioFailure(let p, let d):
            return Words("写入失败，本次操作未保存（\(p)）：\(d)", "write failed, the command was not saved (\(p)): \(d)")
        case .database(let p, let d):
            return Words("数据库错误，本次操作未保存（\(p)）：\(d)", "database error, nothing was saved (\(p)): \(d)")
        case .notAStore(let p, let r):
            let reason = Words(legacy: r)
            return Words("不是 stationdesk 数据文件：\(p)：\(reason.zh)；没有写入任何内容", "not a stationdesk store: \(p): \(reason.en); nothing was written")
        case .damaged(let p, let d):
            let detail = Words(legacy: d)
            return Words("数据文件已损坏：\(p)：\(detail.zh)；请从备份恢复", "the store is damaged: \(p): \(detail.en); restore it from a backup")
        case .newerSchema(let p, let found, let supported):
            return Words("数据文件版本\(found)高于本程序支持的版本\(supported)，请升级 stationdesk（\(p)）",
                         "store \(p) was made by a newer stationdesk: schema \(found), this program knows up to \(supported)")
        case .notDurable(let d): return Words("无法启用完全同步写入：\(d)", "could not make writes durable: \(d)")
        case .busy(let p): return Words("数据文件被其他进程长时间占用，请稍后再试（\(p)）", "the store \(p) stayed locked by another process; try again")
        case .constraint(let d):
            let detail = Words(legacy: d)
            return Words("关联记录约束：\(detail.zh)", "related records prevent this: \(detail.en)")
        case .duplicate(let t, _): return Words("\(t) 中已有相同的值", "a record with the same value already exists in \(t)")
        case .notFound(let t, let id): return Words("记录不存在：\(t) #\(id)", "no such record: \(t) #\(id)")
        case .notPermitted(let u, let a):
            let action = Words(legacy: a)
            return Words("\(u) 无权\(action.zh)", "\(u) may not \(action.en)")
        case .invalid(let f, let m):
            let field = Words(legacy: f), message = Words(legacy: m)
            return Words("\(field.zh)：\(message.zh)", "\(field.en): \(message.en)")
        }
    }

    /// In Chinese, the default language; a conflict adds the fields that differ.
    public var description: String {
        if case .conflict(let c) = self { return words.zh + "\n" + c.description }
        return words.zh
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
