/// Schema step for the applications round (issue 11): a provisional continuation states the plan
/// period and cap it continues with (NULL in rows recorded before: the default, 十五五 2026–2030,
/// cap 10); `station_period` keeps every management period a signed agreement started, so a
/// renewal continues its station instead of setting up a new one.
enum ApplicationsSchema {
    static let sql = """
        ALTER TABLE provisional_continuation ADD COLUMN plan_name TEXT;
        ALTER TABLE provisional_continuation ADD COLUMN plan_first_year INTEGER;
        ALTER TABLE provisional_continuation ADD COLUMN plan_last_year INTEGER;
        ALTER TABLE provisional_continuation ADD COLUMN plan_cap INTEGER;
        CREATE TABLE station_period (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            agreement_date TEXT NOT NULL,
            application_id INTEGER REFERENCES application(id),
            renewal INTEGER NOT NULL DEFAULT 0,
            appointment_letter_on TEXT
        ) STRICT;
        CREATE INDEX station_period_station ON station_period(station_id, agreement_date);
        """
}
