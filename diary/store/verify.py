"""Checking that a file is a diary exactly as this app's own migrations build it.

The expected schema is not a hand-kept list: it is built from ``MIGRATIONS`` in an
in-memory database for the file's ``user_version``, so tables added by a new
migration are covered as soon as the migration exists. A file from elsewhere (a
backup to restore, a diary someone doctored) must match it object for object —
no extra trigger, view, table or index, no changed column or CHECK rule — and pass
``integrity_check`` (which also tests every row against the NOT NULL and CHECK
rules) and ``foreign_key_check``.
"""

from __future__ import annotations

import functools
import re
import sqlite3

from diary.core.i18n import tr
from diary.core.warning_signs import WARNING_SIGNS
from diary.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def _(text: str) -> str:
    return tr("store", text)


class FileProblem(Exception):
    """What is wrong with a file, in words; the caller chooses the error class."""

    def __init__(self, text: str, kind: str = "damaged"):
        super().__init__(text)
        self.kind = kind  # "foreign", "newer" or "damaged"


def statements(script: str) -> list[str]:
    """Split a schema script into statements (executescript would commit)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError("incomplete SQL statement in schema")
    return out


def _normal(sql: str | None) -> str | None:
    return None if sql is None else re.sub(r"\s+", " ", sql).strip()


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, str | None]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    # sqlite_stat* tables appear after ANALYZE: SQLite's own, holding no code.
    return {
        (kind, name): (table, _normal(sql))
        for kind, name, table, sql in rows
        if not name.startswith("sqlite_stat")
    }


def _build(conn: sqlite3.Connection, version: int) -> None:
    for step in range(version):
        for statement in statements(MIGRATIONS[step]):
            conn.execute(statement)


@functools.cache
def expected_schema(version: int) -> dict[tuple[str, str], tuple[str, str | None]]:
    """The schema objects the app's migrations 0 … ``version`` create."""
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA trusted_schema = OFF")
    try:
        _build(conn, version)
        return _objects(conn)
    finally:
        conn.close()


# What a column's declared type lets the app read back (SQLite's type affinity
# would otherwise keep a BLOB note or a 5.5 rating that no CHECK rule catches).
_STORED = {"TEXT": ("text",), "INTEGER": ("integer",), "REAL": ("real", "integer")}


@functools.cache
def _column_types(version: int) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Table -> [(column, storage classes allowed)] for the schema of ``version``."""
    conn = sqlite3.connect(":memory:")
    try:
        _build(conn, version)
        tables = [name for (kind, name) in expected_schema(version) if kind == "table"]
        out = {}
        for table in tables:
            if table.startswith("sqlite_"):
                continue
            cols = []
            for _cid, name, decl, notnull, _default, pk, *_hidden in conn.execute(
                f'PRAGMA table_xinfo("{table}")'
            ):
                classes = _STORED.get(decl.upper())
                if classes is None:
                    continue
                if not notnull and not (pk and decl.upper() == "INTEGER"):
                    classes = (*classes, "null")
                cols.append((name, classes))
            out[table] = cols
        return out
    finally:
        conn.close()


def stored_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Every value stored as its column's declared type (a note as text, a rating as
    a whole number), and every warning sign one the app knows. None when so. The
    schema must already have been found exact."""
    for table, cols in _column_types(version).items():
        # One pass over the table: the columns' checks side by side.
        wrong = [
            f"""typeof("{name}") NOT IN ({", ".join(f"'{c}'" for c in classes)})"""
            for name, classes in cols
        ]
        if not wrong:
            continue
        row = conn.execute(
            f'SELECT {", ".join(wrong)} FROM "{table}" WHERE {" OR ".join(wrong)} LIMIT 1'
        ).fetchone()
        if row is not None:
            name = next(name for (name, _c), bad in zip(cols, row, strict=True) if bad)
            return _(
                "some of its values are not stored as Relief Diary stores them "
                "('{column}' in {table})"
            ).format(column=name, table=table)
    if any(c == "warnings" for c, _k in _column_types(version).get("entry", [])):
        for (codes,) in conn.execute("SELECT DISTINCT warnings FROM entry WHERE warnings != ''"):
            if any(code not in WARNING_SIGNS for code in str(codes).split(",")):
                return _("some of its entries hold a warning sign that Relief Diary does not know")
    return None


