import GRDB
import StationDomain

/// Undo and redo per user, and an admin's revert of any entry. Each is itself a new journal entry
/// pointing at what it inverted; history is never deleted. Each inverts an entry only when every
/// record it touched is still as that entry left it, else it is refused naming who changed what, when.
extension AppDatabase {
    /// Undoes `user`'s last command (or redo) not yet undone, when their roles now still allow
    /// that command (`CommandRoles`): refused otherwise, like the command itself would be.
    /// Cost: a walk back over the user's own entries to the target, then one read and one write per touched record.
    @discardableResult
    public func undo(by user: String) throws -> JournalEntry {
        try transaction { db in
            guard let target = try UndoStack.undoTarget(db, user: user) else { throw StoreError.nothingToUndo(user: user) }
            let command = try String.fetchOne(db.cachedStatement(sql: "SELECT command FROM journal_entry WHERE sequence = ?"), arguments: [target])
            if let command, let refusal = UndoStack.lockingCommands[command] { throw Refused([refusal]) }
            try CommandRoles.checkInvert(db, entry: target, by: user)   // the roles the command needs, held now
            return try UndoStack.invert(db, entry: target, user: user, kind: .undo, undoes: target, redoes: nil)
        }
    }

    /// Redoes `user`'s last undo, as long as no new command of theirs came after it.
    @discardableResult
    public func redo(by user: String) throws -> JournalEntry {
        try transaction { db in
            guard let target = try UndoStack.redoTarget(db, user: user) else { throw StoreError.nothingToRedo(user: user) }
            try CommandRoles.checkInvert(db, entry: target, by: user)
            return try UndoStack.invert(db, entry: target, user: user, kind: .redo, undoes: nil, redoes: target)
        }
    }

    /// An admin reverts any entry (anyone's), under the same conflict check.
    @discardableResult
    public func revert(sequence: Int64, by admin: String) throws -> JournalEntry {
        try transaction { db in
            guard try Roles.of(db, login: admin)?.grant(.revert) == true else {   // the one role table
                throw StoreError.notPermitted(user: admin, action: "撤回他人的操作 (revert journal entries; admin only)")
            }
            let command = try String.fetchOne(db.cachedStatement(sql: "SELECT command FROM journal_entry WHERE sequence = ?"), arguments: [sequence])
            if let command, UndoStack.isSetup(command: command) {
                throw StoreError.notPermitted(user: admin, action: "撤回建库时的首位管理员授权 (revert the store's first-admin grant; it cannot be reverted)")
            }
            return try UndoStack.invert(db, entry: sequence, user: admin, kind: .revert, undoes: sequence, redoes: nil)
        }
    }

    /// The ordinary command an undo, redo or revert entry finally refers to (following `undoes` and
    /// `redoes`), so a message can name it once: "已撤销：删除单位“…”". Cost: one read per link.
    public func originalCommand(of entry: JournalEntry) throws -> JournalEntry {
        try read { db in
            var e = entry
            for _ in 0..<64 {
                guard e.kind != .command, let next = e.undoes ?? e.redoes,
                      let row = try Row.fetchOne(db.cachedStatement(sql: JournalRows.select + " WHERE sequence = ?"), arguments: [next])
                else { return e }
                e = try JournalRows.entry(db, row, changeLimit: 1)
            }
            return e
        }
    }

    /// The entry `undo(by:)` would undo now, if any (for the UI's hint line).
    public func undoCandidate(for user: String) throws -> Int64? {
        try read { db in try UndoStack.undoTarget(db, user: user) }
    }

    /// The entry `redo(by:)` would redo now, if any.
    public func redoCandidate(for user: String) throws -> Int64? {
        try read { db in try UndoStack.redoTarget(db, user: user) }
    }
}
