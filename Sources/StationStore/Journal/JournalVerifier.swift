import GRDB
import StationDomain

/// What `AppDatabase.verify()` found: every problem in words, empty when all holds.
public struct VerificationReport: Sendable {
    public var entries: Int
    public var changes: Int
    /// The newest entry's hash: written down (or printed on paper) it anchors the chain, so even
    /// a wholesale rewrite of the journal shows on the next `verify`.
    public var lastHash: String = ""
    /// The newest entry's sequence number (0 when the journal is empty).
    public var lastSequence: Int64 = 0
    /// Each problem in both languages, for one at a time (`problemLines(_:)`).
    public var problems: [Words]
    /// The schema's differences from what the migrations make (each also in `problems`).
    public var schemaDifferences: [SchemaDifference] = []
    /// Id-list elements (a station's partners) naming a record that does not exist (each also in `problems`).
    public var danglingReferences: [DanglingReference] = []
    /// How many anchors were checked (`verify(anchors:)`).
    public var anchorsChecked = 0
    public var isIntact: Bool { problems.isEmpty }

    /// The problems in the reader's language only (one language at a time).
    public func problemLines(_ language: Language) -> [String] { problems.map { $0.text(language) } }

    /// The chain's head — the newest entry's sequence number and hash — as read; nil when empty.
    public var head: ChainHead? {
        lastSequence > 0 && !lastHash.isEmpty ? ChainHead(sequence: lastSequence, hash: lastHash) : nil
    }
}

extension AppDatabase {
    /// Checks the journal's hash chain (every entry's hash recomputed from its changes and the
    /// previous hash; sequences and change rows contiguous), that every record is as its last
    /// journal entry left it (nothing edited outside the program), `PRAGMA integrity_check` and
    /// `PRAGMA foreign_key_check` and every id list (`References.lists`), that the schema is exactly what the migrations make (tables,
    /// columns, indexes, triggers, views: every difference named), and that every anchored entry
    /// (`anchors`, from anchor files kept outside the data folder) is still in the chain unchanged.
    /// Cost: one pass over the journal and every table, and an in-memory store built once. The
    /// hash chain is checked on a second connection and thread at the same time as the rest
    /// (`ChainCheck`: the same snapshot; 10⁶ entries in about half the time on two cores).
    public func verify(anchors: [Anchor] = []) throws -> VerificationReport {
        try read { db in
            var report = VerificationReport(entries: 0, changes: 0, problems: [])
            // This connection's read lock first: the chain's connection then sees the same commit.
            _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            let chain = ChainCheck.start(path: path)
            report.schemaDifferences = try StoreSchema.differences(db)
            report.problems += report.schemaDifferences.map { Words("结构不符：\($0.zh)", "schema differs: \($0.en)") }
            var rest = VerificationReport(entries: 0, changes: 0, problems: [])
            try JournalVerifier.anchors(db, anchors, &rest)
            try JournalVerifier.records(db, &rest)
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] {
                rest.problems += integrity.prefix(20).map { Words(verbatim: "integrity_check: \($0)") }
            }
            report.danglingReferences = try References.dangling(db)
            for d in report.danglingReferences {
                let what = "\(d.table) #\(d.id) \(d.column) → \(d.target) #\(d.missingId)"
                report.problems.append(Words("引用缺失：\(what)", "dangling reference: \(what)"))
            }
            let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            for row in fk.prefix(20) {
                let table: String = row[0], rowid: Int64? = row[1], parent: String = row[2]
                let what = "\(table) #\(rowid.map(String.init) ?? "?") → \(parent)"
                rest.problems.append(Words("外键缺失：\(what)", "foreign key broken: \(what)"))
            }
            let found: ChainCheck.Result
            switch chain.wait() {
            case .done(let r): found = r
            case .failed(let error): throw error
            case .busy: found = try ChainCheck.run(db.sqliteConnection!)
            }
            // In the order the checks always reported: schema, chain (at most 50 lines with the
            // schema's), anchors, records, integrity, foreign keys.
            report.entries = found.entries
            report.changes = found.changes
            report.lastHash = found.lastHash
            report.lastSequence = found.lastSequence
            report.problems += found.problems.prefix(max(0, 50 - report.problems.count))
            report.problems += rest.problems
            report.anchorsChecked = rest.anchorsChecked
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
                report.problems.append(Words("锚点 \(place)：日志第\(seq)条已不存在，历史被截断或改写",
                                             "anchor \(place): journal entry \(seq) no longer exists: the history was truncated or rewritten"))
                continue
            }
            if stored != anchor.head.hash {
                report.problems.append(Words("锚点 \(place)：日志第\(seq)条的哈希与锚点不同，历史被改写",
                                             "anchor \(place): journal entry \(seq) no longer has the anchored hash: the history was rewritten"))
            }
        }
    }

    /// Every row must be as the last journal change of it left it, and every row the journal
    /// says exists must exist. A record's last change is found by one seek on the
    /// (table_name, row_id, entry) index — its newest entry, and within it the newest change —
    /// which is its highest change id wherever the chain holds (the chain check reports it where
    /// not). Cost: one seek per record and one pass over the table's distinct row ids on that
    /// index, reading no change row but the last ones (issue 15: grouping every change row by
    /// record, twice, read the whole journal: 10⁶ changes of one partner, 340 ms).
    static func records(_ db: Database, _ report: inout VerificationReport) throws {
        for spec in TableRegistry.all {
            func last(_ column: String, of rowId: String) -> String {
                """
                (SELECT c.\(column) FROM journal_change c WHERE c.table_name = ? AND c.row_id = \(rowId)
                 ORDER BY c.entry DESC, c.id DESC LIMIT 1)
                """
            }
            let differing = try Row.fetchAll(db, sql: """
                SELECT r.id AS id, \(last("id", of: "r.id")) AS last_id FROM "\(spec.name)" r
                WHERE \(last("after", of: "r.id")) IS NOT \(spec.imageExpression(alias: "r")) LIMIT 10
                """, arguments: [spec.name, spec.name])
            for row in differing {
                let id: Int64 = row["id"]
                let lastId: Int64? = row["last_id"]
                report.problems.append(lastId == nil
                    ? Words("\(spec.name) #\(id) 不在日志中：在 stationdesk 之外写入", "\(spec.name) #\(id) is not in the journal: written outside stationdesk")
                    : Words("\(spec.name) #\(id) 与日志不符：在 stationdesk 之外改动",
                            "\(spec.name) #\(id) differs from its last journal entry: edited outside stationdesk"))
            }
            let missing = try Int64.fetchAll(db, sql: """
                SELECT d.row_id FROM (SELECT DISTINCT row_id FROM journal_change WHERE table_name = ?) d
                WHERE NOT EXISTS (SELECT 1 FROM "\(spec.name)" t WHERE t.id = d.row_id)
                  AND \(last("after", of: "d.row_id")) IS NOT NULL LIMIT 10
                """, arguments: [spec.name, spec.name])
            for id in missing {
                report.problems.append(Words("\(spec.name) #\(id) 缺失：日志中有此记录，在 stationdesk 之外删除",
                                             "\(spec.name) #\(id) is missing though the journal has it: deleted outside stationdesk"))
            }
        }
    }
}
