import Foundation
import StationDomain
import StationStore

/// The demo records behind `stationdesk --demo`: data/sample/{units,partners,stations,talents}.csv,
/// loaded through the same importer a clerk uses (so the demo also proves the import path).
/// All names, codes and people in them are fictional.
public enum DemoData {
    /// The files, in the order they must be imported (each refers to the ones before).
    public static let files: [(kind: ImportKind, file: String)] = [
        (.units, "units.csv"), (.partners, "partners.csv"), (.stations, "stations.csv"), (.talents, "talents.csv"),
    ]

    /// Imports the sample files into `db` as four commands (four journal entries) by `user`, then
    /// adds the evaluation history computed from them (`DemoEvaluations`, a fifth command; it
    /// reads the policy and calendar from the share folder that holds `sampleFolder`).
    /// Throws `ImportFailure` naming the file and rows if a sample file is bad, and refuses a store
    /// that already holds units (the demo is meant for a fresh store). Cost: ~50 ms.
    public static func seed(into db: AppDatabase, sampleFolder: String, by user: String) throws {
        try seed(into: db, sampleFolder: sampleFolder, by: user, evaluationsThrough: 2025)
    }

    /// `evaluationsThrough`: the last evaluated year; nil for the imported records only.
    static func seed(into db: AppDatabase, sampleFolder: String, by user: String, evaluationsThrough: Int?) throws {
        if try !db.units().isEmpty {
            throw ImportFailure.store("演示数据只能载入空的数据库 (demo data loads only into an empty store): \(db.folder)")
        }
        for (kind, file) in files {
            let path = (sampleFolder as NSString).appendingPathComponent(file)
            // Set-up, not work: `u` in the demo does not unload the demo (issue 8).
            _ = try Importer.run(kind, path: path, fileName: "sample/\(file)", into: db, by: user, asSetUp: true)
        }
        if let year = evaluationsThrough {
            let share = ShareDirectory(path: (sampleFolder as NSString).deletingLastPathComponent)
            do { try DemoEvaluations.seed(into: db, share: share, through: year, by: user) } catch let e as ImportFailure {
                throw e
            } catch { throw ImportFailure.store("\(error)") }
        }
    }
}
