"""The window, driven as a patient would: keyboard first, then the mouse."""

import datetime as dt

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from diary.core.records import Entry, Procedure
from diary.qt.dialogs import ProcedureDialog
from diary.qt.main_window import MainWindow
from diary.qt.session import DiarySession
from diary.store import WriteFailed
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
    w.show()
    qtbot.waitExposed(w)
    w.build_chart()
    w.build_panels()
    return w


def type_keys(qtbot, widget, keys):
    for key in keys:
        if key == "Enter":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif key == " ":
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        elif key == "BS":
            qtbot.keyClick(widget, Qt.Key.Key_Backspace)
        else:
            qtbot.keyClicks(widget, key)


def test_7_3_2_enter_records_today(qtbot, window, session):
    assert window.focusWidget() is window.form.pad  # ready for typing at once
    type_keys(qtbot, window.focusWidget(), ["7", "3", "2", "Enter"])
    [entry] = session.store.entries()
    assert (entry.day, entry.pain, entry.numbness, entry.soreness) == (TODAY, 7, 3, 2)
    assert entry.time is not None  # today's entry gets the time it was logged
    assert "Saved" in window.form.message.text()
    assert window.form.pad.values() == {"pain": None, "numbness": None, "soreness": None}
    assert window.focusWidget() is window.form.pad  # ready for the next one


def test_t_is_ten_space_skips_backspace_goes_back(qtbot, window, session):
    pad = window.form.pad
    type_keys(qtbot, pad, ["t", " ", "4", "BS", "BS", "5", "1"])
    assert pad.values() == {"pain": 10, "numbness": 5, "soreness": 1}
    type_keys(qtbot, pad, ["Enter"])
    assert session.store.entries()[0].pain == 10


def test_nothing_typed_saves_nothing(qtbot, window, session):
    type_keys(qtbot, window.form.pad, ["Enter"])
    assert session.store.entries() == []
    assert "at least one rating" in window.form.message.text()


def test_mouse_buttons_and_past_day_with_note(qtbot, window, session):
    form = window.form
    buttons = form.pad._groups[0].buttons()
    qtbot.mouseClick(buttons[6], Qt.MouseButton.LeftButton)
    assert form.pad.values()["pain"] == 6
    assert buttons[6].height() >= 44 and buttons[6].width() >= 44
    form.day.setDate(form.day.date().addDays(-3))
    form.time.setText("9:30")
    form.note.setPlainText("Bad night, sore between the shoulders")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    [e] = session.store.entries()
    assert (e.day, e.time, e.pain, e.note) == (
        TODAY - dt.timedelta(days=3),
        "09:30",
        6,
        "Bad night, sore between the shoulders",
    )


def test_a_failed_write_keeps_the_values_on_screen(qtbot, window, session, monkeypatch):
    def full(_entry):
        raise WriteFailed("Not saved: the disk is full. Free some space and try again.")

    monkeypatch.setattr(session.store, "add_entry", full)
    window.form.note.setPlainText("keep me")
    type_keys(qtbot, window.form.pad, ["8", "2", "1", "Enter"])
    assert "disk is full" in window.form.message.text()
    assert window.form.pad.values() == {"pain": 8, "numbness": 2, "soreness": 1}
    assert window.form.note.toPlainText() == "keep me"
    monkeypatch.undo()
    type_keys(qtbot, window.form.pad, ["Enter"])
    assert [e.pain for e in session.store.entries()] == [8]


def test_history_is_newest_first_and_edit_delete_undo(qtbot, window, session, monkeypatch):
    old = session.add_entry(Entry(TODAY - dt.timedelta(days=2), "08:00", 5, 1, 1))
    new = session.add_entry(Entry(TODAY, "09:00", 3, 0, 0, "walked"))
    model = window.history.model
    assert [model.record(r).id for r in range(model.rowCount())] == [new.id, old.id]
    assert model.index(0, 5).data() == "walked"

    window.history.select(old.id)
    window.history.delete_selected()
    assert session.store.entry(old.id) is None
    assert not window.history.undo_button.isHidden()
    qtbot.mouseClick(window.history.undo_button, Qt.MouseButton.LeftButton)
    assert session.store.entry(old.id) == old
    assert model.rowCount() == 2

    # Edit through the same form, in a dialog.
    def fake_exec(dialog):
        dialog.form.pad.set_values({"pain": 4, "numbness": 1, "soreness": 1})
        return dialog.form.submit()

    monkeypatch.setattr("diary.qt.dialogs.EntryDialog.exec", fake_exec)
    window.history.select(old.id)
    window.history.edit_selected()
    assert session.store.entry(old.id).pain == 4
    assert session.store.entry(old.id).time == "08:00"
    session.undo_stack.undo()
    assert session.store.entry(old.id).pain == 5
    session.undo_stack.redo()
    assert session.store.entry(old.id).pain == 4


