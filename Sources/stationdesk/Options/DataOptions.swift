import ArgumentParser
import Foundation
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

    /// The store folder this invocation uses.
    var folder: String {
        DataLocation.resolve(explicit: data)
    }

    /// Opens (creating on first run) the store; the current login becomes its first admin.
    func openStore() throws -> AppDatabase {
        let db = OpenStores.keep(try AppDatabase.open(folder: folder))
        try db.ensureFirstAdmin(LoginIdentity.current())
        return db
    }

    func shareDirectory() throws -> ShareDirectory {
        try ShareDirectory.locate(override: share)
    }
}
