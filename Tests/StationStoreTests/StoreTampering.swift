import Foundation
import GRDB
@testable import StationStore

/// What someone with write access to the store file and the sqlite3 shell can do to it, for the
/// tests that show each is detected or refused.
enum StoreTampering {
    /// The careful attacker: the append-only triggers dropped, `body` run, the triggers made again
    /// with their exact text, so that the schema shows nothing.
    static func behindTheTriggers(_ path: String, _ body: (Database) throws -> Void) throws {
        let raw = try DatabaseQueue(path: path)
        try raw.writeWithoutTransaction { db in
            let triggers = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
            for t in triggers { try db.execute(sql: "DROP TRIGGER \(t["name"] as String)") }
            try body(db)
            for t in triggers { try db.execute(sql: t["sql"] as String) }
        }
        try raw.close()
    }

    /// What the issue's 30-line script did: `edit` (entry `sequence`'s user changed to another
    /// login, say), then every hash from that entry on computed again, so the chain checks.
    static func rehash(_ path: String, from sequence: Int64, _ edit: String) throws {
        try behindTheTriggers(path) { db in
            try db.execute(sql: edit)
            var previous = try String.fetchOne(db, sql: "SELECT hash FROM journal_entry WHERE sequence = ?", arguments: [sequence - 1]) ?? ""
            for e in try Row.fetchAll(db, sql: "SELECT * FROM journal_entry WHERE sequence >= ? ORDER BY sequence", arguments: [sequence]) {
                var hasher = JournalHasher()
                let first: Int64 = e["first_change"], count: Int64 = e["change_count"]
                for c in try Row.fetchAll(db, sql: "SELECT * FROM journal_change WHERE id >= ? AND id < ? ORDER BY id",
                                          arguments: [first, first + count]) {
                    hasher.add(table: c["table_name"], rowId: c["row_id"], before: c["before"], after: c["after"])
                }
                let hash = hasher.finish(JournalHasher.Header(previousHash: previous, sequence: e["sequence"], kind: e["kind"],
                                                              user: e["user"], time: e["time"], command: e["command"],
                                                              summary: e["summary"], undoes: e["undoes"], redoes: e["redoes"]))
                try db.execute(sql: "UPDATE journal_entry SET prev_hash = ?, hash = ? WHERE sequence = ?",
                               arguments: [previous, hash, e["sequence"] as Int64])
                previous = hash
            }
        }
    }

    /// Runs a system tool (mount, useradd…), its exit status or -1.
    static func tool(_ path: String, _ args: [String]) -> Int32 {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        do { try p.run() } catch { return -1 }
        p.waitUntilExit()
        return p.terminationStatus
    }
}
