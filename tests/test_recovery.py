"""Backups, restore, check, retention, damaged files, full disks, two writers, and
the importer against generated CSV files."""

import datetime as dt
import os
import random
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from diary.cli import main
from diary.core.records import Entry
from diary.core.retention import to_keep
from diary.store import DiaryStore, StoreError
from diary.store.backup import (
    automatic_backup,
    backup_dir,
    copy_database,
    list_backups,
    needs_daily_backup,
    newest_good_backup,
)
from diary.store.schema import SCHEMA_VERSION

DAY = dt.date(2026, 3, 1)
ROOT = Path(__file__).resolve().parents[1]


def make(path: Path, n: int = 50) -> Path:
    with DiaryStore.open(path) as s:
        s.add_entries(
            [Entry(DAY + dt.timedelta(days=i), None, i % 11, note=f"n{i}" * 40) for i in range(n)]
        )
    return path


# Retention --------------------------------------------------------------------------


def test_retention_keeps_7_daily_4_weekly_12_monthly():
    start = dt.datetime(2025, 1, 1, 9)
    times = [start + dt.timedelta(days=i) for i in range(400)]
    keep = to_keep(times)
    newest = times[-1]
    daily = {t for t in keep if (newest - t).days < 7}
    assert len(daily) == 7
    assert len({t.isocalendar()[:2] for t in keep}) >= 4
    assert len({(t.year, t.month) for t in keep}) == 12
    assert len(keep) <= 7 + 4 + 12
    assert newest in keep


@given(st.lists(st.datetimes(dt.datetime(2020, 1, 1), dt.datetime(2030, 1, 1)), max_size=60))
def test_retention_properties(times):
    keep = to_keep(times)
    assert keep <= set(times)
    assert len(keep) <= 1 + 7 + 4 + 12
    if times:
        assert max(times) in keep


# Backup, restore, check ---------------------------------------------------------------


