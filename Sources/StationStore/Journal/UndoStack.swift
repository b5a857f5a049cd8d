import GRDB
import StationDomain

/// The per-user undo and redo stacks, read from the journal itself (nothing is kept beside it,
/// so they survive restarts), and the inversion of an entry under the conflict check.
enum UndoStack {
    /// Walking the user's entries newest first: each undo cancels the nearest earlier
    /// not-yet-cancelled command/redo/revert; the first one left uncancelled is the target.
    static func undoTarget(_ db: Database, user: String) throws -> Int64? {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT sequence, kind, command FROM journal_entry WHERE user = ? ORDER BY sequence DESC"),
                                         arguments: [user])
        var pending = 0
        while let row = try cursor.next() {
            let kind: String = row["kind"]
            if isSetup(command: row["command"]) { continue }
            if kind == JournalEntryKind.undo.rawValue { pending += 1 }
            else if pending > 0 { pending -= 1 }
            else { return row["sequence"] }
        }
        return nil
    }

    /// Newest first: each redo consumes the nearest earlier undo; the first undo left is the
    /// target; a new command (or revert) before any such undo means there is nothing to redo.
    static func redoTarget(_ db: Database, user: String) throws -> Int64? {
        let cursor = try Row.fetchCursor(db.cachedStatement(sql: "SELECT sequence, kind FROM journal_entry WHERE user = ? ORDER BY sequence DESC"),
                                         arguments: [user])
        var pending = 0
        while let row = try cursor.next() {
            let kind: String = row["kind"]
            switch kind {
            case JournalEntryKind.redo.rawValue: pending += 1
            case JournalEntryKind.undo.rawValue:
                if pending > 0 { pending -= 1 } else { return row["sequence"] }
            default: return nil
            }
        }
        return nil
    }

    /// Commands that set the store up rather than change its records: the first admin's grant,
    /// an admin's `--as` session, and whatever `--demo` loads ("setup-…"). Never an undo target and
    /// never reverted — undoing the grant would leave a store nobody may run, and `u` in the demo
    /// must not unload the demo.
    static let setupCommands: Set<String> = ["first-admin", "act-as"]
    static let setupPrefix = "setup-"

    /// Commands whose undo would unlock what only another role may unlock: a reviewer's
    /// submission (a clerk reopens it, with a reason). Undo refuses them in plain words.
    static let lockingCommands: [String: Refusal] = ["sheet-submit": .submitCannotBeUndone]

    static func isSetup(command: String) -> Bool { setupCommands.contains(command) || command.hasPrefix(setupPrefix) }

    /// One change of an entry: which record, and whether it had a before and an after image. The
    /// images themselves are read only for changes undone one by one (`images(_:_:)`): a bulk
    /// entry's runs of inserts are checked and undone inside SQLite, and turning its 10⁵ images into
    /// strings was a tenth of undoing it (callgrind, issue 15).
    struct StoredChange {
        var id: Int64
        var table: String
        var rowId: Int64
        var hasBefore: Bool
        var hasAfter: Bool
        /// Filled by `images(_:_:)` for the changes outside runs.
        var before: String? = nil
        var after: String? = nil
    }

    /// An entry's summary and changes in order, read through the C API (a bulk entry has 10⁵ of them).
    static func changes(_ db: Database, entry: Int64) throws -> (summary: String, changes: [StoredChange]) {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT first_change, change_count, summary FROM journal_entry WHERE sequence = ?"),
                                         arguments: [entry]) else { throw StoreError.noSuchEntry(entry) }
        let first: Int64 = row["first_change"], count: Int64 = row["change_count"]
        let read = try RawStatement(db, sql: """
            SELECT id, table_name, row_id, before IS NOT NULL, after IS NOT NULL FROM journal_change WHERE id >= ?1 AND id < ?2 ORDER BY id
            """)
        read.bind(first, at: 1)
        read.bind(first + count, at: 2)
        defer { read.reset() }
        var list: [StoredChange] = []
        list.reserveCapacity(Int(count))
        var table = ""
        while try read.step() {
            // Consecutive changes mostly name one table: its name is made into a string once.
            if let name = read.bytes(1), !table.utf8.elementsEqual(name) { table = String(decoding: name, as: UTF8.self) }
            list.append(StoredChange(id: read.int64(0), table: table, rowId: read.int64(2),
                                     hasBefore: read.int64(3) != 0, hasAfter: read.int64(4) != 0))
        }
        return (row["summary"], list)
    }

    /// Reads the images of the changes whose index `wanted` accepts, in one pass over the entry's rows.
    static func images(_ db: Database, _ list: inout [StoredChange], wanted: (Int) -> Bool) throws {
        guard let first = list.first?.id, let last = list.last?.id, list.indices.contains(where: wanted) else { return }
        let read = try RawStatement(db, sql: "SELECT before, after FROM journal_change WHERE id BETWEEN ?1 AND ?2 ORDER BY id")
        read.bind(first, at: 1)
        read.bind(last, at: 2)
        defer { read.reset() }
        var i = 0
        while try read.step(), i < list.count {
            if wanted(i) {
                list[i].before = read.text(0)
                list[i].after = read.text(1)
            }
            i += 1
        }
        guard i == list.count else { throw StoreError.noSuchEntry(list[0].id) }
    }

    /// Runs of inserts inside an entry (same table, consecutive ids, each record touched only
    /// there): undone set-wise inside SQLite instead of row by row. Keyed by the run's last index.
    static func insertRuns(_ list: [StoredChange], onlyChange: (Int) -> Bool) -> [Int: Int] {
        var runs: [Int: Int] = [:]
        var i = 0
        while i < list.count {
            guard !list[i].hasBefore, list[i].hasAfter, onlyChange(i) else { i += 1; continue }
            var j = i
            while j + 1 < list.count, list[j + 1].table == list[i].table, !list[j + 1].hasBefore,
                  list[j + 1].hasAfter, list[j + 1].rowId == list[j].rowId + 1, onlyChange(j + 1) { j += 1 }
            if j > i { runs[j] = i }
            i = j + 1
        }
        return runs
    }

    /// Puts every record `entry` touched back as it was before it, as one new entry.
    static func invert(_ db: Database, entry: Int64, user: String, kind: JournalEntryKind,
                       undoes: Int64?, redoes: Int64?) throws -> JournalEntry {
        let (summary, stored) = try changes(db, entry: entry)
        var list = stored
        // The last change of each record in the entry is the state it must still be in.
        struct Key: Hashable { var table: String; var rowId: Int64 }
        var last: [Key: Int] = [:]
        var seen: [Key: Int] = [:]
        last.reserveCapacity(list.count)
        seen.reserveCapacity(list.count)
        for (i, c) in list.enumerated() {
            let key = Key(table: c.table, rowId: c.rowId)
            last[key] = i
            seen[key, default: 0] += 1
        }
        let runs = insertRuns(list) { seen[Key(table: list[$0].table, rowId: list[$0].rowId)] == 1 }
        var inRun = [Bool](repeating: false, count: list.count)
        for (end, start) in runs { for i in start...end { inRun[i] = true } }
        try images(db, &list) { !inRun[$0] }
        var blocking: [LaterChange] = []
        func blocked(_ table: String, _ rowId: Int64) throws -> LaterChange {
            try JournalImages.lastChange(db, table: table, rowId: rowId, after: entry)
                ?? LaterChange(sequence: 0, user: "?", time: "?", command: "在日志之外修改 (changed outside the journal)",
                               table: table, rowId: rowId)
        }
        let probe = JournalWriter(db: db, user: user, command: "", sequence: 0, firstChange: 0)
        for (key, index) in last.filter({ !inRun[$0.value] }).sorted(by: { $0.value < $1.value }) {
            let spec = try TableRegistry.spec(key.table)
            if try probe.image(spec, id: key.rowId) != list[index].after { blocking.append(try blocked(key.table, key.rowId)) }
        }
        /// The records of the runs changed since `entry`, by building each row's image and comparing
        /// it with the one the entry recorded (the rows as they are now).
        func runBlockers() throws -> [LaterChange] {
            var found: [LaterChange] = []
            for (end, start) in runs.sorted(by: { $0.value < $1.value }) {
                let spec = try TableRegistry.spec(list[start].table)
                let changed = try Int64.fetchAll(db.cachedStatement(sql: """
                    SELECT c.row_id FROM journal_change c LEFT JOIN "\(spec.name)" r ON r.id = c.row_id
                    WHERE c.id BETWEEN ? AND ? AND c.after IS NOT \(spec.imageExpression(alias: "r")) LIMIT 20
                    """), arguments: [list[start].id, list[end].id])
                for rowId in changed { found.append(try blocked(spec.name, rowId)) }
            }
            return found
        }
        if !blocking.isEmpty { throw StoreError.undoConflict(entry: entry, blocking: blocking + (try runBlockers())) }
        func append() throws -> JournalEntry? {
            try JournalAppender.append(db, user: user, command: kind.rawValue, kind: kind,
                                       undoes: undoes, redoes: redoes) { writer in
                // What the inverted entry was about; its `command` and `undoes`/`redoes` say the rest
                // (`AppDatabase.originalCommand(of:)`), worded by the reader's catalog.
                writer.summary = summary
                var i = list.count - 1
                while i >= 0 {
                    if let start = runs[i] {
                        // Checked unchanged as it is journalled (`RunChanged` when not).
                        try writer.deleteInsertedRun(try TableRegistry.spec(list[i].table), rows: list[start].rowId...list[i].rowId,
                                                     expecting: list[start].id...list[i].id)
                        i = start - 1
                    } else {
                        try writer.restore(try TableRegistry.spec(list[i].table), id: list[i].rowId, to: list[i].before)
                        i -= 1
                    }
                }
            }.entry
        }
        var made: JournalEntry?
        if runs.isEmpty {
            made = try append()
        } else {
            // The runs are checked while they are undone: a changed one rolls this back to here,
            // and its records are then named as the check beforehand would have named them.
            do {
                try db.inSavepoint {
                    made = try append()
                    return .commit
                }
            } catch is JournalWriter.RunChanged {
                let found = try runBlockers()
                guard !found.isEmpty else {
                    throw StoreError.damaged(path: "", detail: "undo of entry \(entry): a run of inserts did not read back as journalled")
                }
                throw StoreError.undoConflict(entry: entry, blocking: found)
            }
        }
        guard let made else { throw StoreError.noSuchEntry(entry) }
        return made
    }
}
