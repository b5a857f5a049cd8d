import Foundation
import StationDomain
import StationStore

/// `stationdesk import KIND FILE`: read, check every row, and write all rows as one command (one
/// journal entry, one undo step), or nothing.
///
/// A dry run checks against the store as read; a real import checks inside its write transaction,
/// against what is stored at that moment, so two clerks importing at once cannot both add the
/// same record (the write lock is held while checking: ~0.1 s per 100,000 rows). Stored talents
/// are read as key columns only (`talentKeys()`), so a full table adds little to the check.
/// Cost (`stationdesk import`, release, 200,000 talent rows / 30 MB, this 2-core machine): 1.9–2.5 s
/// whole process at load 1–2, about 2 s of CPU. By instructions (callgrind, 20,000 rows, 1,567 M):
/// the inserts ≈ 36 % (SQLite's own ≈ 26 %), the journal run ≈ 32 % (SQLite's json_object and
/// B-tree; SHA-256, which valgrind counts without this CPU's SHA-NI), checking ≈ 19 %, CSV ≈ 9 %.
public enum Importer {
    /// Reads, checks and (unless `dryRun`) writes `path` as `kind`. `fileName` is the name used in
    /// messages (default: the path). Throws `ImportFailure` for every refusal of the file, and the
    /// store's own `StoreError` (typed: `.diskFull`, `.busy`, …) when the store refused the write, so
    /// that callers can say it plainly; nothing is written either way.
    public static func run(_ kind: ImportKind, path: String, fileName: String? = nil, into db: AppDatabase,
                           by user: String, dryRun: Bool = false, control: ImportControl? = nil,
                           asSetUp: Bool = false) throws -> ImportReport {
        let table = try CSVTable.read(path: path, fileName: fileName, control: control)
        return try run(kind, table: table, into: db, by: user, dryRun: dryRun, control: control, asSetUp: asSetUp)
    }

    /// The same for a table already read (the UI reads the file first to show its size).
    /// `asSetUp`: the demo's sample data, journalled as set-up (not undone by `u`).
    public static func run(_ kind: ImportKind, table: CSVTable, into db: AppDatabase, by user: String,
                           dryRun: Bool = false, control: ImportControl? = nil, asSetUp: Bool = false) throws -> ImportReport {
        // The file's name goes into the journal (command and summary): the same rules as any name.
        if let reason = TextRules.problem(in: table.fileName, as: .line) {
            throw ImportFailure.fileName(file: TextRules.printable(table.fileName),
                                         problem: TextProblem(field: "FILE", reason: reason))
        }
        if dryRun {
            let context = try storeCall { try ImportContext(kind, from: db) }
            let batch = try RowValidation.check(table, as: kind, against: context, control: control)
            return ImportReport(kind: kind, fileName: table.fileName, encoding: table.encoding,
                                count: batch.records.count, dryRun: true, journalSequence: nil)
        }
        let count = try storeCall { try db.perform(ImportFile(kind: kind, table: table, control: control), by: user, asSetUp: asSetUp) }
        var report = ImportReport(kind: kind, fileName: table.fileName, encoding: table.encoding,
                                  count: count, dryRun: false, journalSequence: nil)
        report.journalSequence = count > 0 ? try? db.undoCandidate(for: user) : nil
        return report
    }

    /// Inserts every record; checks `control` every 4,096 rows (a cancel throws, and the
    /// transaction rolls back).
    static func insert(_ records: ImportRecords, with journal: JournalWriter, control: ImportControl?) throws {
        func each<R: StoredRecord>(_ rows: [R]) throws {
            for (n, r) in rows.enumerated() {
                if n & 4095 == 0, let control { try control.checkpoint(.writing, done: n, total: rows.count) }
                try journal.insert(r)
            }
            try control?.checkpoint(.writing, done: rows.count, total: rows.count)
        }
        switch records {
        case .units(let r): try each(r)
        case .partners(let r): try each(r)
        case .stations(let r): try each(r)
        case .talents(let r): try each(r)
        }
    }

    /// Import failures, refusals (a login without the clerk role) and `StoreError`s pass as they are (a full disk stays `.diskFull`, which the
    /// CLI and the UI put in plain words); anything else becomes `ImportFailure.store` with its message.
    static func storeCall<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let failure as ImportFailure { throw failure } catch let error as StoreError {
            throw error
        } catch let refused as Refused {
            throw refused
        } catch let error as StoreAccessError {
            throw error   // read-only, schema altered: in its own words
        } catch {
            throw ImportFailure.store("\(error)")
        }
    }
}

/// The import as a store command (`Permission.imports`, a clerk's): the rows are checked inside the
/// write transaction, against what is stored at that moment, then inserted; outcome: the count.
/// Journal: "import-units" etc., about the file's name.
public struct ImportFile: StoreCommand {
    public static let permission = Permission.imports
    public var kind: ImportKind
    public var table: CSVTable
    public var control: ImportControl?

    public init(kind: ImportKind, table: CSVTable, control: ImportControl? = nil) {
        self.kind = kind; self.table = table; self.control = control
    }

    public var name: String { "import-\(kind.rawValue)" }

    public func perform(_ tx: CommandContext) throws -> Int {
        let context = try ImportContext(kind, from: tx.writer)
        let batch = try RowValidation.check(table, as: kind, against: context, control: control)
        tx.subject = table.fileName
        try Importer.insert(batch.records, with: tx.writer, control: control)
        return batch.records.count
    }
}

extension ImportContext {
    /// What a `kind` file may refer to or duplicate, read from the store (only the tables it needs).
    init(_ kind: ImportKind, from db: AppDatabase) throws {
        switch kind {
        case .units: self.init(units: try db.units())
        case .partners: self.init(partners: try db.partners())
        case .stations: self.init(units: try db.units(), partners: try db.partners(), stations: try db.stations())
        case .talents: self.init(units: try db.units(), stations: try db.stations(), talentKeys: try db.talentKeys())
        }
    }

    /// The same inside a write transaction.
    init(_ kind: ImportKind, from journal: JournalWriter) throws {
        switch kind {
        case .units: self.init(units: try journal.records(StationDomain.Unit.self))
        case .partners: self.init(partners: try journal.records(Partner.self))
        case .stations:
            self.init(units: try journal.records(StationDomain.Unit.self), partners: try journal.records(Partner.self),
                      stations: try journal.records(Station.self))
        case .talents:
            // Only the key columns of stored talents: the duplicate check needs nothing else.
            self.init(units: try journal.records(StationDomain.Unit.self), stations: try journal.records(Station.self),
                      talentKeys: try journal.talentKeys())
        }
    }
}
