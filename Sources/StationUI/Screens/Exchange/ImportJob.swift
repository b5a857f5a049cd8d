import StationExchange
import StationStore

/// A CSV import the app loop runs for a screen: `kind` read from `path`, named `fileName` in
/// messages (the path as the user typed it), checked only (`dryRun`) or written as one command
/// (StationExchange's `ImportFile`, a clerk's). Run with `App.importJob` (App+Import.swift).
public struct ImportJob: Sendable, Equatable {
    public var kind: ImportKind
    public var path: String
    public var fileName: String
    public var dryRun: Bool

    public init(kind: ImportKind, path: String, fileName: String, dryRun: Bool) {
        self.kind = kind; self.path = path; self.fileName = fileName; self.dryRun = dryRun
    }
}

extension AppDatabase {
    /// How an export may write next to this store: never inside its data folder; a new file as
    /// private as the store (`ExportFile.Options`; `replace` is set by the screen after asking).
    public var exportOptions: ExportFile.Options {
        let access = fileAccess()
        return ExportFile.Options(dataFolder: folder, newFileMode: access.mode, group: access.group)
    }
}
