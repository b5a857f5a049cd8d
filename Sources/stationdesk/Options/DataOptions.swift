import ArgumentParser
import Foundation
import StationDomain
import StationExchange
import StationStore

/// `--data DIR` and `--share DIR`, taken by the root command and every subcommand.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp(
        "Folder of the store (stationdesk.sqlite).",
        discussion: "Default: $STATIONDESK_DATA, else $XDG_DATA_HOME/stationdesk, else ~/.local/share/stationdesk.",
        valueName: "DIR"))
    var data: String?

    @Option(name: .customLong("share"), help: ArgumentHelp(
        "The data/ folder with policy, calendar, pinyin and samples (default: found beside the program, or $STATIONDESK_SHARE).",
        valueName: "DIR"))
    var share: String?

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of the messages: zh or en (default: en when LC_ALL, LC_MESSAGES or LANG starts with en, else zh; the terminal program: zh).",
        valueName: "LANG"))
    var lang: Language?

    /// The store folder this invocation uses.
    var folder: String {
        DataLocation.resolve(explicit: data)
    }

    /// Opens the existing store for a command (only `init` and the terminal program create one:
    /// a missing or empty file is refused saying how to make a store) and refuses a login without
    /// a user record, even for reading. `.read` opens SQLite read-only (nothing written, so a
    /// read-only folder is no "write failed").
    func openStore(_ access: AppDatabase.Access = .write) throws -> AppDatabase {
        let db = OpenStores.keep(try AppDatabase.openExisting(folder: folder, access: access))
        try db.requireUser(LoginIdentity.current())
        return db
    }

    /// `openStore` for a read of the whole programme — everyone's journal, exports, reports,
    /// backups, anchors, `verify`: refused in plain words unless the login holds a clerk,
    /// approver or admin role (a reviewer sees only their own sheets and changes).
    func openStaffStore(_ access: AppDatabase.Access = .read) throws -> AppDatabase {
        let db = try openStore(access)
        try db.requireStaff(LoginIdentity.current())
        return db
    }

    /// How exports and reports may write next to this store: never inside its data folder; a new
    /// file as private as the store (or shared with its group); an existing one only with `force`.
    func exportOptions(_ db: AppDatabase, force: Bool) -> ExportFile.Options {
        let access = db.fileAccess()
        return ExportFile.Options(dataFolder: db.folder, replace: force, newFileMode: access.mode, group: access.group)
    }

    func shareDirectory() throws -> ShareDirectory {
        try ShareDirectory.locate(override: share)
    }
}