def rules_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """Every row against every CHECK, NOT NULL and foreign-key rule, by copying the
    rows into an in-memory diary built by the migrations (SQLite's integrity_check
    skips CHECK rules on a read-only connection, which is how files from elsewhere
    are opened). The schema must already have been found exact."""
    mem = sqlite3.connect(":memory:", isolation_level=None)
    mem.execute("PRAGMA trusted_schema = OFF")
    try:
        _build(mem, version)
        tables = [name for (kind, name) in expected_schema(version) if kind == "table"]
        for table in tables:
            if table.startswith("sqlite_"):
                continue
            cols = [r[1] for r in conn.execute(f'PRAGMA table_xinfo("{table}")')]
            marks = ", ".join("?" * len(cols))
            names = ", ".join(f'"{c}"' for c in cols)
            rows = conn.execute(f'SELECT {names} FROM "{table}"')
            try:
                mem.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)
            except sqlite3.IntegrityError:
                return _("some of its rows break the diary's rules (a rating outside 0–10, say)")
        if mem.execute("PRAGMA foreign_key_check").fetchone() is not None:
            return _("some of its rows point to records that do not exist")
        return None
    finally:
        mem.close()


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """None when the schema is exactly what migrations up to ``version`` build."""
    found = _objects(conn)
    expected = expected_schema(version)
    order = {"trigger": 0, "view": 1, "table": 2, "index": 3}
    for (kind, name), (_table, sql) in sorted(
        found.items(), key=lambda o: (order.get(o[0][0], 4), o)
    ):
        if (kind, name) not in expected:
            if kind in ("trigger", "view"):
                return _(
                    "it contains an extra {kind} named '{name}' that Relief Diary never creates "
                    "(it could change or hide entries)"
                ).format(kind=kind, name=name)
            text = _("it contains an extra {kind} named '{name}' that Relief Diary never creates")
            return text.format(kind=kind, name=name)
        if expected[(kind, name)][1] != sql:
            return _("its {kind} '{name}' is not defined as Relief Diary defines it").format(
                kind=kind, name=name
            )
    for kind, name in sorted(expected):
        if (kind, name) not in found:
            others = [k for k, n in found if n == name]
            if others:
                return _("'{name}' is a {other}, not a {kind}").format(
                    name=name, other=others[0], kind=kind
                )
            return _("its {kind} '{name}' is missing").format(kind=kind, name=name)
    return None


def header_problem(conn: sqlite3.Connection) -> FileProblem | None:
    """Application id and schema version: the file is ours and of a known version."""
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return FileProblem(_("it is not a Relief Diary file"), "foreign")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        return FileProblem(
            _(
                "it was written by a newer version of Relief Diary (schema {version}; "
                "this version reads up to {known})"
            ).format(version=version, known=SCHEMA_VERSION),
            "newer",
        )
    if version < 1:
        return FileProblem(_("its schema version ({version}) is unknown").format(version=version))
    return None


def content_problem(conn: sqlite3.Connection, full: bool = True) -> str | None:
    """integrity_check (or quick_check) and foreign_key_check; None when clean."""
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    if [r[0] for r in rows] != ["ok"]:
        text = rows[0][0] if rows else ""
        if "CHECK constraint failed" in text or "NULL value in" in text:
            return _("some of its rows break the diary's rules (a rating outside 0–10, say)")
        return _("it is damaged (the database check failed)")
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        return _("some of its rows point to records that do not exist")
    return None


def verify(conn: sqlite3.Connection, full: bool = True) -> None:
    """Raise ``FileProblem`` unless the open file is a sound diary of a known version."""
    problem = header_problem(conn)
    if problem is not None:
        raise problem
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    text = (
        schema_problem(conn, version)
        or content_problem(conn, full)
        or rules_problem(conn, version)
        or stored_problem(conn, version)
    )
    if text is not None:
        raise FileProblem(text)