def test_undo_of_an_added_entry_and_redo(qtbot, window, session):
    type_keys(qtbot, window.form.pad, ["6", "Enter"])
    assert len(session.store.entries()) == 1
    session.undo_stack.undo()
    assert session.store.entries() == []
    session.undo_stack.redo()
    assert [e.pain for e in session.store.entries()] == [6]


def test_redo_has_each_platform_shortcut_once(qtbot, session, monkeypatch):
    """F11: on xcb StandardKey.Redo already is Ctrl+Shift+Z; binding it twice made
    the key ambiguous and Qt fired nothing. The platform's own Redo keys (here as
    xcb gives them) are all bound, Ctrl+Shift+Z among them, each once."""
    from PySide6.QtGui import QAction, QKeySequence

    xcb = [QKeySequence("Ctrl+Shift+Z"), QKeySequence(Qt.Key.Key_Redo)]
    monkeypatch.setattr(QKeySequence, "keyBindings", staticmethod(lambda key: list(xcb)))
    window = MainWindow(session)
    qtbot.addWidget(window)
    [redo] = [a for a in window.findChildren(QAction) if a.text().startswith("&Redo")]
    keys = [k.toString() for k in redo.shortcuts()]
    assert sorted(keys) == sorted({k.toString() for k in xcb})


def test_procedures_add_edit_delete(qtbot, window, session, monkeypatch):
    def fill(dialog):
        dialog.day.setDate(dialog.day.date().addDays(-30))
        dialog.levels.setText("T6–T8")
        dialog.side.setCurrentIndex(dialog.side.findData("right"))
        dialog.baseline.setCurrentIndex(dialog.baseline.findData(7))
        dialog._accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(ProcedureDialog, "exec", fill)
    window.procedures.add()
    [p] = session.store.procedures()
    assert (p.day, p.kind.value, p.levels, p.side.value, p.baseline) == (
        TODAY - dt.timedelta(days=30),
        "rfa",
        "T6–T8",
        "right",
        7,
    )
    assert window.procedures.model.rowCount() == 1

    def change(dialog):
        assert dialog.levels.text() == "T6–T8"  # loaded from the record
        dialog.baseline.setCurrentIndex(dialog.baseline.findData(None))
        dialog.kind.setCurrentIndex(dialog.kind.findData("block"))
        dialog._accept()
        return True

    monkeypatch.setattr(ProcedureDialog, "exec", change)
    window.procedures.select(p.id)
    window.procedures.edit_selected()
    [q] = session.store.procedures()
    assert q.baseline is None and q.kind.value == "block"
    window.procedures.select(p.id)
    window.procedures.delete_selected()
    assert session.store.procedures() == []
    session.undo_stack.undo()
    assert session.store.procedures() == [q]


def test_chart_follows_every_change(qtbot, window, session):
    chart = window.chart
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=40), "rfa", "T7", None, 8))
    e = session.add_entry(Entry(TODAY - dt.timedelta(days=1), None, 4, 2, 1, "note"))
    x, y = chart.curves["pain"].getData()
    assert len(x) == 41  # procedure day .. today
    assert y[-2] == 4 and np.isnan(y[-1])
    assert chart.curves["numbness"].getData()[1][-2] == 2
    assert [m.label for m in chart.data.pain_levels] == ["Baseline 8", "30 % relief", "50 % relief"]
    assert [m.value for m in chart.data.pain_levels] == [8, 8 * 0.7, 4]
    assert len(chart.data.procedures) == 1
    session.add_entry(Entry(TODAY, None, 6))
    assert chart.curves["pain"].getData()[1][-1] == 6
    session.add_entry(Entry(TODAY, None, 2))
    assert chart.curves["pain"].getData()[1][-1] == 4  # mean of the day
    session.update_entry(Entry(e.day, None, 9, 2, 1, "note", e.id))
    assert chart.curves["pain"].getData()[1][-2] == 9
    session.delete_entry(e.id)
    assert np.isnan(chart.curves["pain"].getData()[1][-2])
    assert "note" not in " ".join(sum(chart.data.notes.values(), []))
    assert chart.describe_day(TODAY).endswith("pain 4")


