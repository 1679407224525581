"""The store: round trips, constraints, refusal of foreign/newer/damaged files, modes."""

import datetime as dt
import os
import sqlite3
import stat

import pytest

from diary.core.records import Entry, InvalidRecord, Procedure
from diary.core.rules import ReliefRules
from diary.store import DamagedDiary, DiaryMissing, DiaryStore, NewerDiary, NotADiary
from diary.store.connection import transaction
from diary.store.errors import WriteFailed
from diary.store.schema import APPLICATION_ID, SCHEMA_VERSION

DAY = dt.date(2026, 3, 1)


def test_entries_round_trip_in_day_order(store):
    a = store.add_entry(Entry(DAY, "20:00", 7, 3, 2, "evening"))
    b = store.add_entry(Entry(DAY, "08:00", 6, None, None))
    c = store.add_entry(Entry(DAY - dt.timedelta(days=1), None, None, 1, None, "line1\nline2"))
    assert store.entries() == [c, b, a]
    assert store.entries(start=DAY) == [b, a]
    assert store.entry(a.id) == a
    assert store.count_entries() == 3


def test_update_and_delete_entry(store):
    e = store.add_entry(Entry(DAY, None, 7))
    changed = Entry(DAY, "09:15", 5, 1, 0, "better", e.id)
    store.update_entry(changed)
    assert store.entry(e.id) == changed
    assert store.delete_entry(e.id) == changed
    assert store.entries() == []
    store.add_entry(changed)  # undo re-inserts with the same id
    assert store.entry(e.id) == changed


def test_procedures_round_trip(store):
    p = store.add_procedure(Procedure(DAY, "rfa", "T6–T8", "right", 7, "first"))
    q = store.add_procedure(Procedure(DAY + dt.timedelta(days=300), "rfa"))
    assert store.procedures() == [p, q]
    store.update_procedure(Procedure(DAY, "block", "T7", None, None, "", p.id))
    assert store.procedures()[0].kind.value == "block"
    deleted, block = store.delete_procedure(q.id)
    assert deleted == q and block.readings == [] and block.block_at is None
    assert len(store.procedures()) == 1


def test_rules_are_stored(store):
    assert store.rules() == ReliefRules()
    store.set_rules(ReliefRules(substantial_percent=60))
    assert store.rules().substantial_percent == 60


@pytest.mark.parametrize(
    "column, value",
    [
        ("pain", 11),
        ("pain", -1),
        ("pain", 4.5),
        ("pain", "seven"),
        ("day", "2025-13-01"),
        ("day", "yesterday"),
        ("time", "25:00"),
        ("time", "7:30"),
    ],
)
def test_check_constraints_refuse_bad_values(store, column, value):
    conn = store._conn
    values = {"day": "2026-03-01", "time": None, "pain": 5}
    values[column] = value
    with pytest.raises(WriteFailed), transaction(conn):
        conn.execute("INSERT INTO entry (day, time, pain) VALUES (:day, :time, :pain)", values)
    assert store.entries() == []


def test_failed_write_leaves_nothing_half_written(store):
    good = Entry(DAY, None, 3)
    with pytest.raises(WriteFailed):
        store.add_entries([good, good.with_id(None), Entry(DAY, None, 4, id=1), good])
    assert store.entries() == []


def test_header_ids_and_pragmas(store):
    conn = store._conn
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.journal_mode == "wal"


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_new_diary_files_are_user_only(tmp_path):
    path = tmp_path / "new" / "diary.sqlite3"
    with DiaryStore.open(path) as s:
        s.add_entry(Entry(DAY, None, 5))
        for p in path.parent.iterdir():
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p.name
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert sorted(p.name for p in path.parent.iterdir()) == ["diary.sqlite3"]


def _untouched(path):
    return path.read_bytes()


@pytest.mark.parametrize(
    "content, error",
    [
        (b"", NotADiary),
        (b"date,time,pain\n2026-01-01,,7\n", NotADiary),
        (b"SQLite format 3\x00" + b"\x00" * 200, (NotADiary, DamagedDiary)),
    ],
)
def test_refuses_foreign_files_untouched(tmp_path, content, error):
    path = tmp_path / "diary.sqlite3"
    path.write_bytes(content)
    with pytest.raises(error):
        DiaryStore.open(path)
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["diary.sqlite3"]


def test_refuses_another_programs_database(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADiary, match="another program"):
        DiaryStore.open(path)
    assert path.read_bytes() == before


def test_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "diary.sqlite3"
    DiaryStore.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NewerDiary, match="newer version"):
        DiaryStore.open(path)
    assert path.read_bytes() == before


