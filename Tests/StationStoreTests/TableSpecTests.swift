import GRDB
import XCTest
@testable import StationStore

/// The journal writes and restores rows through `TableSpec`s: a column the spec forgets is lost on
/// undo, a table not registered cannot be undone or verified. So: every table of the schema is
/// registered, and every spec names exactly its table's columns (a column added later accepts NULL).
final class TableSpecTests: StoreTestCase {
    func testEveryTableIsRegisteredAndEverySpecMatchesItsColumns() throws {
        let db = try openStore()
        let journalTables: Set<String> = ["journal_entry", "journal_change"]
        try db.queue.read { d in
            let tables = try String.fetchAll(d, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            let registered = Set(TableRegistry.all.map(\.name))
            XCTAssertEqual(Set(tables).subtracting(journalTables).subtracting(TableRegistry.unjournalled), registered,
                           "every table registered (but the declared unjournalled ones), every registered table exists")
            XCTAssertEqual(registered.count, TableRegistry.all.count, "no table registered twice")
            XCTAssertEqual(TableRegistry.all.map(\.name), TableRegistry.names, "each name reaches the spec of that table")
            for name in TableRegistry.names { XCTAssertEqual(try TableRegistry.spec(name).name, name) }
            XCTAssertNil(TableRegistry.lookup("journal_entry"), "the journal's own tables are not registered")
            XCTAssertThrowsError(try TableRegistry.spec("score_draft"), "an unjournalled table has no spec")
            for spec in TableRegistry.all {
                let info = try Row.fetchAll(d, sql: "SELECT name, \"notnull\" FROM pragma_table_info(?)", arguments: [spec.name])
                let columns = info.map { $0["name"] as String }
                XCTAssertEqual(columns.first, "id", "\(spec.name): id first")
                XCTAssertEqual(Set(columns.dropFirst()), Set(spec.columns), "\(spec.name): the spec names exactly the table's columns")
                XCTAssertEqual(spec.columns.count, columns.count - 1, "\(spec.name): no column named twice")
                for later in spec.addedLater {
                    let notNull: Int = info.first { $0["name"] == later }?["notnull"] ?? 1
                    XCTAssertEqual(notNull, 0, "\(spec.name).\(later): a column added later accepts NULL")
                }
            }
        }
    }
}
