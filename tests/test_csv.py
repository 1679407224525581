"""The CSV contract: byte-for-byte round trip, every bad input, formulas, duplicates."""

import datetime as dt
import os
import stat

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.cli import main
from diary.core.records import Entry
from diary.exports.csv_format import BOM, HEADER, export_csv, parse_csv
from diary.store import DiaryStore
from tests import strategies

DAY = dt.date(2026, 3, 1)
GOOD = (
    b"date,time,pain,numbness,soreness,note\r\n"
    b'2026-03-01,,5,,,"commas, ""quotes""\r\nand a new line"\r\n'
    b"2026-03-01,08:00,7,3,2,\r\n"
    b"2026-03-02,21:30,,1,0,'=SUM(A1:A2)\r\n"
)


def test_header_and_quoting_exactly():
    entries = [
        Entry(DAY, "08:00", 7, 3, 2),
        Entry(DAY, None, 5, note='commas, "quotes"\r\nand a new line'),
        Entry(DAY + dt.timedelta(days=1), "21:30", None, 1, 0, "=SUM(A1:A2)"),
    ]
    assert export_csv(entries) == BOM + GOOD
    assert GOOD.split(b"\r\n")[0].decode() == ",".join(HEADER)


@pytest.mark.parametrize("bom", [b"", BOM])
def test_round_trip_is_byte_for_byte(tmp_path, capsys, bom):
    src = tmp_path / "in.csv"
    src.write_bytes(bom + GOOD)
    db = str(tmp_path / "d.sqlite3")
    assert main(["import", str(src), "--db", db]) == 0
    assert main(["export", str(tmp_path / "out.csv"), "--db", db]) == 0
    assert (tmp_path / "out.csv").read_bytes() == BOM + GOOD
    # and the export, imported into an empty diary and exported again: same bytes
    db2 = str(tmp_path / "d2.sqlite3")
    assert main(["import", str(tmp_path / "out.csv"), "--db", db2]) == 0
    assert main(["export", str(tmp_path / "again.csv"), "--db", db2]) == 0
    assert (tmp_path / "again.csv").read_bytes() == BOM + GOOD
    with DiaryStore.open(db) as s:
        assert [e.note for e in s.entries()][-1] == "=SUM(A1:A2)"  # the quote is gone


@pytest.mark.parametrize(
    "note, written",
    [
        ("=1+1", "'=1+1"),
        ("+44 20", "'+44 20"),
        ("-3 today", "'-3 today"),
        ("@home", "'@home"),
        ("\tindent", "'\tindent"),
        ("\rx", "'\rx"),
        ("'=already quoted", "''=already quoted"),
        ("it's fine", "it's fine"),
        ("'plain", "'plain"),
    ],
)
def test_formulas_are_neutralised_and_restored(note, written):
    data = export_csv([Entry(DAY, None, 1, note=note)])
    parsed = parse_csv(data)
    assert not parsed.problems
    assert parsed.entries[0].note == note
    row = data.decode().split("\r\n", 1)[1]
    assert written in row


entries = strategies.entries()


@settings(max_examples=150, deadline=None)
@given(st.lists(entries, max_size=20))
def test_export_import_export_gives_the_same_bytes(items):
    first = export_csv(items)
    parsed = parse_csv(first)
    assert parsed.problems == []
    assert export_csv(parsed.entries) == first


@pytest.mark.parametrize(
    "row, problem",
    [
        ("2026-03-01,,11,,,", "line 2: pain must be a whole number from 0 to 10"),
        ("2026-03-01,,-1,,,", "line 2: pain"),
        ("2026-03-01,,4.5,,,", "line 2: pain"),
        ("2026-03-01,,seven,,,", "line 2: pain"),
        ("2026-02-30,,4,,,", "line 2: that date does not exist"),
        ("2026-13-01,,4,,,", "line 2: that date does not exist"),
        ("1 March 2026,,4,,,", "line 2: the date must be like 2026-09-01"),
        ("01/03/26,,4,,,", "line 2: the date must be like 2026-09-01"),
        ("2026/03/01,,4,,,", "line 2: the date must be like 2026-09-01"),
        ("2026-03-01,24:00,4,,,", "line 2: the time must be like 08:30"),
        ("2026-03-01,7:5,4,,,", "line 2: the time"),
        ("2026-03-01,,,,,", "line 2: a row needs at least one rating or a note"),
        ("2026-03-01,,4,,", "line 2: expected 6 fields, found 5"),
    ],
)
def test_bad_rows_reject_the_whole_file(tmp_path, capsys, row, problem):
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, None, 3))
    f = tmp_path / "bad.csv"
    f.write_bytes(
        ("date,time,pain,numbness,soreness,note\r\n2026-03-05,,2,,,ok\r\n" + row + "\r\n")
        .encode()
        .replace(b"line 2", b"")
    )
    # the bad row is on line 3 of this file
    code = main(["import", str(f), "--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
    assert problem.replace("line 2", "line 3") in err and "nothing was imported" in err
    with DiaryStore.open(db) as s:
        assert [e.pain for e in s.entries()] == [3]  # unchanged


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"", "line 1: the file is empty"),
        (b"day,time,pain,numbness,soreness,note\r\n", "line 1: the header must be"),
        (b"date,pain\r\n", "line 1: the header must be"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "line 1: this is not a CSV text file"),
        (b"date,time,pain,numbness,soreness,note\r\n\xff\xfe,,,", "line 2: this line is not UTF-8"),
        (
            b'date,time,pain,numbness,soreness,note\r\n2026-03-01,,4,,,"open quote\r\n',
            "line 2: this is not valid CSV",
        ),
    ],
)
def test_files_that_are_not_our_csv(tmp_path, capsys, content, problem):
    f = tmp_path / "x.csv"
    f.write_bytes(content)
    db = tmp_path / "d.sqlite3"
    DiaryStore.open(db).close()
    assert main(["import", str(f), "--db", str(db)]) == 1
    assert problem in capsys.readouterr().err
    with DiaryStore.open(db) as s:
        assert s.entries() == []


def test_importing_twice_adds_nothing_and_repeats_count(tmp_path, capsys):
    f = tmp_path / "in.csv"
    twice = GOOD + b"2026-03-01,08:00,7,3,2,\r\n"  # the first row again
    f.write_bytes(twice)
    db = str(tmp_path / "d.sqlite3")
    main(["import", str(f), "--db", db])
    assert "Imported 4 entries; 0 already" in capsys.readouterr().out
    main(["import", str(f), "--db", db])
    assert "Imported 0 entries; 4 already" in capsys.readouterr().out
    with DiaryStore.open(db) as s:
        assert s.count_entries() == 4


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_exported_files_are_user_only_and_replace_atomically(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, None, 3))
    out = tmp_path / "out.csv"
    out.write_text("old")
    os.chmod(out, 0o644)
    assert main(["export", str(out), "--db", str(db), "--force"]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.read_bytes().startswith(BOM + b"date,time")
    assert not [p.name for p in tmp_path.iterdir() if ".tmp-" in p.name]
