"""export FILE.xlsx writes a real workbook; import FILE.xlsx reads it back by the
CSV's rules, all or nothing; an unknown extension is refused."""

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from diary.cli import main
from diary.core.records import Entry, Procedure
from diary.exports.xlsx_format import export_xlsx, parse_xlsx
from diary.store import DiaryStore
from tests import strategies

DAY = dt.date(2026, 9, 1)
HEADER = ["date", "time", "pain", "numbness", "soreness", "note"]


@pytest.fixture
def diary(tmp_path):
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_procedure(Procedure(dt.date(2026, 8, 19), "rfa", "T6-T8", "right", 7, "=clinic"))
        s.add_entry(Entry(DAY, "08:30", 7, 3, 2, "=SUM(A1:A2)"))
        s.add_entry(Entry(DAY, None, 5, note="two\nlines, ünïcödé"))
        s.add_entry(
            Entry(
                DAY + dt.timedelta(days=1),
                "21:05",
                None,
                1,
                0,
                "-3 today",
                for_doctor=True,
                medications=(("ibuprofen", "400 mg"),),
                warnings=("fever",),
            )
        )
    return db


def test_a_real_workbook_with_typed_cells(tmp_path, diary, capsys):
    out = tmp_path / "diary.xlsx"
    assert main(["export", str(out), "--db", str(diary)]) == 0
    assert zipfile.is_zipfile(out)
    book = load_workbook(out)
    assert book.sheetnames == ["entries", "procedures"]
    sheet = book["entries"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [*HEADER, "for_doctor", "medications", "warning_signs"]
    assert rows[1][:6] == (dt.datetime(2026, 9, 1), None, 5, None, None, "two\nlines, ünïcödé")
    assert rows[2][:6] == (dt.datetime(2026, 9, 1), dt.time(8, 30), 7, 3, 2, "'=SUM(A1:A2)")
    assert rows[3][5:] == ("'-3 today", "yes", "ibuprofen 400 mg", "fever")
    formula_like = sheet.cell(3, 6)
    assert formula_like.data_type == "s"  # text: never evaluated
    assert isinstance(sheet.cell(3, 3).value, int)
    assert sheet.cell(2, 1).number_format == "yyyy-mm-dd"
    assert sheet.cell(3, 2).number_format == "hh:mm"
    assert sheet.freeze_panes == "A2" and book["procedures"].freeze_panes == "A2"
    widths = {c: sheet.column_dimensions[c].width for c in "ABCF"}
    assert widths["A"] == 12 and widths["B"] == 7 and widths["F"] == len("lines, ünïcödé") + 2
    procs = list(book["procedures"].iter_rows(values_only=True))
    assert procs[1] == (dt.datetime(2026, 8, 19), "Radiofrequency ablation (RFA)", "T6-T8",
                        "Right", 7, "=clinic")  # fmt: skip
    assert book["procedures"].cell(2, 6).data_type == "s"


def test_export_import_export_through_a_workbook(tmp_path, diary, capsys):
    first = tmp_path / "first.xlsx"
    assert main(["export", str(first), "--db", str(diary)]) == 0
    db2 = tmp_path / "d2.sqlite3"
    assert main(["import", str(first), "--db", str(db2)]) == 0
    assert "Imported 3 entries" in capsys.readouterr().out
    with DiaryStore.open(diary) as a, DiaryStore.open(db2) as b:
        assert [e.with_id(None) for e in a.entries()] == [e.with_id(None) for e in b.entries()]
    # and the CSV of both diaries is the same, byte for byte
    assert main(["export", str(tmp_path / "a.csv"), "--db", str(diary)]) == 0
    assert main(["export", str(tmp_path / "b.csv"), "--db", str(db2)]) == 0
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


entries = strategies.entries(extras=True)


@settings(max_examples=100, deadline=None)
@given(st.lists(entries, max_size=12))
def test_every_entry_comes_back_from_a_workbook(items):
    parsed = parse_xlsx(export_xlsx(items))
    assert parsed.problems == [] and not parsed.undecided
    assert sorted(parsed.entries, key=Entry.sort_key) == sorted(items, key=Entry.sort_key)


@pytest.mark.parametrize(
    "note", ["\r\n", "a\rb", "tab\there", "bell\x07", "_x000D_ as text", "_x005F_x", "'=x"]
)
def test_characters_xml_cannot_hold_come_back(note):
    parsed = parse_xlsx(export_xlsx([Entry(DAY, None, 1, note=note)]))
    assert parsed.entries[0].note == note


def _book(rows, title="Sheet") -> bytes:
    book = Workbook()
    book.active.title = title
    for row in rows:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_workbook_typed_by_hand_is_read_by_the_same_rules():
    data = _book(
        [
            HEADER,
            [dt.datetime(2026, 9, 13), dt.time(8, 30), 7.0, "3", None, "typed"],
            ["14/09/2026", "9:15 PM", 6, None, None, None],
            [None, None, None, None, None, None],  # an empty row
            [dt.date(2026, 9, 15), dt.time(7, 4, 59, 999_999), 5, None, None, 12],
        ]
    )
    parsed = parse_xlsx(data)
    assert parsed.problems == []
    assert [(e.day, e.time, e.pain, e.note) for e in parsed.entries] == [
        (dt.date(2026, 9, 13), "08:30", 7, "typed"),
        (dt.date(2026, 9, 14), "21:15", 6, ""),
        (dt.date(2026, 9, 15), "07:05", 5, "12"),
    ]


@pytest.mark.parametrize(
    "row, problem",
    [
        ([DAY, None, 11, None, None, None], "line 3: pain must be a whole number"),
        ([DAY, None, 7.5, None, None, None], "line 3: pain must be a whole number"),
        ([dt.datetime(2026, 9, 2, 8, 30), None, 5, None, None, None], "line 3: the date must"),
        ([DAY, dt.time(8, 30, 15), 5, None, None, None], "line 3: the time must be like"),
        ([DAY, None, None, None, None, None], "line 3: a row needs at least one rating"),
        ([DAY, None, 5, None, None, None, "extra"], "line 3: expected 6 fields, found 7"),
        ([DAY, None, "=1+1", None, None, None], "line 3: a cell holds a formula"),
    ],
)
def test_a_bad_row_rejects_the_whole_workbook(tmp_path, capsys, row, problem):
    f = tmp_path / "bad.xlsx"
    f.write_bytes(_book([HEADER, [DAY, None, 4, None, None, "fine"], row]))
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, None, 3))
    assert main(["import", str(f), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert problem in err and "nothing was imported" in err
    with DiaryStore.open(db) as s:
        assert [e.pain for e in s.entries()] == [3]


def test_the_entries_sheet_is_found_by_name_and_dates_are_decided_for_it():
    book = Workbook()
    book.active.title = "notes"
    book.active.append(["anything"])
    sheet = book.create_sheet("entries")
    sheet.append(HEADER)
    sheet.append(["01/09/2026", None, 4, None, None, None])
    out = io.BytesIO()
    book.save(out)
    parsed = parse_xlsx(out.getvalue())
    assert parsed.undecided == "01/09/2026" and parsed.entries == []
    assert parse_xlsx(out.getvalue(), "mdy").entries[0].day == dt.date(2026, 1, 9)


@pytest.mark.parametrize(
    "content, problem",
    [
        (b"PK\x03\x04 not really a zip", "line 1: this is not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "this is an old Excel file (.xls)"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path, capsys, content, problem):
    f = tmp_path / "x.xlsx"
    f.write_bytes(content)
    assert main(["import", str(f), "--db", str(tmp_path / "d.sqlite3")]) == 1
    assert problem in capsys.readouterr().err


def test_a_workbook_with_another_header(tmp_path):
    parsed = parse_xlsx(_book([["day", "pain"], [DAY, 4]]))
    assert str(parsed.problems[0]).startswith("line 1: the header must be")


@pytest.mark.parametrize("name", ["diary.txt", "diary", "diary.xls", "diary.ods", "diary.csv.bak"])
def test_an_unknown_extension_is_refused_and_nothing_is_written(tmp_path, diary, capsys, name):
    out = tmp_path / name
    assert main(["export", str(out), "--db", str(diary)]) == 1
    err = capsys.readouterr().err
    assert f"{name}: the file name must end in .csv or .xlsx" in err
    assert not out.exists()


@pytest.mark.parametrize("name", ["DIARY.XLSX", "Diary.Csv"])
def test_extensions_in_any_case(tmp_path, diary, capsys, name):
    assert main(["export", str(tmp_path / name), "--db", str(diary)]) == 0
    data = (tmp_path / name).read_bytes()
    assert data.startswith(b"PK\x03\x04" if name.endswith("XLSX") else b"\xef\xbb\xbfdate,")


def test_the_window_exports_a_workbook_and_refuses_other_names(qtbot, store, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from diary.qt.exports import export_actions
    from diary.qt.session import DiarySession

    store.add_entry(Entry(DAY, "08:30", 4, note="=x"))
    warnings = []
    monkeypatch.setattr(export_actions, "_warn", lambda parent: warnings.append)
    parent = QWidget()
    qtbot.addWidget(parent)
    session = DiarySession(store)
    assert export_actions.export_csv_file(session, parent, str(tmp_path / "e.xlsx"))
    assert parse_xlsx((tmp_path / "e.xlsx").read_bytes()).entries[0].note == "=x"
    assert not export_actions.export_csv_file(session, parent, str(tmp_path / "e.txt"))
    assert warnings == ["Not saved: e.txt: the file name must end in .csv or .xlsx"]
    assert not (tmp_path / "e.txt").exists()


def test_openpyxl_is_not_imported_by_csv_commands(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from diary.cli import main;"
        f"main(['export', {str(tmp_path / 'x.csv')!r}, '--db', {str(tmp_path / 'd.sqlite3')!r}]);"
        "print('openpyxl' in sys.modules)"
    )
    with DiaryStore.open(tmp_path / "d.sqlite3") as s:
        s.add_entry(Entry(DAY, None, 1))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "False"


@pytest.mark.parametrize("name", ["chart.jpg", "chart", "chart.pdf"])
def test_the_window_does_not_write_a_chart_under_another_name(
    qtbot, store, tmp_path, monkeypatch, name
):
    # Before: any name but .svg got PNG bytes (a "chart.jpg" that was a PNG).
    from PySide6.QtWidgets import QWidget

    from diary.qt.exports import export_actions
    from diary.qt.session import DiarySession

    store.add_entry(Entry(DAY, "08:30", 4))
    warnings = []
    monkeypatch.setattr(export_actions, "_warn", lambda parent: warnings.append)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not export_actions.save_chart_file(DiarySession(store), parent, str(tmp_path / name))
    assert warnings == [f"Not saved: {name}: the file name must end in .png or .svg"]
    assert not (tmp_path / name).exists()
    assert export_actions.save_chart_file(DiarySession(store), parent, str(tmp_path / "c.PNG"))
    assert (tmp_path / "c.PNG").read_bytes().startswith(b"\x89PNG")


def test_a_workbook_that_unpacks_too_large_is_refused_unread(monkeypatch):
    # Measured by hand: a 297 KB workbook whose note unpacks to 300 MB raised the
    # import's peak memory by 601 MB; refused before reading, by 24 MB. Here the
    # same with a 1 MB limit, to keep the test small.
    from diary.exports import xlsx_format

    base = export_xlsx([Entry(DAY, None, 4, note="LONG")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item).replace(b">LONG<", b">" + b"y" * 2_000_000 + b"<"))
    monkeypatch.setattr(xlsx_format, "_MAX_UNPACKED", 1_000_000)
    parsed = parse_xlsx(out.getvalue())
    assert str(parsed.problems[0]) == (
        "line 1: this workbook is too large to be a diary (over 1 MB unpacked)"
    )
