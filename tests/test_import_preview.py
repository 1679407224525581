"""The window's import preview: it shows what will be imported, asks the order of
day and month when the file cannot tell, and imports nothing until it is ready."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog

from diary.core.records import Entry
from diary.qt import import_preview
from diary.qt.session import DiarySession

FIXTURES = Path(__file__).parent / "fixtures" / "spreadsheets"


def _run(qtbot, store, path, monkeypatch, answer):
    seen = {}

    def exec_(dialog):
        seen["asked"] = dialog.order_question.isVisibleTo(dialog)
        seen["before"] = (dialog.import_button.isEnabled(), dialog.model.rowCount())
        seen["summary before"] = dialog.summary.text()
        if answer:
            answer(dialog)
        seen["after"] = (dialog.import_button.isEnabled(), dialog.model.rowCount())
        seen["summary"] = dialog.summary.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_preview.ImportPreview, "exec", exec_)
    parent = QDialog()
    qtbot.addWidget(parent)
    added = import_preview.import_file(DiarySession(store), parent, str(path))
    return added, seen


def test_the_preview_asks_the_date_order_and_shows_the_rows(qtbot, store, monkeypatch):
    added, seen = _run(
        qtbot,
        store,
        FIXTURES / "excel-uk-ambiguous.csv",
        monkeypatch,
        lambda d: d.month_first.setChecked(True),
    )
    assert seen["asked"] is True
    assert seen["before"] == (False, 0)
    assert seen["summary before"].startswith("Choose how the dates are written")
    assert seen["after"] == (True, 3)
    assert seen["summary"] == "3 new entries will be added; 0 are already in your diary."
    assert added == 3
    assert [e.day for e in store.entries()] == [
        dt.date(2026, 1, 9),
        dt.date(2026, 2, 9),
        dt.date(2026, 3, 10),
    ]


def test_the_buttons_say_what_each_order_means(qtbot):
    data = (FIXTURES / "excel-uk-ambiguous.csv").read_bytes()
    from diary.exports.entry_files import parse_entries

    dialog = import_preview.ImportPreview("x.csv", lambda o: parse_entries(data, o), list)
    qtbot.addWidget(dialog)
    assert dialog.day_first.text() == "Day first: 01/09/2026 is 1 September 2026"
    assert dialog.month_first.text() == "Month first: 01/09/2026 is 9 January 2026"
    dialog.day_first.setChecked(True)
    assert [e.day.month for e in dialog.parsed.entries] == [9, 9, 10]
    dialog.month_first.setChecked(True)
    assert [e.day.month for e in dialog.parsed.entries] == [1, 2, 3]


def test_without_an_answer_nothing_is_imported(qtbot, store, monkeypatch):
    added, seen = _run(qtbot, store, FIXTURES / "excel-uk-ambiguous.csv", monkeypatch, None)
    assert seen["after"] == (False, 0)
    assert added == 0 and store.entries() == []


def test_a_file_that_tells_is_not_asked(qtbot, store, monkeypatch):
    store.add_entry(Entry(dt.date(2026, 9, 1), "08:30", 7, 3, 2, "walked to the shop"))
    added, seen = _run(qtbot, store, FIXTURES / "excel-de-utf8-bom.csv", monkeypatch, None)
    assert seen["asked"] is False
    assert seen["summary"] == "3 new entries will be added; 1 are already in your diary."
    assert added == 3 and len(store.entries()) == 4


def test_a_workbook_through_the_preview(qtbot, store, monkeypatch, tmp_path):
    from diary.exports.xlsx_format import export_xlsx

    f = tmp_path / "e.xlsx"
    f.write_bytes(export_xlsx([Entry(dt.date(2026, 9, 1), "08:30", 4, note="=x")]))
    added, seen = _run(qtbot, store, f, monkeypatch, None)
    assert added == 1 and store.entries()[0].note == "=x"
