"""Import messages that name the right line (issue 12, item 7): one note limit for
the window, the importer and the exporters; invalid UTF-8 on its own line; digits
other than 0-9 refused with the line, never passed to the database."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from diary.cli import main
from diary.core.notes import MAX_NOTE_CHARS
from diary.core.records import Entry
from diary.exports.csv_format import BOM, export_csv, parse_csv
from diary.exports.xlsx_format import export_xlsx, parse_xlsx
from diary.store import DiaryStore

HEAD = b"date,time,pain,numbness,soreness,note\r\n"
DAY = dt.date(2026, 9, 1)


def _import(tmp_path, data: bytes, capsys) -> tuple[int, str, list]:
    f = tmp_path / "in.csv"
    f.write_bytes(data)
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, None, 3))
    code = main(["import", str(f), "--db", str(db)])
    err = capsys.readouterr().err
    with DiaryStore.open(db) as s:
        pains = [e.pain for e in s.entries()]
    return code, err, pains


def test_a_note_at_the_limit_goes_out_and_comes_back(tmp_path, capsys):
    note = "é" * MAX_NOTE_CHARS
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, "08:30", 4, note=note))
    for name in ("out.csv", "out.xlsx"):
        assert main(["export", str(tmp_path / name), "--db", str(db)]) == 0
        db2 = tmp_path / f"{name}.sqlite3"
        assert main(["import", str(tmp_path / name), "--db", str(db2)]) == 0
        with DiaryStore.open(db2) as s:
            assert [e.note for e in s.entries()] == [note]


@pytest.mark.parametrize("length", [MAX_NOTE_CHARS + 1, 131_073, 140_000])
def test_a_longer_note_is_refused_on_its_line(tmp_path, capsys, length):
    # Before: "line 3: this is not valid CSV (check the quotes)" above 131,072.
    data = HEAD + b"2026-09-02,,5,,,ok\r\n2026-09-03,,5,,," + b"x" * length + b"\r\n"
    code, err, pains = _import(tmp_path, data, capsys)
    assert code == 1 and pains == [3]
    assert f"line 3: the note is {length} characters long; a note holds at most 32767" in err


def test_a_note_over_the_limit_in_a_workbook_is_refused_on_its_row():
    # openpyxl cuts longer text when it writes a cell, so the long note is put into
    # the sheet's XML afterwards, as another program could write it.
    import io
    import zipfile

    data = export_xlsx([Entry(DAY, None, 5, note="ok"), Entry(DAY, "09:00", 5, note="LONG")])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item).replace(b">LONG<", b">" + b"y" * 40_000 + b"<"))
    parsed = parse_xlsx(out.getvalue())
    assert [str(p) for p in parsed.problems] == [
        "line 3: the note is 40000 characters long; a note holds at most 32767"
    ]


def test_an_older_diary_with_a_longer_note_is_not_exported_half(tmp_path, capsys):
    # Notes typed before the limit are kept, shown and backed up; an export that
    # could not be imported again is refused, naming the entry, and writes nothing.
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        s.add_entry(Entry(DAY, "08:30", 4, note="z" * 40_000))
    for name in ("out.csv", "out.xlsx"):
        assert main(["export", str(tmp_path / name), "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert "the entry of 2026-09-01 08:30: the note is 40000 characters long" in err
        assert not (tmp_path / name).exists()
    with pytest.raises(ValueError, match="40000"):
        export_csv([Entry(DAY, None, 1, note="z" * 40_000)])
    with pytest.raises(ValueError, match="40000"):
        export_xlsx([Entry(DAY, None, 1, note="z" * 40_000)])


def test_the_window_refuses_a_longer_note_and_keeps_it(qtbot, store):
    from diary.qt.entry_form import EntryForm

    form = EntryForm(store.add_entry, lambda: DAY)
    qtbot.addWidget(form)
    form.pad.set_values({"pain": 4})
    form.note.setPlainText("n" * (MAX_NOTE_CHARS + 1))
    assert form.submit() is False
    assert "The note is too long: 32768 characters" in form.message.text()
    assert len(form.note.toPlainText()) == MAX_NOTE_CHARS + 1  # the input is kept
    assert store.entries() == []
    form.note.setPlainText("n" * MAX_NOTE_CHARS)
    assert form.submit() is True
    assert len(store.entries()[0].note) == MAX_NOTE_CHARS


def test_invalid_utf8_is_reported_on_its_line(tmp_path, capsys):
    # Before: "line 1: the file is not UTF-8 text".
    data = HEAD + b"2026-09-02,,5,,,ok\r\n2026-09-03,,5,,,caf\xe9\r\n"
    code, err, pains = _import(tmp_path, data, capsys)
    assert code == 1 and pains == [3]
    assert "line 3: this line is not UTF-8 text" in err
    # a quoted note over several lines: the line of the bad byte itself
    data = HEAD + b'2026-09-02,,5,,,"one\r\ntwo\r\nthr\xffee"\r\n'
    assert parse_csv(data).problems[0].line == 4
    assert parse_csv(BOM + data).problems[0].line == 4


ARABIC = "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"


def _arabic(text: str) -> str:
    return "".join(ARABIC[int(c)] if c.isdigit() else c for c in text)


@pytest.mark.parametrize(
    "row, problem",
    [
        # Before: passed the parser, then "a value was outside what the diary accepts".
        ("2026-09-03,12:3" + ARABIC[0] + ",5,,,", "line 3: the time has digits other than 0-9"),
        ("2026-09-03," + _arabic("08:30") + ",5,,,", "line 3: the time has digits other than 0-9"),
        (_arabic("2026-09-03") + ",,5,,,", "line 3: the date has digits other than 0-9"),
        (_arabic("13/09/2026") + ",,5,,,", "line 3: the date has digits other than 0-9"),
        # Before: imported as 7 without a word.
        ("2026-09-03,,\u0667,,,", "line 3: the pain has digits other than 0-9"),
        ("2026-09-03,,,\uff17,,", "line 3: the numbness has digits other than 0-9"),
        ("2026-09-03,,,,\u096d.0,", "line 3: the soreness has digits other than 0-9"),
    ],
)
def test_other_digits_are_refused_with_the_line(tmp_path, capsys, row, problem):
    data = HEAD + b"2026-09-02,,5,,,ok\r\n" + row.encode() + b"\r\n"
    code, err, pains = _import(tmp_path, data, capsys)
    assert code == 1 and pains == [3]
    assert problem in err and "Traceback" not in err


def test_the_window_refuses_other_digits_in_the_time(qtbot, store):
    from diary.qt.entry_form import EntryForm

    form = EntryForm(store.add_entry, lambda: DAY)
    qtbot.addWidget(form)
    form.pad.set_values({"pain": 4})
    form.time.setText("12:3" + ARABIC[0])
    assert form.submit() is False
    assert "The time must be like 14:30" in form.message.text()
    assert store.entries() == []


def test_the_command_line_refuses_other_digits_in_a_baseline(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")
    with pytest.raises(SystemExit):
        main(["procedure", "add", "--date", "2026-09-01", "--baseline", "\u0667", "--db", db])
    assert "must be a whole number from 0 to 10" in capsys.readouterr().err


def test_the_window_preview_shows_the_line(qtbot, tmp_path, monkeypatch, store):
    from diary.qt import import_preview
    from diary.qt.session import DiarySession

    f = tmp_path / "bad.csv"
    f.write_bytes(HEAD + b"2026-09-02,,5,,,ok\r\n2026-09-03,,5,,," + b"x" * 140_000 + b"\r\n")
    seen = {}

    def look(dialog):
        seen["problems"] = dialog.problems.toPlainText()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_preview.ImportPreview, "exec", look)
    parent = QDialog()
    qtbot.addWidget(parent)
    assert import_preview.import_file(DiarySession(store), parent, str(f)) == 0
    assert seen["problems"].startswith("line 3: the note is 140000 characters long")
    assert store.entries() == []
