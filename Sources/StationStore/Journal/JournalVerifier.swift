import GRDB

/// What `AppDatabase.verify()` found: every problem in words, empty when all holds.
public struct VerificationReport: Sendable {
    public var entries: Int
    public var changes: Int
    /// The newest entry's hash: written down (or printed on paper) it anchors the chain, so even
    /// a wholesale rewrite of the journal shows on the next `verify`.
    public var lastHash: String = ""
    public var problems: [String]
    public var isIntact: Bool { problems.isEmpty }
}

extension AppDatabase {
    /// Checks the journal's hash chain (every entry's hash recomputed from its changes and the
    /// previous hash; sequences and change rows contiguous), that every record is as its last
    /// journal entry left it (nothing edited outside the program), `PRAGMA integrity_check` and
    /// `PRAGMA foreign_key_check`. Cost: one pass over the journal and every table.
    public func verify() throws -> VerificationReport {
        try read { db in
            var report = VerificationReport(entries: 0, changes: 0, problems: [])
            // Hold this connection's read lock first, then check the chain on a second connection
            // at the same time as the rest here (ChainCheck: same snapshot, two cores).
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            let chain = ChainCheck.start(path: path)
            var rest = VerificationReport(entries: 0, changes: 0, problems: [])
            try JournalVerifier.records(db, &rest)
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                rest.problems += integrity.prefix(20).map { "integrity_check: \($0)" }
            }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in fk.prefix(20) {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                rest.problems.append("外键缺失 (foreign key broken): \(table) #\(rowid.map(String.init) ?? "?") → \(parent)")
            }
            let found: ChainCheck.Result
            switch chain.wait() {
            case .done(let r): found = r
            case .failed(let error): throw error
            case .busy: found = try ChainCheck.run(db.sqliteConnection!)
            }
            report.entries = found.entries
            report.changes = found.changes
            report.lastHash = found.lastHash
            report.problems = found.problems + rest.problems
            return report
        }
    }
}

enum JournalVerifier {
    /// Every row must be as the last journal change of it left it, and every row the journal
    /// says exists must exist. Cost: one grouped pass over the table's journal rows (on the
    /// (table_name, row_id) index) and one over the table.
    static func records(_ db: Database, _ report: inout VerificationReport) throws {
        for spec in TableRegistry.all {
            // The bare column `after` comes from the row holding max(id): the record's last change.
            let last = "SELECT row_id, max(id) AS last_id, after FROM journal_change WHERE table_name = ? GROUP BY row_id"
            let differing = try Row.fetchAll(db, sql: """
                SELECT r.id AS id, l.last_id AS last_id FROM "\(spec.name)" r LEFT JOIN (\(last)) l ON l.row_id = r.id
                WHERE l.after IS NOT \(spec.imageExpression(alias: "r")) LIMIT 10
                """, arguments: [spec.name])
            for row in differing {
                let id: Int64 = row["id"]
                let lastId: Int64? = row["last_id"]
                report.problems.append(lastId == nil
                    ? "\(spec.name) #\(id) 不在日志中 (record not in the journal: written outside stationdesk)"
                    : "\(spec.name) #\(id) 与日志不符 (record differs from its last journal entry: edited outside stationdesk)")
            }
            let missing = try Int64.fetchAll(db, sql: """
                SELECT l.row_id FROM (\(last)) l
                WHERE l.after IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "\(spec.name)" t WHERE t.id = l.row_id) LIMIT 10
                """, arguments: [spec.name])
            for id in missing {
                report.problems.append("\(spec.name) #\(id) 缺失 (record missing though the journal has it: deleted outside stationdesk)")
            }
        }
    }
}