def test_range_buttons_and_hover_text(qtbot, window, session):
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=400), "rfa", "", None, 8))
    session.add_entry(Entry(TODAY - dt.timedelta(days=3), None, 4, None, None, "gardening"))
    chart = window.chart
    chart.range_group.button(0).click()  # 1 month
    lo, hi = chart.ratings.viewRange()[0]
    assert (hi - lo) / 86400 == pytest.approx(30 * 1.02, abs=0.01)  # 2 % for the last marker
    chart.range_group.button(4).click()  # all
    lo, hi = chart.ratings.viewRange()[0]
    assert (hi - lo) / 86400 == pytest.approx(402 * 1.02, abs=0.01)
    text = chart.describe_day(TODAY - dt.timedelta(days=3))
    assert "pain 4" in text and "gardening" in text


def test_status_line_speaks_plainly(qtbot, window, session):
    assert "No procedure recorded" in window.status_panel.verdict.text()
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=9), "rfa", "", None, 7))
    assert window.status_panel.verdict.text().startswith("Settling in: day 9 of 21.")


def test_checklist_in_the_first_14_days_and_its_fixed_message(qtbot, window, session):
    form = window.form
    assert form.checklist.isHidden()
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=3), "rfa", "T7", None, 7))
    assert not form.checklist.isHidden()
    assert "Day 3 after your procedure" in form.checklist.title()
    fever = form.checklist.boxes[0]
    fever.setChecked(True)
    assert not form.checklist.message.isHidden()
    assert "contact your clinic" in form.checklist.message.text()
    type_keys(qtbot, form.pad, ["4", "Enter"])
    [e] = session.store.entries()
    assert e.warnings == ("fever",) and e.pain == 4
    assert form.checklist.signs() == ()  # cleared for the next entry
    assert window.history.model.index(0, 5).data().startswith("⚠ Fever")
    form.day.setDate(form.day.date().addDays(-20))  # before the procedure: no checklist
    assert form.checklist.isHidden()


def test_rules_dialog_changes_the_verdict(qtbot, window, session):
    from diary.qt.rules_dialog import RulesDialog

    session.add_procedure(Procedure(TODAY - dt.timedelta(days=60), "other", "", None, 8))
    session.store.add_entries([Entry(TODAY - dt.timedelta(days=i), None, 4) for i in range(10)])
    session._entries_changed()
    assert window.status_panel.verdict.text().startswith("Relief holding")
    dialog = RulesDialog(session.rules(), session.set_rules, window)
    qtbot.addWidget(dialog)
    dialog.fields["substantial_percent"].setValue(60)
    dialog._accept()
    assert session.store.rules().substantial_percent == 60
    assert window.status_panel.verdict.text().startswith("Partial relief")
    dialog.restore_defaults()
    assert dialog.rules() == type(session.rules())()


def test_window_is_shown_before_pyqtgraph_loads(tmp_path):
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from diary.qt.application import make_application\n"
        "from diary.qt.main_window import MainWindow\n"
        "from diary.qt.session import DiarySession\n"
        "from diary.store import DiaryStore\n"
        "app = make_application()\n"
        f"w = MainWindow(DiarySession(DiaryStore.open(r'{tmp_path / 'd.sqlite3'}')))\n"
        "w.show()\n"
        "print('pyqtgraph' in sys.modules, w.focusWidget() is w.form.pad)\n"
        "app.processEvents(); app.processEvents()\n"
        "print('pyqtgraph' in sys.modules, w.chart is not None)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "False True"
    assert out[1] == "True True"


def test_chart_follows_the_dark_scheme_on_screen_only(qtbot, window, session):
    from PySide6.QtCore import Qt as QtNS
    from PySide6.QtGui import QGuiApplication

    session.add_entry(Entry(TODAY, None, 4))
    # The offscreen platform has no scheme of its own: pass the one colorSchemeChanged
    # would carry.
    window.chart.apply_scheme(QtNS.ColorScheme.Dark)
    assert window.chart.view.backgroundBrush().color().name() == "#1f1f1f"
    assert window.chart.curves["smoothed"].opts["pen"].color().name() == "#ececec"
    window.chart.apply_scheme(QtNS.ColorScheme.Light)
    assert window.chart.view.backgroundBrush().color().name() == "#ffffff"
    assert QGuiApplication.styleHints() is not None


