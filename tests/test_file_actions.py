"""The File menu in the window: CSV preview and import, export, report, chart."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from diary.core.records import Entry, Procedure
from diary.qt import file_actions, import_preview
from diary.qt.exports import export_actions, report_dialog
from diary.qt.session import DiarySession
from tests.conftest import TODAY

GOOD = b"date,time,pain,numbness,soreness,note\r\n2026-11-01,,5,,,walked\r\n2026-11-02,,4,,,\r\n"


@pytest.fixture
def session(store):
    s = DiarySession(store)
    s.today = lambda: TODAY
    return s


def test_import_preview_then_confirm(qtbot, session, tmp_path, monkeypatch):
    f = tmp_path / "in.csv"
    f.write_bytes(GOOD)
    session.add_entry(Entry(dt.date(2026, 11, 1), None, 5, note="walked"))
    seen = {}

    def confirm(dialog):
        seen["summary"] = dialog.summary.text()
        seen["rows"] = dialog.model.rowCount()
        seen["enabled"] = dialog.import_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_preview.ImportPreview, "exec", confirm)
    parent = QDialog()
    qtbot.addWidget(parent)
    assert file_actions.import_csv(session, parent, str(f)) == 1
    assert seen == {
        "summary": "1 new entries will be added; 1 are already in your diary.",
        "rows": 1,
        "enabled": True,
    }
    assert len(session.entries()) == 2


def test_import_with_problems_changes_nothing(qtbot, session, tmp_path, monkeypatch):
    f = tmp_path / "bad.csv"
    f.write_bytes(GOOD + b"2026-11-03,,11,,,\r\n")
    seen = {}

    def look(dialog):
        seen["problems"] = dialog.problems.toPlainText()
        seen["enabled"] = dialog.import_button.isEnabled()
        return QDialog.DialogCode.Accepted  # even if forced, nothing is imported

    monkeypatch.setattr(import_preview.ImportPreview, "exec", look)
    parent = QDialog()
    qtbot.addWidget(parent)
    file_actions.import_csv(session, parent, str(f))
    assert "line 4: pain must be a whole number" in seen["problems"]
    assert seen["enabled"] is False
    assert session.store.entries() == []


def test_export_and_chart_files(qtbot, session, tmp_path):
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=30), "rfa", "T7", None, 7))
    session.add_entry(Entry(TODAY, "08:00", 4, 1, 0, "=risky"))
    parent = QDialog()
    qtbot.addWidget(parent)
    assert export_actions.export_csv_file(session, parent, str(tmp_path / "e.csv"))
    assert (tmp_path / "e.csv").read_bytes().endswith(b"2026-11-21,08:00,4,1,0,'=risky\r\n")
    assert export_actions.save_chart_file(session, parent, str(tmp_path / "c.svg"))
    assert "<svg" in (tmp_path / "c.svg").read_text()


def test_report_dialog_range_name_and_pdf(qtbot, session, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=30), "rfa", "T7", None, 7))
    session.add_entry(Entry(TODAY - dt.timedelta(days=2), None, 4))
    dialog = report_dialog.ReportDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.range() == (None, TODAY)
    dialog.name.setText("Ana Test")
    dialog.start.setDate(dialog.start.date().addDays(10))
    assert dialog.since_visit.isChecked()
    dialog.end.setDate(dialog.end.date())
    out = tmp_path / "r.pdf"
    assert dialog.save_pdf(str(out))
    assert session.store.setting("patient_name") == "Ana Test"
    assert session.store.setting("last_visit") == dialog.range()[0].isoformat()
    text = " ".join(pypdf.PdfReader(str(out)).pages[0].extract_text().split())
    assert "Ana Test" in text
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert not dialog.save_pdf(str(tmp_path / "r2.pdf"))
    assert "must not be after" in dialog.message.text()


def test_printing_uses_the_same_layout(qtbot, session, tmp_path, monkeypatch):
    """Print… renders the report on a QPrinter; here the printer writes a PDF."""
    pypdf = pytest.importorskip("pypdf")
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    session.add_procedure(Procedure(TODAY - dt.timedelta(days=30), "rfa", "T7", None, 7))
    session.add_entry(Entry(TODAY - dt.timedelta(days=2), None, 4, note="printed note"))
    out = tmp_path / "printed.pdf"

    def fake_exec(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    dialog = report_dialog.ReportDialog(session)
    qtbot.addWidget(dialog)
    dialog.print_report()
    assert "Sent 3 pages to the printer" in dialog.message.text()  # summary, details, entries
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)
    assert "Relief Diary report" in text and "printed note" in text and "page 3 of 3" in text


def test_export_says_what_it_left_out(qtbot, session, tmp_path, monkeypatch):
    """F14: entries dated outside 1900…a year ahead were left out without a word."""
    import sqlite3

    session.add_entry(Entry(TODAY, "08:00", 4))
    conn = sqlite3.connect(session.store.path)
    conn.execute("INSERT INTO entry (day, pain) VALUES ('0001-01-01', 5)")
    conn.commit()
    conn.close()
    said = []
    monkeypatch.setattr(
        export_actions.QMessageBox, "information", lambda _p, _t, text: said.append(text)
    )
    parent = QDialog()
    qtbot.addWidget(parent)
    assert export_actions.export_csv_file(session, parent, str(tmp_path / "e.csv"))
    assert said == [
        "1 entries dated before 1900-01-01 or more than a year ahead were left out "
        "(they stay in the diary file)."
    ]
