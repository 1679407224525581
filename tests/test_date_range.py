"""Issue 12, failure 6 (dates): one accepted range of days, 1900-01-01 to one year
after today, at every entry point, with a clear message; and a day from outside it
already in a file (an older version wrote it) crashes nothing downstream."""

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from diary.cli import main
from diary.core.records import Entry, InvalidRecord, Procedure, last_day, parse_day
from diary.qt.entry_form import EntryForm
from diary.qt.main_window import MainWindow
from diary.qt.qdates import qdate
from diary.qt.session import DiarySession
from diary.store import DiaryStore

TODAY = dt.date.today()
FAR = [dt.date(1, 1, 1), dt.date(1899, 12, 31), last_day() + dt.timedelta(days=1)]


def test_the_range_is_1900_to_a_year_ahead():
    assert parse_day("1900-01-01") == dt.date(1900, 1, 1)
    assert parse_day(last_day().isoformat()) == last_day()
    for day in FAR:
        with pytest.raises(InvalidRecord, match="from 1900-01-01 to"):
            parse_day(day.isoformat())
        with pytest.raises(InvalidRecord, match="from 1900-01-01 to"):
            Entry(day, None, 3)
        with pytest.raises(InvalidRecord, match="from 1900-01-01 to"):
            Procedure(day, "rfa")


@pytest.mark.parametrize("day", FAR, ids=str)
def test_the_command_line_refuses_it(tmp_path, capsys, day):
    diary = tmp_path / "d.sqlite3"
    code = None
    with pytest.raises(SystemExit) as info:
        main(["procedure", "add", "--date", day.isoformat(), "--db", str(diary)])
    code = info.value.code
    assert code == 2 and "from 1900-01-01 to" in capsys.readouterr().err
    csv = tmp_path / "in.csv"
    csv.write_text(
        f"date,time,pain,numbness,soreness,note\r\n2026-03-01,,4,,,\r\n{day.isoformat()},,5,,,\r\n"
    )
    assert main(["import", str(csv), "--db", str(diary)]) == 1
    err = capsys.readouterr().err
    assert "line 3" in err and "from 1900-01-01 to" in err and err.count("\n") == 1
    assert not diary.exists()  # nothing was written


def test_the_window_refuses_it(qtbot, store):
    session = DiarySession(store)
    form = EntryForm(session)
    qtbot.addWidget(form)
    form.day.setDate(qdate(dt.date(1850, 6, 1)))  # typed over the calendar's minimum
    assert form.day.date().toPython() >= dt.date(1900, 1, 1)
    with pytest.raises(InvalidRecord, match="from 1900-01-01 to"):
        session.add_procedure(Procedure(dt.date(1, 1, 1), "rfa"))
    assert store.procedures() == [] and store.entries() == []


def doctored(path: Path) -> Path:
    """A diary holding a procedure and an entry dated 0001-01-01, as older
    versions let through (the CHECK rule accepts any real date)."""
    with DiaryStore.open(path) as s:
        s.add_procedure(Procedure(TODAY - dt.timedelta(days=60), "rfa", "T7", None, 7))
        s.add_entries([Entry(TODAY - dt.timedelta(days=i), None, 3) for i in range(30)])
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO procedure (day, kind, baseline) VALUES ('0001-01-01', 'rfa', 7)")
    conn.execute("INSERT INTO entry (day, pain) VALUES ('0001-01-01', 5)")
    conn.commit()
    conn.close()
    return path


def test_a_day_out_of_range_in_the_file_crashes_nothing(tmp_path, capsys):
    diary = doctored(tmp_path / "d.sqlite3")
    for args in (
        ["status"],
        ["status", "--json"],
        ["chart", str(tmp_path / "c.png")],
        ["report", str(tmp_path / "r.pdf")],
        ["export", str(tmp_path / "e.csv")],
        ["backup"],
    ):
        code = main([*args, "--db", str(diary)])
        out, err = capsys.readouterr()
        assert code == 0 and "Traceback" not in err, (args, err)
    assert main(["check", "--db", str(diary)]) == 0
    assert "1 entries and 1 procedures are dated before 1900" in capsys.readouterr().out
    with DiaryStore.open(diary) as s:
        assert s.outside_range() == (1, 1)  # kept in the file, not lost


def test_the_window_draws_the_chart_of_such_a_file(qtbot, tmp_path):
    from diary.qt.startup import daily_backup, hidden_rows_message

    diary = doctored(tmp_path / "d.sqlite3")
    store = DiaryStore.open(diary)
    try:
        window = MainWindow(DiarySession(store))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.chartShown, timeout=20000):
            window.show()
        assert daily_backup(store, TODAY) is None
        assert "kept in the diary file but not shown" in hidden_rows_message(store)
    finally:
        store.close()


def test_export_says_what_it_left_out(tmp_path, capsys):
    """F14: export wrote the entries in range and said nothing of the others."""
    diary = doctored(tmp_path / "d.sqlite3")
    for args in (
        ["export", str(tmp_path / "e.csv")],
        ["export", "--format", "fhir", str(tmp_path / "e.json")],
    ):
        assert main([*args, "--db", str(diary)]) == 0
        err = capsys.readouterr().err
        assert "1 entries dated before 1900-01-01 or more than a year ahead were left out" in err
    good = tmp_path / "good.sqlite3"
    with DiaryStore.open(good) as s:
        s.add_entries([Entry(TODAY, None, 3)])
    assert main(["export", str(tmp_path / "g.csv"), "--db", str(good)]) == 0
    assert capsys.readouterr().err == ""
