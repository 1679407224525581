"""Issue 12, failure 4: restore and open verify a file fully. A doctored diary
(an added trigger, a view in place of a table, a wrong user_version, rows that
break the CHECK rules, a changed rule, a dangling reference) is refused with a
message in words, and the current diary stays byte-for-byte as it was; a diary
with another page size is a sound diary and is restored."""

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from diary.cli import main
from diary.core.records import Entry, Procedure
from diary.store import DiaryStore
from diary.store.schema import APPLICATION_ID, SCHEMA_VERSION

DAY = dt.date(2026, 3, 1)


def make(path: Path, n: int = 10) -> Path:
    with DiaryStore.open(path) as s:
        s.add_procedure(Procedure(DAY, "rfa", "T7", None, 7))
        s.add_entries(
            [
                Entry(DAY + dt.timedelta(days=i), None, i % 11, medications=(("tea", "1"),))
                for i in range(n)
            ]
        )
    return path


def _doctor(base: Path, dest: Path, *sql: str, writable: bool = False) -> Path:
    shutil.copyfile(base, dest)
    conn = sqlite3.connect(dest, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    if writable:
        conn.execute("PRAGMA writable_schema = ON")
    conn.execute("PRAGMA ignore_check_constraints = ON")
    for statement in sql:
        conn.execute(statement)
    conn.close()
    return dest


def doctored_corpus(tmp_path: Path) -> list[tuple[str, Path]]:
    """Files that SQLite finds sound but that Relief Diary must refuse."""
    base = make(tmp_path / "doctor-base.sqlite3")
    with DiaryStore.open(base):
        pass  # checkpointed into the main file on close
    cases = {
        "trigger that wipes entries": [
            "CREATE TRIGGER wipe AFTER INSERT ON entry BEGIN DELETE FROM entry; END"
        ],
        "trigger that swallows saves": [
            "CREATE TRIGGER swallow BEFORE INSERT ON entry BEGIN SELECT RAISE(IGNORE); END"
        ],
        "trigger that falsifies ratings": [
            "CREATE TRIGGER lie AFTER INSERT ON entry BEGIN "
            "UPDATE entry SET pain = 0 WHERE id = new.id; END"
        ],
        "view in place of a table": [
            "ALTER TABLE setting RENAME TO setting_real",
            "CREATE VIEW setting AS SELECT * FROM setting_real",
        ],
        "extra table": ["CREATE TABLE spy (x)"],
        "extra index": ["CREATE INDEX entry_by_note ON entry (note)"],
        "user_version 0": ["PRAGMA user_version = 0"],
        "user_version of an older schema": [f"PRAGMA user_version = {SCHEMA_VERSION - 1}"],
        "rating of 42": ["UPDATE entry SET pain = 42 WHERE id = 1"],
        "impossible date": ["UPDATE entry SET day = '2025-13-01' WHERE id = 2"],
        "medication of no entry": [
            "PRAGMA foreign_keys = OFF",
            "INSERT INTO medication (entry_id, name) VALUES (999, 'ghost')",
        ],
        # F1, F2: within the schema's CHECK rules, but not what the app stores.
        "unknown warning sign": ["UPDATE entry SET warnings = 'bogus' WHERE id = 1"],
        "note stored as a blob": ["UPDATE entry SET note = x'00ff41' WHERE id = 1"],
        "rating stored as a fraction": ["UPDATE entry SET pain = 5.5 WHERE id = 1"],
        "level stored as a blob": ["UPDATE procedure SET levels = x'37' WHERE id = 1"],
        "another program's id": [f"PRAGMA application_id = {APPLICATION_ID + 1}"],
        "newer version": [f"PRAGMA user_version = {SCHEMA_VERSION + 1}"],
    }
    out = [
        (label, _doctor(base, tmp_path / f"doctored-{i}.sqlite3", *sql))
        for i, (label, sql) in enumerate(cases.items())
    ]
    weakened = _doctor(
        base,
        tmp_path / "doctored-rule.sqlite3",
        "UPDATE sqlite_schema SET sql = replace(sql, 'BETWEEN 0 AND 10', 'BETWEEN 0 AND 99') "
        "WHERE name = 'entry'",
        writable=True,
    )
    out.append(("CHECK rule rewritten", weakened))
    return out


def snapshot(diary: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in diary.parent.glob(diary.name + "*")}


def test_doctored_backups_are_refused_and_change_nothing(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3", 3)
    before = snapshot(diary)
    for label, doctored in doctored_corpus(tmp_path):
        code = main(["restore", str(doctored), "--db", str(diary)])
        err = capsys.readouterr().err
        assert code == 1, label
        assert err.startswith("relief-diary: ") and err.count("\n") == 1, (label, err)
        assert "Error)" not in err and "Traceback" not in err, (label, err)
        assert snapshot(diary) == before, label


def test_doctored_diaries_are_not_called_sound(tmp_path, capsys):
    for label, doctored in doctored_corpus(tmp_path):
        before = doctored.read_bytes()
        assert main(["check", "--db", str(doctored)]) == 1, label
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err, (label, err)
        assert doctored.read_bytes() == before, label


def test_a_doctored_diary_can_still_be_restored_over(tmp_path, capsys):
    good = make(tmp_path / "good.sqlite3", 4)
    for label, doctored in doctored_corpus(tmp_path):
        if label == "newer version":
            continue  # refused: this version cannot know what it would set aside
        code = main(["restore", str(good), "--db", str(doctored)])
        assert code == 0, (label, capsys.readouterr().err)
        with DiaryStore.open(doctored, create=False) as s:
            assert s.count_entries() == 4, label


def test_the_refusal_says_what_is_wrong(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3", 3)
    words = {
        "trigger that wipes entries": "trigger",
        "view in place of a table": "view",
        "rating of 42": "rules",
        "medication of no entry": "do not exist",
        "unknown warning sign": "warning sign",
        "note stored as a blob": "stored",
        "newer version": "newer",
    }
    for label, doctored in doctored_corpus(tmp_path):
        if label in words:
            main(["restore", str(doctored), "--db", str(diary)])
            assert words[label] in capsys.readouterr().err, label


def test_another_page_size_is_restored(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3", 3)
    other = make(tmp_path / "other.sqlite3", 7)
    conn = sqlite3.connect(other, isolation_level=None)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA page_size = 1024")
    conn.execute("VACUUM")
    conn.close()
    assert main(["restore", str(other), "--db", str(diary)]) == 0, capsys.readouterr().err
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 7 and s.integrity_problem() is None
        s.add_entry(Entry(DAY, None, 1))  # and it takes new entries
    assert main(["check", "--db", str(diary)]) == 0


@pytest.mark.parametrize("how", ["open", "backup check", "restore"])
def test_trusted_schema_is_off_on_every_connection(tmp_path, how, monkeypatch):
    diary = make(tmp_path / "d.sqlite3", 1)
    other = make(tmp_path / "other.sqlite3", 2)
    seen = []
    real = sqlite3.connect

    class Watched(sqlite3.Connection):
        def close(self):
            if self.execute("PRAGMA database_list").fetchone()[2]:  # a file, not :memory:
                seen.append(self.execute("PRAGMA trusted_schema").fetchone()[0])
            super().close()

    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: real(*a, **k, factory=Watched))
    if how == "open":
        DiaryStore.open(diary).close()
    elif how == "backup check":
        from diary.store.backup import check_backup

        check_backup(other)
    else:
        assert main(["restore", str(other), "--db", str(diary)]) == 0
    assert seen and set(seen) == {0}, seen
