/// Schema step 2: every other record of SPEC — rounds, applications and their procedure, reviews,
/// notices, stations, talents, evaluations, money and policy versions. Lists (partner ids, staff,
/// checklists, scores) are JSON text with sorted keys, so a row image is stable.
enum SchemaVersion2 {
    static let sql = """
        CREATE TABLE round (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL,
            places INTEGER NOT NULL CHECK (places >= 0),
            opened_on TEXT NOT NULL,
            note TEXT NOT NULL
        ) STRICT;
        CREATE TABLE application (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES round(id),
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            partner_ids TEXT NOT NULL,
            type TEXT NOT NULL,
            proposed_name TEXT NOT NULL,
            proposed_head TEXT NOT NULL,
            staff TEXT NOT NULL,
            state TEXT NOT NULL,
            conditions TEXT NOT NULL,
            materials TEXT NOT NULL,
            site_visit TEXT,
            renews_station_id INTEGER REFERENCES station(id),
            created_on TEXT NOT NULL
        ) STRICT;
        CREATE INDEX application_round ON application(round_id);
        CREATE INDEX application_unit ON application(unit_id);
        CREATE TABLE application_event (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES application(id),
            from_state TEXT NOT NULL,
            to_state TEXT NOT NULL,
            by_user TEXT NOT NULL,
            on_date TEXT NOT NULL,
            reference TEXT NOT NULL,
            reason TEXT NOT NULL
        ) STRICT;
        CREATE INDEX application_event_application ON application_event(application_id);
        CREATE TABLE notice (
            id INTEGER PRIMARY KEY,
            round_id INTEGER NOT NULL REFERENCES round(id),
            application_ids TEXT NOT NULL,
            published_on TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL
        ) STRICT;
        CREATE INDEX notice_round ON notice(round_id);
        CREATE TABLE objection (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES application(id),
            lodged_on TEXT NOT NULL,
            text TEXT NOT NULL,
            resolution TEXT,
            resolved_on TEXT
        ) STRICT;
        CREATE INDEX objection_application ON objection(application_id);
        CREATE TABLE quota_exception (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES application(id),
            kind TEXT NOT NULL,
            reason TEXT NOT NULL,
            by_user TEXT NOT NULL,
            on_date TEXT NOT NULL
        ) STRICT;
        CREATE INDEX quota_exception_application ON quota_exception(application_id);
        CREATE TABLE score_sheet (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            reviewer TEXT NOT NULL,
            form_id TEXT NOT NULL,
            form_version INTEGER NOT NULL,
            scores TEXT NOT NULL,
            comment TEXT NOT NULL,
            submitted_on TEXT
        ) STRICT;
        CREATE INDEX score_sheet_subject ON score_sheet(subject, subject_id);
        CREATE INDEX score_sheet_reviewer ON score_sheet(reviewer);
        CREATE TABLE reviewer_tie (
            id INTEGER PRIMARY KEY,
            reviewer TEXT NOT NULL,
            unit_id INTEGER REFERENCES unit(id),
            partner_id INTEGER REFERENCES partner(id),
            note TEXT NOT NULL
        ) STRICT;
        CREATE INDEX reviewer_tie_reviewer ON reviewer_tie(reviewer);
        CREATE TABLE station (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            unit_id INTEGER NOT NULL REFERENCES unit(id),
            partner_ids TEXT NOT NULL,
            head TEXT NOT NULL,
            staff TEXT NOT NULL,
            agreement_date TEXT NOT NULL,
            status TEXT NOT NULL,
            application_id INTEGER REFERENCES application(id),
            renews_station_id INTEGER REFERENCES station(id),
            plaque_on TEXT,
            appointment_letter_on TEXT,
            ended_on TEXT,
            revocation_reference TEXT NOT NULL
        ) STRICT;
        CREATE INDEX station_name ON station(name);
        CREATE INDEX station_unit ON station(unit_id);
        CREATE TABLE staff_filing (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            filed_on TEXT NOT NULL,
            role TEXT NOT NULL,
            old_person TEXT NOT NULL,
            new_person TEXT NOT NULL,
            reason TEXT NOT NULL
        ) STRICT;
        CREATE INDEX staff_filing_station ON staff_filing(station_id);
        CREATE TABLE activity (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            on_date TEXT NOT NULL,
            duty INTEGER NOT NULL,
            title TEXT NOT NULL,
            note TEXT NOT NULL
        ) STRICT;
        CREATE INDEX activity_station ON activity(station_id, on_date);
        CREATE TABLE talent (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            category TEXT,
            employer TEXT NOT NULL,
            employer_unit_id INTEGER REFERENCES unit(id),
            introduced_on TEXT NOT NULL,
            station_id INTEGER REFERENCES station(id),
            note TEXT NOT NULL,
            id_number TEXT NOT NULL
        ) STRICT;
        CREATE INDEX talent_station ON talent(station_id, introduced_on);
        CREATE TABLE evaluation (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            year INTEGER NOT NULL,
            computed_count INTEGER NOT NULL,
            corrected_count INTEGER,
            correction_reason TEXT NOT NULL,
            far_below_standard INTEGER NOT NULL,
            did_not_cooperate INTEGER NOT NULL,
            in_name_only INTEGER NOT NULL,
            grade TEXT,
            decided_on TEXT,
            decision_reference TEXT NOT NULL,
            UNIQUE (station_id, year)
        ) STRICT;
        CREATE TABLE subsidy (
            id INTEGER PRIMARY KEY,
            station_id INTEGER NOT NULL REFERENCES station(id),
            year INTEGER NOT NULL,
            grade TEXT NOT NULL,
            cap INTEGER NOT NULL,
            approved INTEGER,
            decided_on TEXT,
            due_on TEXT,
            UNIQUE (station_id, year)
        ) STRICT;
        CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            subsidy_id INTEGER NOT NULL REFERENCES subsidy(id),
            paid_on TEXT NOT NULL,
            amount INTEGER NOT NULL,
            reference TEXT NOT NULL
        ) STRICT;
        CREATE INDEX payment_subsidy ON payment(subsidy_id);
        CREATE TABLE spending_line (
            id INTEGER PRIMARY KEY,
            subsidy_id INTEGER NOT NULL REFERENCES subsidy(id),
            on_date TEXT NOT NULL,
            use TEXT NOT NULL,
            amount INTEGER NOT NULL,
            note TEXT NOT NULL
        ) STRICT;
        CREATE INDEX spending_line_subsidy ON spending_line(subsidy_id);
        CREATE TABLE clawback (
            id INTEGER PRIMARY KEY,
            subsidy_id INTEGER NOT NULL REFERENCES subsidy(id),
            ordered_on TEXT NOT NULL,
            amount INTEGER NOT NULL,
            reason TEXT NOT NULL
        ) STRICT;
        CREATE INDEX clawback_subsidy ON clawback(subsidy_id);
        CREATE TABLE policy_version (
            id INTEGER PRIMARY KEY,
            policy_id TEXT NOT NULL,
            version INTEGER NOT NULL,
            valid_from TEXT NOT NULL,
            valid_until TEXT NOT NULL,
            content TEXT NOT NULL,
            loaded_by TEXT NOT NULL,
            loaded_on TEXT NOT NULL,
            UNIQUE (policy_id, version)
        ) STRICT;
        CREATE TABLE provisional_continuation (
            id INTEGER PRIMARY KEY,
            policy_id TEXT NOT NULL,
            from_date TEXT NOT NULL,
            until_date TEXT,
            reason TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            recorded_on TEXT NOT NULL
        ) STRICT;
        """
}
