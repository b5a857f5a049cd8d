import StationExchange
import StationStore

/// A CSV import the app loop runs for a screen: `kind` read from `path`, named `fileName` in
/// messages (the path as the user typed it), checked only (`dryRun`) or written as one command.
public struct ImportJob: Sendable, Equatable {
    public var kind: ImportKind
    public var path: String
    public var fileName: String
    public var dryRun: Bool

    public init(kind: ImportKind, path: String, fileName: String, dryRun: Bool) {
        self.kind = kind; self.path = path; self.fileName = fileName; self.dryRun = dryRun
    }
}

/// What a store must offer for the screens' CSV import: StationExchange's `Importer` against it.
/// Kept apart from `DeskStore` so test stores that never import need not implement it; the app
/// asks `ctx.store as? DeskExchange` and says so plainly when the store cannot import.
public protocol DeskExchange: AnyObject {
    /// Reads, checks and (unless `job.dryRun`) writes the file as one journal entry, one undo
    /// step. Throws `ImportFailure` (every bad row, cancelled) or the store's `StoreError` (a full
    /// disk, a lock held too long: `Catalog.describe` words them plainly); nothing is written then. Cost: see `Importer.run` (≈ 3.5 s for 200,000 talent rows, release build).
    func importFile(_ job: ImportJob, by user: String, control: ImportControl) throws -> ImportReport

    /// How an export may write next to this store: never inside its data folder; a new file as
    /// private as the store (`ExportFile.Options`; `replace` is set by the screen after asking).
    var exportOptions: ExportFile.Options { get }
}

extension DeskExchange {
    /// Stores that cannot say where their data lives: the path rules without the data folder.
    public var exportOptions: ExportFile.Options { ExportFile.Options(dataFolder: nil) }
}

extension AppDatabaseDeskStore: DeskExchange {
    public func importFile(_ job: ImportJob, by user: String, control: ImportControl) throws -> ImportReport {
        try Importer.run(job.kind, path: job.path, fileName: job.fileName, into: db, by: user,
                         dryRun: job.dryRun, control: control)
    }

    public var exportOptions: ExportFile.Options {
        let access = db.fileAccess()
        return ExportFile.Options(dataFolder: db.folder, newFileMode: access.mode, group: access.group)
    }
}
