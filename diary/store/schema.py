"""The diary's schema as SQL text, and the migrations between its versions.

``PRAGMA user_version`` holds the schema version; each migration step runs in its
own transaction and sets the version inside it (the pragma rolls back with it).
"""

from __future__ import annotations

# "RDia" in ASCII: marks a file as a Relief Diary database.
APPLICATION_ID = 0x52446961

_RATING = "INTEGER CHECK ({col} IS NULL OR (typeof({col}) = 'integer' AND {col} BETWEEN 0 AND 10))"


def _rating(col: str) -> str:
    return f"{col} " + _RATING.format(col=col)


SCHEMA_V1 = f"""
CREATE TABLE procedure (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL CHECK (day IS date(day)),
    kind TEXT NOT NULL CHECK (kind IN ('rfa', 'block', 'other')),
    levels TEXT NOT NULL DEFAULT '',
    side TEXT CHECK (side IS NULL OR side IN ('left', 'right', 'both')),
    {_rating("baseline")},
    note TEXT NOT NULL DEFAULT ''
);
CREATE TABLE entry (
    id INTEGER PRIMARY KEY,
    day TEXT NOT NULL CHECK (day IS date(day)),
    time TEXT CHECK (time IS NULL OR time IS strftime('%H:%M', '2000-01-01 ' || time)),
    {_rating("pain")},
    {_rating("numbness")},
    {_rating("soreness")},
    note TEXT NOT NULL DEFAULT '',
    CHECK (pain IS NOT NULL OR numbness IS NOT NULL OR soreness IS NOT NULL OR note != '')
);
CREATE INDEX entry_by_day ON entry (day, time);
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Version 2: warning signs ticked with an entry (comma-separated codes), the note's
# "for the doctor" mark, medications taken (name and dose), and the
# readings of a diagnostic block day, per side, with the time the block was given.
SCHEMA_V2 = """
ALTER TABLE entry ADD COLUMN warnings TEXT NOT NULL DEFAULT ''
    CHECK (warnings NOT GLOB '*[^a-z_,]*');
ALTER TABLE entry ADD COLUMN for_doctor INTEGER NOT NULL DEFAULT 0
    CHECK (for_doctor IN (0, 1));
CREATE TABLE block_reading (
    id INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id),
    at TEXT NOT NULL CHECK (at IS strftime('%Y-%m-%dT%H:%M', at)),
    side TEXT NOT NULL CHECK (side IN ('left', 'right')),
    pain INTEGER NOT NULL CHECK (typeof(pain) = 'integer' AND pain BETWEEN 0 AND 10),
    before_block INTEGER NOT NULL DEFAULT 0 CHECK (before_block IN (0, 1))
);
CREATE INDEX block_reading_by_procedure ON block_reading (procedure_id, at);
CREATE TABLE medication (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entry (id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    dose TEXT NOT NULL DEFAULT '' CHECK (length(dose) <= 40)
);
CREATE INDEX medication_by_entry ON medication (entry_id);
CREATE TABLE block_day (
    procedure_id INTEGER PRIMARY KEY REFERENCES procedure (id),
    block_at TEXT NOT NULL CHECK (block_at IS strftime('%Y-%m-%dT%H:%M', block_at))
);
"""

# Version 3 (issue 13): function (PSFS) and the global impression (PGIC). An activity
# is named with a procedure (procedure_id NULL: imported before any procedure); a
# deleted procedure leaves its activities and their ratings in place. A PGIC answer
# NULL means the patient skipped that time point (so it is not asked again).
SCHEMA_V3 = """
CREATE TABLE activity (
    id INTEGER PRIMARY KEY,
    procedure_id INTEGER REFERENCES procedure (id) ON DELETE SET NULL,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80 AND name IS trim(name))
);
CREATE INDEX activity_by_procedure ON activity (procedure_id);
CREATE TABLE ability (
    id INTEGER PRIMARY KEY,
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    day TEXT NOT NULL CHECK (day IS date(day)),
    ability INTEGER NOT NULL CHECK (typeof(ability) = 'integer' AND ability BETWEEN 0 AND 10),
    UNIQUE (activity_id, day)
);
CREATE TABLE pgic (
    id INTEGER PRIMARY KEY,
    procedure_id INTEGER NOT NULL REFERENCES procedure (id) ON DELETE CASCADE,
    point_days INTEGER NOT NULL CHECK (point_days IN (28, 91, 182, 365)),
    day TEXT NOT NULL CHECK (day IS date(day)),
    answer INTEGER
        CHECK (answer IS NULL OR (typeof(answer) = 'integer' AND answer BETWEEN 1 AND 7)),
    UNIQUE (procedure_id, point_days)
);
"""

# MIGRATIONS[n] takes a diary from version n to n + 1 (0 is the empty file).
MIGRATIONS: list[str] = [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3]
SCHEMA_VERSION = len(MIGRATIONS)
