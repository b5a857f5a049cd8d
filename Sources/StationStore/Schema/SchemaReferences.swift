/// Schema step (issue 8, "nothing dangling"): an index on every foreign-key column that had none,
/// so asking "who refers to this record?" before a delete is an index lookup, not a scan of the
/// talents; and a unit's written note when its credit code is not a Liuzhou one (Art. 4.1).
enum SchemaReferences {
    static let sql = """
        CREATE INDEX reviewer_tie_unit ON reviewer_tie(unit_id);
        CREATE INDEX reviewer_tie_partner ON reviewer_tie(partner_id);
        CREATE INDEX talent_employer_unit ON talent(employer_unit_id);
        CREATE INDEX station_renews ON station(renews_station_id);
        CREATE INDEX application_renews ON application(renews_station_id);
        ALTER TABLE unit ADD COLUMN location_note TEXT;
        """
}