def test_refuses_a_truncated_diary(tmp_path):
    path = tmp_path / "diary.sqlite3"
    with DiaryStore.open(path) as s:
        s.add_entries([Entry(DAY, None, i % 11, note="x" * 500) for i in range(200)])
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises((DamagedDiary, NotADiary)):
        DiaryStore.open(path)


def test_missing_file_is_created_only_when_asked(tmp_path):
    with pytest.raises(DiaryMissing):
        DiaryStore.open(tmp_path / "none.sqlite3", create=False)
    assert not (tmp_path / "none.sqlite3").exists()


def test_disk_full_is_a_clear_not_saved(store):
    conn = store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    store.add_entry(Entry(DAY, None, 1))  # fits in the existing pages
    with pytest.raises(WriteFailed, match="disk is full"):
        store.add_entries([Entry(DAY, None, 5, note="n" * 4000) for _ in range(50)])
    assert len(store.entries()) == 1
    conn.execute("PRAGMA max_page_count = 1073741823")
    store.add_entry(Entry(DAY, None, 2))  # works again once there is space
    assert len(store.entries()) == 2


def test_block_readings_go_and_come_back_with_their_procedure(store):
    from diary.core.block_day import BlockReading

    p = store.add_procedure(Procedure(DAY, "block", "T7", "both", 6))
    at = dt.datetime(2026, 3, 1, 9, 0)
    readings = [
        BlockReading(at, "left", 6, True),
        BlockReading(at, "right", 5, True),
        BlockReading(at + dt.timedelta(minutes=15), "left", 1),
    ]
    store.add_block_readings(p.id, readings)
    store.set_block_time(p.id, at + dt.timedelta(minutes=5))
    saved = store.block_readings(p.id)
    assert [(r.at, r.side, r.pain, r.before_block) for r in saved] == [
        (r.at, r.side, r.pain, r.before_block) for r in readings
    ]
    proc, kept = store.delete_procedure(p.id)
    assert store.block_readings(p.id) == [] and store.procedures() == []
    assert store.block_time(p.id) is None
    store.restore_procedure(proc, kept)
    assert store.block_readings(p.id) == saved and store.procedures() == [p]
    assert store.block_time(p.id) == at + dt.timedelta(minutes=5)


def test_warning_signs_are_kept_with_the_entry(store):
    e = store.add_entry(Entry(DAY, None, 4, warnings=("site", "fever", "fever")))
    assert store.entry(e.id).warnings == ("fever", "site")


def test_every_past_schema_migrates_with_its_data(tmp_path):
    import shutil
    from pathlib import Path

    fixture = Path(__file__).parent / "fixtures" / "schema_v1.sqlite3"
    path = tmp_path / "diary.sqlite3"
    shutil.copyfile(fixture, path)
    raw = sqlite3.connect(path)
    before = raw.execute(
        "SELECT id, day, time, pain, numbness, soreness, note FROM entry"
    ).fetchall()
    procs = raw.execute("SELECT * FROM procedure").fetchall()
    raw.close()
    with DiaryStore.open(path) as s:
        assert s._conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        after = [
            (e.id, e.day.isoformat(), e.time, e.pain, e.numbness, e.soreness, e.note)
            for e in s.entries()
        ]
        assert sorted(after) == sorted(before) and len(after) == 30
        assert [
            (p.id, p.day.isoformat(), p.kind.value, p.levels, p.side.value, p.baseline, p.note)
            for p in s.procedures()
        ] == procs
        assert all(e.warnings == () for e in s.entries())
        assert s.rules().substantial_percent == 50


def test_entries_read_back_equal_what_was_saved(tmp_path_factory):
    """Read back, entries without warning signs skip the checks (the schema holds
    them); they must still equal the entries that were saved, whatever they hold."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from tests import strategies

    @settings(max_examples=40, deadline=None)
    @given(st.lists(strategies.entries(extras=True), max_size=15))
    def check(items):
        path = tmp_path_factory.mktemp("rt") / "d.sqlite3"
        with DiaryStore.open(path) as s:
            saved = [s.add_entry(e) for e in items]
            assert sorted(s.entries(), key=Entry.sort_key) == sorted(saved, key=Entry.sort_key)

    check()


def test_an_unknown_warning_sign_in_the_file_is_refused_on_reading(store):
    store.add_entry(Entry(DAY, None, 5, warnings=("site",)))
    with transaction(store._conn) as c:
        c.execute("UPDATE entry SET warnings = 'no_such_sign'")
    with pytest.raises(InvalidRecord):
        store.entries()
