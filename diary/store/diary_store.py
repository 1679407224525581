"""DiaryStore: every query the app makes, over one SQLite connection.

Returns and takes the core's records; each write is one ``BEGIN IMMEDIATE``
transaction, committed before the method returns.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from diary.core.block_day import BlockDay, BlockReading
from diary.core.records import FIRST_DAY, Entry, InvalidRecord, Procedure, last_day
from diary.core.rules import ReliefRules
from diary.core.warning_signs import check_signs
from diary.store.backup import BackupInfo, automatic_backup, copy_database
from diary.store.connection import open_diary, transaction
from diary.store.function_store import FunctionStoreMixin

_ENTRY_COLS = "id, day, time, pain, numbness, soreness, note, warnings, for_doctor"
_PROC_COLS = "id, day, kind, levels, side, baseline, note"


def _entry(row: tuple) -> Entry:
    id_, day, time, pain, numb, sore, note, warnings, for_doctor = row
    day = dt.date.fromisoformat(day)
    signs = ()
    if warnings:
        try:
            signs = check_signs(tuple(warnings.split(",")))
        except ValueError as exc:
            raise InvalidRecord(str(exc)) from None
    return Entry.from_store(day, time, pain, numb, sore, note, id_, bool(for_doctor), signs)


def _bounds(start: dt.date | None, end: dt.date | None) -> tuple[str, str]:
    """The days to read: within the accepted range, whatever the file holds (rows
    dated outside it, from an older version, stay in the file and in backups but
    are left out of lists, charts and analysis; ``outside_range`` counts them)."""
    lo = max(start, FIRST_DAY) if start else FIRST_DAY
    hi = min(end, last_day()) if end else last_day()
    return lo.isoformat(), hi.isoformat()


def _procedure(row: tuple) -> Procedure:
    id_, day, kind, levels, side, baseline, note = row
    return Procedure.from_store(dt.date.fromisoformat(day), kind, levels, side, baseline, note, id_)


def _entry_values(e: Entry) -> tuple:
    return (
        e.day.isoformat(),
        e.time,
        e.pain,
        e.numbness,
        e.soreness,
        e.note,
        ",".join(e.warnings),
        int(e.for_doctor),
    )


def _procedure_values(p: Procedure) -> tuple:
    side = p.side.value if p.side else None
    return (p.day.isoformat(), p.kind.value, p.levels, side, p.baseline, p.note)


def _insert_entry(c: sqlite3.Connection, e: Entry) -> int:
    cur = c.execute(
        "INSERT INTO entry (id, day, time, pain, numbness, soreness, note, warnings, "
        "for_doctor) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (e.id, *_entry_values(e)),
    )
    _insert_medications(c, cur.lastrowid, e)
    return cur.lastrowid


def _insert_medications(c: sqlite3.Connection, entry_id: int, e: Entry) -> None:
    c.executemany(
        "INSERT INTO medication (entry_id, name, dose) VALUES (?, ?, ?)",
        [(entry_id, name, dose) for name, dose in e.medications],
    )


def _with_medications(entries: list[Entry], meds: dict[int, list]) -> list[Entry]:
    if not meds:
        return entries
    out = []
    for e in entries:
        if e.id in meds:
            e = e.trusted_replace(medications=tuple(meds[e.id]))
        out.append(e)
    return out


class DiaryStore(FunctionStoreMixin):
    """One open diary file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, journal_mode: str = "wal"):
        self._conn = conn
        self.path = Path(path)
        self.journal_mode = journal_mode
        self._data_version = self._read_data_version()

    def _read_data_version(self) -> int:
        return self._conn.execute("PRAGMA data_version").fetchone()[0]

    def changed_outside(self) -> bool:
        """True once after another connection (the command line, another program)
        committed a change to the file since this store last looked."""
        now = self._read_data_version()
        changed, self._data_version = now != self._data_version, now
        return changed

    def forget_outside_changes(self) -> None:
        self._data_version = self._read_data_version()

    @classmethod
    def open(cls, path: Path | str, create: bool = True) -> DiaryStore:
        conn, mode = open_diary(Path(path), create=create)
        return cls(conn, Path(path), mode)

    def close(self) -> None:
        self._conn.close()

    # Safety ---------------------------------------------------------------------

    def backup(
        self, reason: str = "manual", dest: Path | None = None, keep: Iterable[Path] = ()
    ) -> BackupInfo:
        """A checked backup: into ``dest``, or the diary's backup folder (where the
        backups in ``keep`` and today's are spared by the pruning)."""
        if dest is not None:
            entries = copy_database(self._conn, Path(dest))
            return BackupInfo(Path(dest), dt.datetime.now(), reason, entries)
        return automatic_backup(self._conn, self.path, reason, keep=keep)

    def integrity_problem(self) -> str | None:
        """None when ``PRAGMA integrity_check`` finds the diary sound."""
        try:
            result = self._conn.execute("PRAGMA integrity_check").fetchone()[0]
        except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged page's bytes
            return "the diary file is damaged"
        return None if result == "ok" else "the diary file is damaged"

    def __enter__(self) -> DiaryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # Entries -------------------------------------------------------------------

    def entries(self, start: dt.date | None = None, end: dt.date | None = None) -> list[Entry]:
        """Entries from ``start`` to ``end`` (inclusive), oldest first."""
        lo, hi = _bounds(start, end)
        rows = self._conn.execute(
            f"SELECT {_ENTRY_COLS} FROM entry WHERE day BETWEEN ? AND ? "
            "ORDER BY day, coalesce(time, ''), id",
            (lo, hi),
        )
        entries = [_entry(r) for r in rows]
        meds: dict[int, list] = {}
        for entry_id, name, dose in self._conn.execute(
            "SELECT m.entry_id, m.name, m.dose FROM medication m JOIN entry e "
            "ON e.id = m.entry_id WHERE e.day BETWEEN ? AND ? ORDER BY m.entry_id, m.id",
            (lo, hi),
        ):
            meds.setdefault(entry_id, []).append((name, dose))
        return _with_medications(entries, meds)

    def day_means(self, end: dt.date | None = None, start: dt.date | None = None) -> list[tuple]:
        """(day, mean pain, mean numbness, mean soreness) per day from ``start`` to
        ``end``, oldest first; None where no entry of the day has that rating."""
        lo, hi = _bounds(start, end)
        rows = self._conn.execute(
            "SELECT julianday(day) - 1721424.5, avg(pain), avg(numbness), avg(soreness) FROM entry "
            "WHERE day BETWEEN ? AND ? GROUP BY day ORDER BY day",
            (lo, hi),
        )
        fromordinal = dt.date.fromordinal
        # julianday() - 1721424.5 is the proleptic Gregorian ordinal: cheaper than
        # parsing 7,000 ISO dates in Python.
        return [(fromordinal(int(o)), p, n, s) for o, p, n, s in rows]

    def entry(self, entry_id: int) -> Entry | None:
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLS} FROM entry WHERE id = ?", (entry_id,)
        ).fetchone()
        if not row:
            return None
        meds = self._conn.execute(
            "SELECT name, dose FROM medication WHERE entry_id = ? ORDER BY id", (entry_id,)
        ).fetchall()
        return _with_medications([_entry(row)], {entry_id: meds} if meds else {})[0]

    def medication_names(self) -> list[str]:
        """Names used before, most recently used first (offered when typing)."""
        rows = self._conn.execute(
            "SELECT name FROM medication GROUP BY name ORDER BY max(id) DESC LIMIT 200"
        )
        return [r[0] for r in rows]

    def count_entries(self) -> int:
        return self._conn.execute("SELECT count(*) FROM entry").fetchone()[0]

    def add_entry(self, entry: Entry) -> Entry:
        """Save a new entry (or re-insert a deleted one with its old id)."""
        return self.add_entries([entry])[0]

    def add_entries(self, entries: Iterable[Entry]) -> list[Entry]:
        """Save several entries in one transaction: all of them or none."""
        saved = []
        with transaction(self._conn) as c:
            for e in entries:
                saved.append(e.with_id(_insert_entry(c, e)))
        return saved

    def _new_entries(self, c: sqlite3.Connection, entries: list[Entry]) -> list[Entry]:
        """Entries not already in the diary. Identical entries count as a multiset: a
        file holding an entry twice adds it twice to an empty diary, and nothing the
        second time it is imported."""
        fresh = []
        left: dict[tuple, int] = {}
        for e in entries:
            key = (e.day.isoformat(), e.time, e.pain, e.numbness, e.soreness, e.note)
            if key not in left:
                left[key] = c.execute(
                    "SELECT count(*) FROM entry WHERE day = ? AND time IS ? AND pain IS ? "
                    "AND numbness IS ? AND soreness IS ? AND note = ?",
                    key,
                ).fetchone()[0]
            if left[key] > 0:
                left[key] -= 1
            else:
                fresh.append(e)
        return fresh

    def preview_import(self, entries: list[Entry]) -> list[Entry]:
        """The entries an import would add (nothing is written)."""
        return self._new_entries(self._conn, entries)

    def import_entries(self, entries: list[Entry]) -> tuple[int, int]:
        """Add the new entries in one transaction: all of them or none.
        Returns (added, skipped as already in the diary). A backup comes first."""
        self.backup("before-import")
        with transaction(self._conn) as c:
            fresh = self._new_entries(c, entries)
            for e in fresh:
                _insert_entry(c, e.with_id(None))
        return len(fresh), len(entries) - len(fresh)

    def update_entry(self, entry: Entry) -> Entry:
        with transaction(self._conn) as c:
            c.execute(
                "UPDATE entry SET day = ?, time = ?, pain = ?, numbness = ?, soreness = ?, "
                "note = ?, warnings = ?, for_doctor = ? WHERE id = ?",
                (*_entry_values(entry), entry.id),
            )
            c.execute("DELETE FROM medication WHERE entry_id = ?", (entry.id,))
            _insert_medications(c, entry.id, entry)
        return entry

    def delete_entry(self, entry_id: int) -> Entry | None:
        """Delete an entry; return it as it was, so that it can be put back."""
        found = self.entry(entry_id)
        with transaction(self._conn) as c:
            c.execute("DELETE FROM medication WHERE entry_id = ?", (entry_id,))
            c.execute("DELETE FROM entry WHERE id = ?", (entry_id,))
        return found

    # Procedures ----------------------------------------------------------------

    def procedures(self) -> list[Procedure]:
        rows = self._conn.execute(
            f"SELECT {_PROC_COLS} FROM procedure WHERE day BETWEEN ? AND ? ORDER BY day, id",
            _bounds(None, None),
        )
        return [_procedure(r) for r in rows]

    def outside_range(self) -> tuple[int, int]:
        """(entries, procedures) dated outside the accepted range: kept in the
        file, left out of everything shown."""
        lo, hi = _bounds(None, None)
        return tuple(
            self._conn.execute(
                f"SELECT count(*) FROM {table} WHERE day NOT BETWEEN ? AND ?", (lo, hi)
            ).fetchone()[0]
            for table in ("entry", "procedure")
        )

    def add_procedure(self, proc: Procedure) -> Procedure:
        with transaction(self._conn) as c:
            cur = c.execute(
                "INSERT INTO procedure (id, day, kind, levels, side, baseline, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (proc.id, *_procedure_values(proc)),
            )
        return proc.with_id(cur.lastrowid)

    def update_procedure(self, proc: Procedure) -> Procedure:
        with transaction(self._conn) as c:
            c.execute(
                "UPDATE procedure SET day = ?, kind = ?, levels = ?, side = ?, baseline = ?, "
                "note = ? WHERE id = ?",
                (*_procedure_values(proc), proc.id),
            )
        return proc

    def delete_procedure(self, proc_id: int) -> tuple[Procedure, BlockDay] | None:
        """Delete a procedure with its block day; return both for undo."""
        block = BlockDay(self.block_time(proc_id), self.block_readings(proc_id))
        with transaction(self._conn) as c:
            found = c.execute(
                f"SELECT {_PROC_COLS} FROM procedure WHERE id = ?", (proc_id,)
            ).fetchone()
            c.execute("DELETE FROM block_reading WHERE procedure_id = ?", (proc_id,))
            c.execute("DELETE FROM block_day WHERE procedure_id = ?", (proc_id,))
            c.execute("DELETE FROM procedure WHERE id = ?", (proc_id,))
        return (_procedure(found), block) if found else None

    def restore_procedure(self, proc: Procedure, block: BlockDay) -> None:
        """Put back a deleted procedure with its block day, in one transaction."""
        with transaction(self._conn) as c:
            c.execute(
                "INSERT INTO procedure (id, day, kind, levels, side, baseline, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (proc.id, *_procedure_values(proc)),
            )
            if block.block_at is not None:
                self._set_block_time(c, proc.id, block.block_at)
            self._insert_readings(c, proc.id, block.readings)

    def block_time(self, proc_id: int) -> dt.datetime | None:
        row = self._conn.execute(
            "SELECT block_at FROM block_day WHERE procedure_id = ?", (proc_id,)
        ).fetchone()
        return dt.datetime.fromisoformat(row[0]) if row else None

    def set_block_time(self, proc_id: int, at: dt.datetime) -> None:
        with transaction(self._conn) as c:
            self._set_block_time(c, proc_id, at)

    @staticmethod
    def _set_block_time(c: sqlite3.Connection, proc_id: int, at: dt.datetime) -> None:
        c.execute(
            "INSERT INTO block_day (procedure_id, block_at) VALUES (?, ?) "
            "ON CONFLICT (procedure_id) DO UPDATE SET block_at = excluded.block_at",
            (proc_id, at.strftime("%Y-%m-%dT%H:%M")),
        )

    # Block-day readings --------------------------------------------------------

    def block_readings(self, proc_id: int) -> list[BlockReading]:
        rows = self._conn.execute(
            "SELECT id, at, side, pain, before_block FROM block_reading "
            "WHERE procedure_id = ? ORDER BY at, side, id",
            (proc_id,),
        )
        return [
            BlockReading(dt.datetime.fromisoformat(at), side, pain, bool(before), id_)
            for id_, at, side, pain, before in rows
        ]

    def add_block_readings(self, proc_id: int, readings: list[BlockReading]) -> None:
        with transaction(self._conn) as c:
            self._insert_readings(c, proc_id, readings)

    @staticmethod
    def _insert_readings(c: sqlite3.Connection, proc_id: int, readings) -> None:
        for r in readings:
            c.execute(
                "INSERT INTO block_reading (id, procedure_id, at, side, pain, before_block) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    r.id,
                    proc_id,
                    r.at.strftime("%Y-%m-%dT%H:%M"),
                    r.side,
                    r.pain,
                    int(r.before_block),
                ),
            )

    # Settings ------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else default

    def set_setting(self, key: str, value: str) -> None:
        with transaction(self._conn) as c:
            c.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def rules(self) -> ReliefRules:
        try:
            return ReliefRules.from_json(self.setting("relief_rules"))
        except (ValueError, TypeError):
            return ReliefRules()

    def set_rules(self, rules: ReliefRules) -> None:
        self.set_setting("relief_rules", rules.to_json())
