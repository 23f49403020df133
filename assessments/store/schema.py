"""The database schema and its forward migrations.

``PRAGMA user_version`` holds the schema version. Each migration moves one version forward and
runs in the same transaction as the version bump, so a failed migration leaves the old schema
intact (and the store takes a backup before migrating). Never edit a released migration; add a
new one.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 1: units, assessments and their answers.
    """
    CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        name_key TEXT NOT NULL UNIQUE,  -- Turkish case-folded name: "İMAR" == "imar"
        created_at TEXT NOT NULL
    );
    CREATE TABLE assessments (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        round TEXT NOT NULL,
        questionnaire_id TEXT NOT NULL,
        questionnaire_version TEXT NOT NULL,
        questionnaire_fingerprint TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
        revision INTEGER NOT NULL DEFAULT 0,
        respondent TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'export', 'template')),
        out_of_scope TEXT NOT NULL DEFAULT '[]',  -- JSON list of dimension ids
        UNIQUE (unit_id, round)
    );
    CREATE TABLE answers (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        current_level INTEGER CHECK (current_level BETWEEN 0 AND 5),
        target_level INTEGER CHECK (target_level BETWEEN 0 AND 5),
        not_applicable INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        evidence TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (assessment_id, question_id)
    );
    """,
    # 2: the edit history (audit trail), the import log, where the user left off, and the
    #    provenance of imported assessments.
    """
    CREATE TABLE answer_history (
        id INTEGER PRIMARY KEY,
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        question_id TEXT NOT NULL,
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL
    );
    CREATE INDEX answer_history_assessment ON answer_history (assessment_id, id);
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        assessment_uuid TEXT
    );
    CREATE INDEX imports_sha256 ON imports (sha256);
    ALTER TABLE assessments ADD COLUMN position TEXT;
    ALTER TABLE assessments ADD COLUMN source_file TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN exported_at TEXT NOT NULL DEFAULT '';
    ALTER TABLE assessments ADD COLUMN flags TEXT NOT NULL DEFAULT '[]';
    """,
    # 3: files set aside in a conflict: another assessment (uuid) for a unit and round that
    #    already has one. Kept whole for the coordinator to decide; never replacing the stored.
    """
    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        set_aside_at TEXT NOT NULL,
        assessment_uuid TEXT NOT NULL,
        unit TEXT NOT NULL,
        round TEXT NOT NULL,
        revision INTEGER NOT NULL,
        exported_at TEXT NOT NULL,
        stored_uuid TEXT NOT NULL,  -- the assessment it clashed with
        identity TEXT NOT NULL,  -- JSON: the file's identity and provenance
        answers TEXT NOT NULL  -- JSON list of the file's answers
    );
    CREATE INDEX conflicts_place ON conflicts (unit, round);
    """,
    # 4: the action plan (store/plans.py): one row a plan holding it as JSON, since it is
    #    always read, validated and written whole, and its edit history, item by item.
    """
    CREATE TABLE plans (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        version INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        body TEXT NOT NULL  -- assessments.plan.codec's JSON
    );
    CREATE TABLE plan_history (
        id INTEGER PRIMARY KEY,
        plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        item_key TEXT NOT NULL,
        kind TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        changed_at TEXT NOT NULL,
        who TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX plan_history_plan ON plan_history (plan_id, id);
    """,
    # 5: the unit profile an assessment was made on (assessments/profiles.py); NULL for the
    #    assessments made before profiles and for the whole questionnaire chosen in 1.x.
    """
    ALTER TABLE assessments ADD COLUMN profile TEXT;
    """,
    # 6: monitoring (store/monitoring.py): every collected progress form, never overwritten
    #    (the history); a unit's report for a period is its form saved last.
    """
    CREATE TABLE progress_reports (
        id INTEGER PRIMARY KEY,
        plan_key TEXT NOT NULL,
        period TEXT NOT NULL,
        unit TEXT NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        collected_at TEXT NOT NULL,
        modified INTEGER NOT NULL DEFAULT 0,
        body TEXT NOT NULL  -- the actions' and indicators' values as JSON
    );
    CREATE INDEX progress_reports_unit ON progress_reports (plan_key, period, unit, saved_at);
    CREATE INDEX progress_reports_sha ON progress_reports (sha256);
    """,
    # 7: the data-collection rounds (store/collection.py): the expected units of a round, its
    #    due date, and whether it is closed.
    """
    CREATE TABLE collection_rounds (
        round TEXT PRIMARY KEY,
        expected TEXT NOT NULL,  -- JSON list of unit names
        due TEXT NOT NULL DEFAULT '',
        opened_at TEXT NOT NULL,
        closed_at TEXT NOT NULL DEFAULT ''
    );
    """,
    # 8: the unit register (store/registry.py): a unit's short code (file names), the profile
    #    it answers and whom to write to; "" where not known. A code is one unit's only.
    """
    ALTER TABLE units ADD COLUMN code TEXT NOT NULL DEFAULT '';
    ALTER TABLE units ADD COLUMN profile TEXT NOT NULL DEFAULT '';
    ALTER TABLE units ADD COLUMN contact TEXT NOT NULL DEFAULT '';
    ALTER TABLE units ADD COLUMN email TEXT NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX units_code ON units (code) WHERE code <> '';
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
