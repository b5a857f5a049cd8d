/// Schema step for score sheets as reviewers fill them (issue 13), users who can be deactivated,
/// and each user's preferences. New columns accept NULL, so undoing an entry made before the
/// step restores its row image as it was.
enum ReviewsSchema {
    static let sql = """
        ALTER TABLE score_sheet ADD COLUMN notes TEXT;
        ALTER TABLE score_sheet ADD COLUMN deadline TEXT;
        ALTER TABLE score_sheet ADD COLUMN reopen_reason TEXT;
        ALTER TABLE score_sheet ADD COLUMN withdrawn_on TEXT;
        ALTER TABLE score_sheet ADD COLUMN withdrawn_reason TEXT;
        CREATE UNIQUE INDEX score_sheet_assignment ON score_sheet(subject, subject_id, reviewer);

        -- What a reviewer typed and has not submitted, saved on every line entered. Not journalled:
        -- it is unfinished input that only its reviewer may read (the journal is read by clerks);
        -- submitting journals the whole sheet and removes the draft.
        CREATE TABLE score_draft (
            sheet_id INTEGER PRIMARY KEY,
            reviewer TEXT NOT NULL,
            scores TEXT NOT NULL,
            notes TEXT NOT NULL,
            comment TEXT NOT NULL,
            saved_at TEXT NOT NULL
        ) STRICT;

        ALTER TABLE app_user ADD COLUMN deactivated_on TEXT;

        CREATE TABLE user_preference (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE,
            language TEXT,
            theme TEXT,
            ambiguous_wide INTEGER
        ) STRICT;

        -- An admin opening the program as another user (`--as LOGIN`): one row per session, so
        -- the journal records "admin X acting as LOGIN" with the time.
        CREATE TABLE acting_session (
            id INTEGER PRIMARY KEY,
            admin TEXT NOT NULL,
            login TEXT NOT NULL,
            started_at TEXT NOT NULL
        ) STRICT;
        """
}
