import GRDB

/// What `AppDatabase.verify()` found: every problem in words, empty when all holds.
public struct VerificationReport: Sendable {
    public var entries: Int
    public var changes: Int
    /// The newest entry's hash: written down (or printed on paper) it anchors the chain, so even
    /// a wholesale rewrite of the journal shows on the next `verify`.
    public var lastHash: String = ""
    /// The newest entry's sequence number (0 when the journal is empty).
    public var lastSequence: Int64 = 0
    public var problems: [String]
    /// The schema's differences from what the migrations make (each also in `problems`).
    public var schemaDifferences: [SchemaDifference] = []
    /// How many anchors were checked (`verify(anchors:)`).
    public var anchorsChecked = 0
    public var isIntact: Bool { problems.isEmpty }

    /// The chain's head — the newest entry's sequence number and hash — as read; nil when empty.
    public var head: ChainHead? {
        lastSequence > 0 && !lastHash.isEmpty ? ChainHead(sequence: lastSequence, hash: lastHash) : nil
    }
}

extension AppDatabase {
    /// Checks the journal's hash chain (every entry's hash recomputed from its changes and the
    /// previous hash; sequences and change rows contiguous), that every record is as its last
    /// journal entry left it (nothing edited outside the program), `PRAGMA integrity_check` and
    /// `PRAGMA foreign_key_check`, that the schema is exactly what the migrations make (tables,
    /// columns, indexes, triggers, views: every difference named), and that every anchored entry
    /// (`anchors`, from anchor files kept outside the data folder) is still in the chain unchanged.
    /// Cost: one pass over the journal and every table, and an in-memory store built once.
    public func verify(anchors: [Anchor] = []) throws -> VerificationReport {
        try read { db in
            var report = VerificationReport(entries: 0, changes: 0, problems: [])
            report.schemaDifferences = try StoreSchema.differences(db)
            report.problems += report.schemaDifferences.map { "结构不符 (schema): \($0.zh) (\($0.en))" }
            try JournalVerifier.chain(db, &report)
            try JournalVerifier.anchors(db, anchors, &report)
            try JournalVerifier.records(db, &report)
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                report.problems += integrity.prefix(20).map { "integrity_check: \($0)" }
            }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in fk.prefix(20) {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                report.problems.append("外键缺失 (foreign key broken): \(table) #\(rowid.map(String.init) ?? "?") → \(parent)")
            }
            return report
        }
    }
}

enum JournalVerifier {
    /// Each anchored entry must still be in the journal with the anchored hash; since every hash
    /// covers the one before it and the chain is checked whole, the history up to each anchor is
    /// then exactly what it was when the anchor was taken.
    static func anchors(_ db: Database, _ anchors: [Anchor], _ report: inout VerificationReport) throws {
        for anchor in anchors {
            report.anchorsChecked += 1
            let seq = anchor.head.sequence
            let stored = try String.fetchOne(db, sql: "SELECT hash FROM journal_entry WHERE sequence = ?", arguments: [seq])
            let place = "\(anchor.file):\(anchor.line)"
            guard let stored else {
                report.problems.append("锚点 \(place)：日志第\(seq)条已不存在，历史被截断或改写 (anchor \(place): journal entry \(seq) no longer exists: the history was truncated or rewritten)")
                continue
            }
            if stored != anchor.head.hash {
                report.problems.append("锚点 \(place)：日志第\(seq)条的哈希与锚点不同，历史被改写 (anchor \(place): journal entry \(seq) no longer has the anchored hash: the history was rewritten)")
            }
        }
    }

    static func chain(_ db: Database, _ report: inout VerificationReport) throws {
        let entries = try Row.fetchCursor(db, sql: """
            SELECT sequence, user, time, command, summary, kind, undoes, redoes, first_change, change_count, prev_hash, hash
            FROM journal_entry ORDER BY sequence
            """)
        let changes = try Row.fetchCursor(db, sql: "SELECT id, entry, table_name, row_id, before, after FROM journal_change ORDER BY id")
        var expectedSequence: Int64 = 1
        var expectedChange: Int64 = 1
        var previousHash = ""
        func problem(_ text: String) { if report.problems.count < 50 { report.problems.append(text) } }
        while let e = try entries.next() {
            let seq: Int64 = e["sequence"]
            report.entries += 1
            if seq != expectedSequence { problem("日志第\(expectedSequence)条缺失 (journal entry \(expectedSequence) is missing; next is \(seq))") }
            let prev: String = e["prev_hash"]
            if prev != previousHash { problem("第\(seq)条的前序哈希不符 (entry \(seq): previous hash does not match entry \(seq - 1))") }
            let first: Int64 = e["first_change"], count: Int64 = e["change_count"]
            if first != expectedChange { problem("第\(seq)条的变更记录不连续 (entry \(seq): changes start at \(first), expected \(expectedChange))") }
            var hasher = JournalHasher()
            for _ in 0..<count {
                guard let c = try changes.next() else {
                    problem("第\(seq)条的变更记录缺失 (entry \(seq): change rows missing)")
                    break
                }
                report.changes += 1
                let id: Int64 = c["id"], owner: Int64 = c["entry"]
                if owner != seq || id != expectedChange {
                    problem("变更记录 \(id) 不属于第\(seq)条 (change row \(id) does not belong to entry \(seq))")
                }
                expectedChange = id + 1
                hasher.add(table: c["table_name"], rowId: c["row_id"], before: c["before"], after: c["after"])
            }
            let header = JournalHasher.Header(previousHash: prev, sequence: seq, kind: e["kind"], user: e["user"],
                                              time: e["time"], command: e["command"], summary: e["summary"],
                                              undoes: e["undoes"], redoes: e["redoes"])
            let stored: String = e["hash"]
            if hasher.finish(header) != stored {
                problem("第\(seq)条的哈希不符：日志被改动过 (entry \(seq): hash mismatch — the journal was edited outside stationdesk)")
            }
            previousHash = stored
            report.lastHash = stored
            report.lastSequence = seq
            expectedSequence = seq + 1
        }
        while let c = try changes.next() {
            let id: Int64 = c["id"], owner: Int64 = c["entry"]
            problem("多余的变更记录 \(id)（第\(owner)条）(change row \(id) of entry \(owner) is not covered by any entry)")
        }
    }

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
