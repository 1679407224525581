"""Status and undo messages go when what they describe changes; the reminder banner
is seen on every tab."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from diary.core.records import Entry
from diary.qt.main_window import MainWindow
from diary.qt.session import DiarySession
from diary.qt.text_size import apply_text_scale
from tests.conftest import TODAY


@pytest.fixture
def session(store):
    s = DiarySession(store)
    s.today = lambda: TODAY
    return s


@pytest.fixture
def window(qtbot, session):
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    qtbot.waitExposed(w)
    w.build_chart()
    w.build_panels()
    return w


def test_entry_deleted_and_its_undo_go_after_ctrl_z(qtbot, window, session):
    session.add_entry(Entry(TODAY, "09:00", pain=5))
    history = window.history
    window.tabs.setCurrentWidget(history)
    history.table.selectRow(0)
    history.delete_selected()
    assert history.message.text() == "Entry deleted."
    assert not history.undo_button.isHidden()
    [undo] = [a for a in window.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Z"]
    undo.trigger()  # Edit ▸ Undo, Ctrl+Z
    assert len(session.entries()) == 1  # restored
    assert history.message.text() == ""
    assert history.undo_button.isHidden()


def test_undo_button_goes_once_something_else_is_saved(qtbot, window, session):
    session.add_entry(Entry(TODAY, "09:00", pain=5))
    history = window.history
    history.table.selectRow(0)
    history.delete_selected()
    session.add_entry(Entry(TODAY, "10:00", pain=3))  # its Undo would now undo this
    assert history.undo_button.isHidden()


def test_saved_goes_once_that_entry_is_deleted(qtbot, window, session):
    qtbot.keyClicks(window.form.pad, "732")
    qtbot.keyClick(window.form.pad, Qt.Key.Key_Return)
    assert "Saved" in window.form.message.text()
    session.undo_stack.undo()
    assert window.form.message.text() == ""
    qtbot.keyClicks(window.form.pad, "4")
    qtbot.keyClick(window.form.pad, Qt.Key.Key_Return)
    [entry] = session.entries()
    session.add_entry(Entry(TODAY, "23:00", pain=1))  # another entry: still true
    assert "Saved" in window.form.message.text()
    session.delete_entry(entry.id)
    assert window.form.message.text() == ""


def test_reminder_banner_on_every_tab(qtbot, window, qapp):
    apply_text_scale(qapp, 2.0)  # the tabbed layout
    try:
        qtbot.waitUntil(window.is_tabbed)
        window.banner.show_text("Time to rate your day")
        for i in range(window.tabs.count()):
            window.tabs.setCurrentIndex(i)
            qtbot.wait(5)
            assert window.banner.isVisible(), window.tabs.tabText(i)
    finally:
        apply_text_scale(qapp, 1.0)


def test_empty_diary_has_its_own_sentence_and_an_add_procedure_button(
    qtbot, window, session, monkeypatch
):
    assert window.getting_started.isVisible()
    assert "Your diary is empty" in window.start_text.text()
    assert window.status_panel.verdict.isHidden()  # no "Relief has not reached…"
    assert window.add_procedure_button.isVisible()
    opened = []
    monkeypatch.setattr(window.procedures, "add", lambda: opened.append(True))
    qtbot.mouseClick(window.add_procedure_button, Qt.MouseButton.LeftButton)
    assert opened == [True]


def test_entries_but_no_procedure_then_both(qtbot, window, session):
    from diary.core.records import Procedure

    session.add_entry(Entry(TODAY, "09:00", pain=5))
    assert window.start_text.text() == "Add the date of your procedure to see your relief."
    assert window.add_procedure_button.isVisible()
    session.add_procedure(Procedure(TODAY, "rfa", "T7", None, 7))
    assert window.getting_started.isHidden()
    assert window.status_panel.verdict.isVisible()


def test_a_procedure_but_no_ratings_yet(qtbot, window, session):
    from diary.core.records import Procedure

    session.add_procedure(Procedure(TODAY, "rfa", "T7", None, 7))
    assert window.start_text.text().startswith("No ratings yet.")
    assert window.add_procedure_button.isHidden()