def test_chart_has_a_summary_and_a_table_for_screen_readers(qtbot, window, session):
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=40), "rfa", "T7", None, 8))
    session.store.add_entries(
        [Entry(TODAY - dt.timedelta(days=i), None, 2 + i % 3, 1, 0) for i in range(30)]
    )
    session._entries_changed()
    chart = window.chart
    summary = chart.view.accessibleDescription()
    # pains over the last 30 days: 2, 3, 4 repeating -> mean 3, lowest 2, highest 4
    assert "Pain averaged 3 (lowest 2, highest 4)" in summary
    assert "Numbness averaged 1" in summary and "relief now" in summary
    chart.table_button.click()
    assert chart.stack.currentWidget() is chart.table
    assert chart.table_model.rowCount() == 30
    assert chart.table_model.index(0, 1).data() == "2"  # today, newest first
    assert chart.table_model.headerData(5, Qt.Orientation.Horizontal) == "Relief %"
    chart.table_button.click()
    assert chart.stack.currentWidget() is chart.view


def test_day_axis_ticks():
    from diary.core.chart_data import day_seconds
    from diary.qt.date_axis import day_ticks

    def ticks(a, b):
        return day_ticks(day_seconds(a), day_seconds(b))

    major, minor, style = ticks(dt.date(2026, 3, 1), dt.date(2026, 3, 8))
    assert style == "day" and major[0] == dt.date(2026, 3, 1) and len(minor) == 8
    major, _minor, style = ticks(dt.date(2026, 1, 15), dt.date(2026, 7, 10))
    assert style == "month" and major == [dt.date(2026, m, 1) for m in range(2, 8)]
    major, _minor, style = ticks(dt.date(2006, 1, 1), dt.date(2026, 1, 1))
    assert style == "year" and all(d.month == 1 and d.day == 1 for d in major)
    assert len(major) <= 11


def test_the_tabs_behind_the_chart_follow_it_on_the_next_turn(qtbot, session):
    from diary.core.records import Procedure

    session.add_procedure(Procedure(TODAY - dt.timedelta(days=40), baseline=7))
    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.build_chart()
    assert w.chart is not None and not hasattr(w.procedures, "show_episodes")
    qtbot.waitUntil(lambda: hasattr(w.procedures, "show_episodes"))  # then built
    assert w.procedures.episodes.rowCount() == 1  # and filled with the analysis
    assert hasattr(w.history, "model")


def test_chart_shown_is_said_once_the_chart_is_painted(qtbot, session):
    from PySide6.QtCore import QEvent, QObject

    w = MainWindow(session)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.tabs.setCurrentWidget(w.chart_tab)  # in front, whatever the layout
    painted = []

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    shown = []
    w.chartShown.connect(lambda: shown.append(bool(painted)))
    w.build_chart()
    watch = Watch()
    w.chart.view.viewport().installEventFilter(watch)
    assert shown == []  # not before the paint
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    assert shown == [True]
    assert w.chart.ratings.vb.menu is None  # no pyqtgraph context menu for patients


def test_a_new_text_size_reaches_every_widget(qtbot, window):
    """Including those with their own style sheet (pad buttons, tick boxes), which
    Qt leaves at the old size when the application's font changes."""
    from PySide6.QtWidgets import QApplication, QPushButton, QWidget

    def sizes() -> set[float]:
        # Qt's own corner button of a table view is never shown: not counted.
        widgets = window.findChildren(QWidget)
        return {w.font().pointSizeF() for w in widgets if not w.objectName().startswith("qt_")}

    try:
        window.set_text_scale(2.0)
        big = QApplication.font().pointSizeF()
        qtbot.waitUntil(lambda: sizes() == {big})
        assert window.form.pad.findChildren(QPushButton)[0].font().pointSizeF() == big
        assert window.form.for_doctor.font().pointSizeF() == big
    finally:
        window.set_text_scale(1.0)
    qtbot.waitUntil(lambda: sizes() == {QApplication.font().pointSizeF()})


def test_a_ticked_sign_alone_says_what_is_missing_and_keeps_it(qtbot, window, session):
    # A tester ticked Fever and pressed Save with no rating: the database refused it
    # with "a value was outside what the diary accepts", which did not say why.
    form = window.form
    session.add_procedure(Procedure(TODAY - dt.timedelta(days=3), "rfa", "T7", None, 7))
    form.checklist.boxes[0].setChecked(True)
    type_keys(qtbot, form.pad, ["Enter"])
    assert session.store.entries() == []
    assert "Choose at least one rating, or write a note" in form.message.text()
    assert form.checklist.signs() == ("fever",)  # the tick stays on screen
    type_keys(qtbot, form.pad, ["5", "Enter"])
    [e] = session.store.entries()
    assert e.warnings == ("fever",) and e.pain == 5
