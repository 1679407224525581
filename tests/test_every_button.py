"""Every button works: open each window and dialog, press each of its buttons and
menu actions in turn, and fail on any exception raised in a slot.

pytest-qt captures exceptions raised inside Qt slots (they reach ``sys.excepthook``)
and fails the test with them. Modal dialogs are not run modally: ``exec`` is
replaced by a presser that shows the dialog, presses each of its buttons, and
returns; file dialogs are answered with paths in the test's tmp folder and message
boxes are answered without showing.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QMessageBox,
    QWidget,
    QWizard,
)

from diary.core.demo import demo_diary
from diary.core.records import Entry, Procedure
from diary.qt.main_window import MainWindow
from diary.qt.session import DiarySession
from tests.conftest import TODAY

CLOSING = ("close", "cancel", "quit", "finish", "ok", "save", "done")
MAX_DEPTH = 3


class Presser:
    """Replaces ``QDialog.exec``: shows the dialog and presses its buttons."""

    def __init__(self, tmp_path):
        self.tmp_path = tmp_path
        self.depth = 0
        self.seen: dict[str, int] = {}  # dialog class -> buttons pressed
        self.pressed: list[str] = []

    def exec(self, dialog: QDialog) -> int:
        name = type(dialog).__name__
        if self.depth >= MAX_DEPTH or name in self.seen:
            return QDialog.DialogCode.Rejected
        self.seen[name] = 0
        self.depth += 1
        try:
            dialog.show()
            QApplication.processEvents()
            self.press_all(dialog, name)
        finally:
            self.depth -= 1
        dialog.hide()
        return dialog.result()

    def press_all(self, widget: QWidget, name: str) -> None:
        # Qt's own buttons (a menu bar's overflow arrow, a tab bar's scroll arrows)
        # open menus modally or only scroll: they are not the app's.
        buttons = [
            b
            for b in widget.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and not b.objectName().startswith("qt_")
        ]
        # Buttons that close the dialog go last, so the others are pressed first.
        buttons.sort(key=lambda b: any(w in b.text().lower() for w in CLOSING))
        for button in buttons:
            if not _alive(button) or not (button.isEnabled() and button.isVisible()):
                continue
            self.pressed.append(f"{name}: {button.text() or button.objectName()}")
            self.seen[name] = self.seen.get(name, 0) + 1
            button.click()
            QApplication.processEvents()


def _alive(widget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:
        return False
    return True


@pytest.fixture
def presser(tmp_path, monkeypatch):
    p = Presser(tmp_path)
    csv = tmp_path / "in.csv"
    csv.write_bytes(b"date,time,pain,numbness,soreness,note\r\n2026-11-01,,5,,,walked\r\n")
    backups: list = []

    def save_name(parent, title, where, filters="", *args, **kwargs):
        suffix = ".pdf" if "pdf" in filters.lower() else ".csv" if "csv" in filters.lower() else ""
        if "png" in filters.lower():
            suffix = ".png"
        if "json" in filters.lower():
            suffix = ".json"
        path = tmp_path / f"saved-{len(p.pressed)}{suffix or '.bak'}"
        if not suffix:
            backups.append(path)
        return str(path), filters

    def open_name(parent, title, where, filters="", *args, **kwargs):
        if "csv" in filters.lower() or "import" in title.lower():
            return str(csv), filters
        return (str(backups[-1]) if backups else ""), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QDialog, "exec", lambda dialog: p.exec(dialog))
    monkeypatch.setattr(QWizard, "exec", lambda dialog: p.exec(dialog))
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(lambda *a, **k: QMessageBox.Ok))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.Yes))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: None))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)

    def print_dialog(dialog):
        printer: QPrinter = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog)
    return p


@pytest.fixture
def window(qtbot, store, tmp_path):
    proc, entries = demo_diary(TODAY)
    store.add_procedure(proc)
    store.add_procedure(Procedure(TODAY - dt.timedelta(days=1), "block", "T7", "left", 6))
    store.add_entries(entries)
    store.add_entry(
        Entry(TODAY, "08:00", 4, 1, 1, "to ask", for_doctor=True, medications=(("ibuprofen", ""),))
    )
    session = DiarySession(store)
    session.today = lambda: TODAY
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(session, settings=settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.build_chart()
    w.build_panels()
    return w


def test_every_menu_action_and_button(qtbot, window, presser, tmp_path):
    # Every panel's rows selected, so Edit and Delete are enabled too.
    for panel in (window.history, window.procedures):
        panel.table.selectRow(0)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions():
            if action.menu() is not None or action.isSeparator():
                continue
            if action.text().replace("&", "") == "Quit":
                continue  # pressed last
            presser.pressed.append(f"menu: {action.text()}")
            action.trigger()
            QApplication.processEvents()
    for tab in range(window.tabs.count()):  # the buttons a patient can see, tab by tab
        window.tabs.setCurrentIndex(tab)
        for panel in (window.history, window.procedures):
            panel.table.selectRow(0)
        QApplication.processEvents()
        presser.press_all(window, f"MainWindow tab {tab}")
    # The block-day window is not modal: its buttons are pressed where it stands.
    block = window.block_window
    presser.press_all(block, "BlockDayWindow")
    block.close()
    # The welcome (shown on a first start) is a wizard: each page's buttons.
    from diary.qt.welcome import WelcomeWizard

    wizard = WelcomeWizard(window.session, window.settings, window)
    wizard.show()
    for _page in range(6):
        presser.press_all(wizard.currentPage(), "WelcomeWizard page")
        wizard.next()
    wizard.close()
    # The report dialog's buttons were all pressed, and "Save as PDF…" wrote a file.
    assert any("Save as PDF" in p for p in presser.pressed)
    assert list(tmp_path.glob("saved-*.pdf"))
    assert (tmp_path / "printed.pdf").exists()
    for dialog in (
        "ReportDialog",
        "ProcedureDialog",
        "RulesDialog",
        "HelpDialog",
        "FunctionDialog",
    ):
        assert presser.seen.get(dialog), (dialog, presser.seen)
    assert presser.seen["BlockDayWindow"] >= 1
    window.close()


def test_report_dialog_save_as_pdf_button(qtbot, store, presser, tmp_path):
    """The bug of issue 13: the button's ``checked`` argument arrived as the path."""
    from diary.qt.exports.report_dialog import ReportDialog

    store.add_procedure(Procedure(TODAY - dt.timedelta(days=30), "rfa", baseline=7))
    session = DiarySession(store)
    session.today = lambda: TODAY
    dialog = ReportDialog(session)
    qtbot.addWidget(dialog)
    [save] = [b for b in dialog.findChildren(QAbstractButton) if "PDF" in b.text()]
    save.click()
    assert list(tmp_path.glob("saved-*.pdf")), dialog.message.text()
    assert "Saved" in dialog.message.text()
