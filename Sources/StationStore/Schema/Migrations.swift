import GRDB

/// The store's schema, as numbered migrations. `PRAGMA user_version` holds the number applied;
/// each migration runs in one exclusive transaction with the version bump, so a crash leaves the
/// store at the old version or the new one, never between. Append only: never edit a shipped step.
/// A step that adds a column must accept NULL in it (or rewrite old images): undoing an entry made
/// before the step restores its row image, which has no value for the new column.
enum Migrations {
    /// 'SDK1': marks a file as a stationdesk store (`PRAGMA application_id`, file header offset 68).
    static let applicationId: Int32 = 0x5344_4B31

    static let steps: [(version: Int, sql: String)] = [
        (1, version1),
        (2, SchemaVersion2.sql),
        (3, ApplicationsSchema.sql),
        (4, SchemaStationsTalents.sql),
        (5, SchemaReferences.sql),
        (6, ReviewsSchema.sql),
        (7, SchemaMoney.sql),
        (8, SchemaTalentCounts.sql),
    ]

    static var latest: Int { steps.last!.version }

    /// Brings `db` to `latest`; throws `newerSchema` for a store from a newer program.
    static func migrate(_ db: Database, path: String) throws {
        let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        if current > latest { throw StoreError.newerSchema(path: path, found: current, supported: latest) }
        if current == latest { return }
        for step in steps where step.version > current {
            try db.inTransaction(.exclusive) {
                // Another process may have migrated while we waited for the lock.
                let now = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if now >= step.version { return .commit }
                if step.version == 1 { try db.execute(sql: "PRAGMA application_id = \(applicationId)") }
                try db.execute(sql: step.sql)
                try db.execute(sql: "PRAGMA user_version = \(step.version)")
                return .commit
            }
        }
    }

    /// Users, units, partners and the journal.
    static let version1 = """
        CREATE TABLE app_user (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            display_name TEXT NOT NULL,
            roles TEXT NOT NULL
        ) STRICT;
        CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            credit_code TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            address TEXT NOT NULL,
            contact TEXT NOT NULL
        ) STRICT;
        CREATE INDEX unit_name ON unit(name);
        CREATE TABLE partner (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            city TEXT NOT NULL,
            contact TEXT NOT NULL
        ) STRICT;
        CREATE INDEX partner_name ON partner(name);

        -- One row per command. The changes of entry E are journal_change rows
        -- first_change ..< first_change + change_count (contiguous ids, so no index on entry).
        CREATE TABLE journal_entry (
            sequence INTEGER PRIMARY KEY,
            user TEXT NOT NULL,
            time TEXT NOT NULL,
            command TEXT NOT NULL,
            summary TEXT NOT NULL,
            kind TEXT NOT NULL,
            undoes INTEGER,
            redoes INTEGER,
            first_change INTEGER NOT NULL,
            change_count INTEGER NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL
        ) STRICT;
        CREATE INDEX journal_entry_user ON journal_entry(user, sequence);
        CREATE TABLE journal_change (
            id INTEGER PRIMARY KEY,
            entry INTEGER NOT NULL,
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            before TEXT,
            after TEXT
        ) STRICT;
        CREATE INDEX journal_change_record ON journal_change(table_name, row_id, entry);
        CREATE TRIGGER journal_entry_append_only_u BEFORE UPDATE ON journal_entry
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_entry_append_only_d BEFORE DELETE ON journal_entry
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_change_append_only_u BEFORE UPDATE ON journal_change
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        CREATE TRIGGER journal_change_append_only_d BEFORE DELETE ON journal_change
            BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;
        """
}
