/// Schema step (issue 12): what a station keeps through its two years and the talents' employer
/// kind. New columns accept NULL and are `addedLater` in their `TableSpec`s, so rows stored before
/// keep the images their journal entries recorded (undo and `verify` compare them).
/// - talent.employer_kind: enterprise / institution / other, NULL = not yet classified. Existing
///   talents whose employer is a unit are *not* classified here (a migration writes no journal
///   entry); the 待办 list shows them for a clerk to classify.
/// - station.termination_letter_on / _reference: the Bureau's letter recording the end (Art. 8).
/// - staff_filing.acknowledged_on: the Bureau's acknowledgement of a filing (Art. 9).
/// - activity.place / participants / outcome / evidence (Art. 7).
/// - talent_demand: demand collected from Liuzhou enterprises (需求征集).
enum SchemaStationsTalents {
    static let sql = """
        ALTER TABLE talent ADD COLUMN employer_kind TEXT;
        ALTER TABLE station ADD COLUMN termination_letter_on TEXT;
        ALTER TABLE station ADD COLUMN termination_letter_reference TEXT;
        ALTER TABLE staff_filing ADD COLUMN acknowledged_on TEXT;
        ALTER TABLE activity ADD COLUMN place TEXT;
        ALTER TABLE activity ADD COLUMN participants TEXT;
        ALTER TABLE activity ADD COLUMN outcome TEXT;
        ALTER TABLE activity ADD COLUMN evidence TEXT;
        CREATE TABLE talent_demand (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            enterprise TEXT NOT NULL,
            need TEXT NOT NULL,
            headcount INTEGER NOT NULL,
            field TEXT NOT NULL,
            collected_on TEXT NOT NULL,
            published INTEGER NOT NULL,
            published_where TEXT NOT NULL
        ) STRICT;
        CREATE INDEX talent_demand_station ON talent_demand(station_id, collected_on);
        """
}