def test_backup_restore_and_check_commands(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3")
    assert main(["backup", "--db", str(diary)]) == 0
    [auto] = list_backups(diary)
    assert stat.S_IMODE(auto.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(backup_dir(diary).stat().st_mode) == 0o700
    manual = tmp_path / "copy.sqlite3"
    assert main(["backup", str(manual), "--db", str(diary)]) == 0
    assert "Backed up 50 entries" in capsys.readouterr().out
    with DiaryStore.open(diary) as s:
        s.add_entry(Entry(DAY, None, 9, note="after the backup"))
    assert main(["restore", str(manual), "--db", str(diary)]) == 0
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 50
    reasons = sorted(b.reason for b in list_backups(diary))
    assert "before-restore" in reasons  # the replaced diary was kept
    assert main(["check", "--db", str(diary)]) == 0
    assert "The diary is sound (50 entries)" in capsys.readouterr().out


def test_restoring_a_damaged_diary_keeps_it_aside_with_wal_and_shm(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3")
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(diary) as s:
        s.backup("manual", good)
    data = bytearray(diary.read_bytes())
    data[0:16] = b"garbage garbage!"
    diary.write_bytes(bytes(data))
    Path(f"{diary}-wal").write_bytes(b"w")
    Path(f"{diary}-shm").write_bytes(b"s")
    assert main(["check", "--db", str(diary)]) == 1
    assert main(["restore", str(good), "--db", str(diary)]) == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    aside = [n for n in names if ".damaged-" in n]
    assert len(aside) == 3 and {n.rsplit("-", 1)[-1] for n in aside} >= {"wal", "shm"}
    with DiaryStore.open(diary) as s:
        assert s.count_entries() == 50


def test_restore_refuses_a_bad_backup_and_changes_nothing(tmp_path, capsys):
    diary = make(tmp_path / "d.sqlite3")
    before = diary.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a diary")
    assert main(["restore", str(bad), "--db", str(diary)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert diary.read_bytes() == before


def test_a_damaged_diary_never_overwrites_a_good_backup(tmp_path):
    diary = make(tmp_path / "d.sqlite3", 400)
    with DiaryStore.open(diary) as s:
        good = s.backup("daily")
    raw = bytearray(diary.read_bytes())
    rng = random.Random(4)
    for page in range(3, len(raw) // 4096):
        raw[page * 4096 + 100 : page * 4096 + 400] = bytes(rng.getrandbits(8) for _ in range(300))
    diary.write_bytes(bytes(raw))
    conn = sqlite3.connect(diary)
    with pytest.raises(StoreError):
        copy_database(conn, good.path)  # the damaged copy fails its check
    conn.close()
    assert newest_good_backup(diary).entries == 400


def test_diaries_differing_only_by_extension_keep_their_own_backups(tmp_path):
    """F0: d.db and d.sqlite3 shared d-backups/ and one name prefix, so recovery of
    d.db offered (and restored) d.sqlite3's backup."""
    mine, other = make(tmp_path / "d.db", 1), make(tmp_path / "d.sqlite3", 3)
    with DiaryStore.open(mine) as s:
        s.backup("daily")
    with DiaryStore.open(other) as s:
        s.backup("daily")
    assert backup_dir(other) == tmp_path / "d-backups"  # where existing diaries have them
    assert backup_dir(mine) != backup_dir(other)
    assert [b.path.parent for b in list_backups(mine)] == [backup_dir(mine)]
    assert newest_good_backup(mine).entries == 1
    assert newest_good_backup(other).entries == 3
    assert needs_daily_backup(tmp_path / "d.bak", DAY)  # no backup of its own yet


def test_odd_backup_names_neither_crash_nor_stop_daily_backups(tmp_path, capsys):
    """F4: a backup named with a future time stopped daily backups and was offered
    first for recovery; F5: an impossible date in such a name crashed import, backup
    and restore with a ValueError."""
    import shutil

    diary = make(tmp_path / "d.sqlite3", 2)
    conn = sqlite3.connect(diary)
    past = automatic_backup(conn, diary, "daily", now=dt.datetime(2026, 3, 1, 9, 0))
    conn.close()
    folder = backup_dir(diary)
    shutil.copyfile(past.path, folder / "d-20261399T000000-daily.sqlite3")
    future = folder / "d-20990301T090000-daily.sqlite3"
    shutil.copyfile(past.path, future)
    with DiaryStore.open(diary) as s:
        s.add_entries([Entry(DAY, "09:00", 3)])
    today = dt.date(2026, 3, 5)
    assert needs_daily_backup(diary, today)
    assert newest_good_backup(diary).path == past.path
    assert [b.path.name for b in list_backups(diary)] == [future.name, past.path.name]
    assert main(["backup", "--db", str(diary)]) == 0
    assert main(["restore", str(past.path), "--db", str(diary)]) == 0
    assert "Traceback" not in capsys.readouterr().err


def test_a_future_backup_takes_no_place_of_a_past_one(tmp_path):
    """F4: a backup dated in the future took one of the 7 daily (and the weekly,
    monthly) places, so a past backup that the rule keeps was pruned."""
    import shutil

    diary = make(tmp_path / "d.sqlite3", 2)
    conn = sqlite3.connect(diary)
    days = [dt.datetime(2026, 3, 1, 9) + dt.timedelta(days=i) for i in range(8)]
    made = [automatic_backup(conn, diary, "daily", now=t) for t in days]
    conn.close()
    shutil.copyfile(made[0].path, backup_dir(diary) / "d-20990301T090000-daily.sqlite3")
    from diary.store.backup import prune

    prune(diary, today=dt.date(2026, 3, 9))
    kept = {b.taken for b in list_backups(diary)}
    assert set(days[1:]) <= kept  # the last 7 days, whatever the future one says


def test_migration_takes_a_backup_first(tmp_path):
    import shutil

    old = tmp_path / "diary.sqlite3"
    shutil.copyfile(ROOT / "tests" / "fixtures" / "schema_v1.sqlite3", old)
    DiaryStore.open(old).close()
    [b] = list_backups(old)
    assert b.reason == "before-migration-v1"
    conn = sqlite3.connect(b.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM entry").fetchone()[0] == 30
    conn.close()


# Damaged files --------------------------------------------------------------------------


def damaged_corpus(tmp_path: Path) -> list[tuple[str, Path]]:
    base = make(tmp_path / "base.sqlite3", 300)
    data = base.read_bytes()
    corpus = []
    for cut in (0, 50, 100, 4096, len(data) // 3, len(data) // 2, len(data) - 1):
        p = tmp_path / f"trunc-{cut}.sqlite3"
        p.write_bytes(data[:cut])
        corpus.append((f"truncated at {cut}", p))
    rng = random.Random(5)
    for k in range(6):
        raw = bytearray(data)
        for _ in range(20):
            at = rng.randrange(100, len(raw) - 64)
            raw[at : at + 64] = bytes(rng.getrandbits(8) for _ in range(64))
        p = tmp_path / f"random-{k}.sqlite3"
        p.write_bytes(bytes(raw))
        corpus.append((f"random bytes {k}", p))
    text = tmp_path / "text.sqlite3"
    text.write_text("Dear diary,\nthis is a letter.\n")
    corpus.append(("text file", text))
    newer = tmp_path / "newer.sqlite3"
    newer.write_bytes(data)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    corpus.append(("newer version", newer))
    from tests.test_doctored_files import doctored_corpus

    return corpus + doctored_corpus(tmp_path)  # sound to SQLite, refused by the app


def test_damaged_files_are_refused_unchanged(tmp_path, capsys):
    corpus = damaged_corpus(tmp_path)
    refused = undetectable = 0
    for label, path in corpus:
        before = path.read_bytes()
        try:
            with DiaryStore.open(path, create=False) as s:
                if s.integrity_problem() is None:
                    # Random bytes that landed in note text or free space: SQLite
                    # cannot tell them from data (only "random bytes" files may).
                    assert label.startswith("random bytes"), label
                    undetectable += 1
                    continue
        except StoreError:
            pass
        code = main(["check", "--db", str(path)])
        err = capsys.readouterr().err
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, label
        assert path.read_bytes() == before, label
        refused += 1
    assert refused + undetectable == len(corpus) and undetectable <= 2
    print(f"\n{len(corpus)} damaged files tried, {refused} refused, none changed")


# Full disks and two writers ----------------------------------------------------------------

FSIZE_CHILD = """
import datetime as dt, os, resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
from diary.core.records import Entry
from diary.store import DiaryStore, StoreError
store = DiaryStore.open(sys.argv[1])
size = os.path.getsize(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (size + 8192, resource.RLIM_INFINITY))
saved = 0
try:
    for i in range(2000):
        store.add_entry(Entry(dt.date(2026, 1, 1), None, 5, note="x" * 2000))
        saved += 1
except StoreError as exc:
    print("ERROR", exc)
print("SAVED", saved)
resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
store.add_entry(Entry(dt.date(2026, 1, 2), None, 1))
print("AFTER", store.count_entries())
"""


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE")
def test_io_error_when_the_file_cannot_grow(tmp_path):
    diary = tmp_path / "d.sqlite3"
    DiaryStore.open(diary).close()
    out = subprocess.run(
        [sys.executable, "-c", FSIZE_CHILD, str(diary)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert "ERROR Not saved" in out.stdout, out.stdout + out.stderr
    saved = int(out.stdout.split("SAVED ")[1].split()[0])
    after = int(out.stdout.split("AFTER ")[1].split()[0])
    assert after == saved + 1  # nothing half-written; saving works again
    with DiaryStore.open(diary) as s:
        assert s.integrity_problem() is None


WRITER = """
import datetime as dt, sys
from diary.core.records import Entry
from diary.store import DiaryStore, DiaryBusy
store = DiaryStore.open(sys.argv[1])
done = busy = 0
for i in range(300):
    try:
        store.add_entry(Entry(dt.date(2026, 1, 1), None, i % 11, note=sys.argv[2]))
        done += 1
    except DiaryBusy:
        busy += 1
print(done, busy)
"""


def test_two_processes_writing_at_once(tmp_path):
    diary = tmp_path / "d.sqlite3"
    DiaryStore.open(diary).close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(diary), name],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("a", "b")
    ]
    results = [tuple(map(int, p.communicate(timeout=120)[0].split())) for p in procs]
    with DiaryStore.open(diary) as s:
        assert s.integrity_problem() is None
        notes = [e.note for e in s.entries()]
    assert notes.count("a") == results[0][0] and notes.count("b") == results[1][0]
    assert results[0][0] + results[1][0] == 600  # BEGIN IMMEDIATE + busy timeout: no refusals


# Generated CSV files against the importer ----------------------------------------------------

CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            "0",
            "10",
            "11",
            "-1",
            "4.5",
            "x",
            "2026-02-30",
            "2026-03-01",
            "0001-01-01",  # issue 12: outside the accepted range of days
            "1899-12-31",
            "2999-01-01",
            "24:00",
            "08:00",
            '"',
            "=1",
            "\r\n",
        ]
    ),
    st.text(max_size=8),
)


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.one_of(
        st.binary(max_size=200),
        st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=6).map(
            lambda rows: (
                "date,time,pain,numbness,soreness,note\r\n" + "\r\n".join(",".join(r) for r in rows)
            ).encode("utf-8", "surrogatepass")
        ),
    )
)
def test_generated_csv_files_never_crash_the_importer(tmp_path_factory, data):
    tmp = tmp_path_factory.mktemp("fuzz")
    diary = tmp / "d.sqlite3"
    with DiaryStore.open(diary) as s:
        s.add_entry(Entry(DAY, None, 3))
    f = tmp / "in.csv"
    f.write_bytes(data)
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["import", str(f), "--db", str(diary)])
    assert code in (0, 1)
    if code == 1:
        assert err.getvalue().startswith("relief-diary: ") and err.getvalue().count("\n") == 1
        with DiaryStore.open(diary) as s:
            assert [e.pain for e in s.entries()] == [3]
