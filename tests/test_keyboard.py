"""Every rating pad, date and time field takes typed input once clicked or focused
(real key and mouse events, sent to whatever has the focus)."""

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTime
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from diary.core.records import Entry
from diary.qt.dialogs import EntryDialog, ProcedureFields
from diary.qt.entry_form import EntryForm
from diary.qt.qdates import DateField, TimeField, qdate
from diary.qt.session import DiarySession
from tests.conftest import TODAY


def focused():
    return QApplication.focusWidget()


def click(qtbot, field, x: int) -> None:
    qtbot.mouseClick(
        field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(x, field.height() // 2)
    )
    qtbot.wait(5)  # the selection follows the click on the next turn of the loop


@pytest.fixture
def holder(qtbot):
    """A window with a line edit to take the focus away from the field under test."""
    w = QWidget()
    QVBoxLayout(w)
    w.other = QLineEdit()
    w.layout().addWidget(w.other)
    w.resize(500, 200)
    qtbot.addWidget(w)
    return w


def _show(qtbot, holder, field):
    holder.layout().addWidget(field)
    holder.show()
    qtbot.waitExposed(holder)
    holder.other.setFocus()
    qtbot.wait(5)


def _section_x(field, index: int) -> int:
    """The x of the middle of the index-th space-separated part of the field's text."""
    text = field.text()
    parts = text.split(" ")
    start = len(" ".join(parts[:index])) + (1 if index else 0)
    middle = start + len(parts[index]) // 2
    metrics = field.lineEdit().fontMetrics()
    return 4 + metrics.horizontalAdvance(text[:middle])


@pytest.mark.parametrize("part", [0, 1])  # the weekday, then the day itself
def test_date_field_typed_into_after_a_click(qtbot, holder, part):
    field = DateField(dt.date(2026, 11, 21))
    _show(qtbot, holder, field)
    click(qtbot, field, _section_x(field, part))
    assert focused() is field.lineEdit() or focused() is field
    qtbot.keyClicks(focused(), "15")
    assert field.date().toPython() == dt.date(2026, 11, 15)


def test_date_field_typed_into_after_tab(qtbot, holder):
    field = DateField(dt.date(2026, 11, 21))
    _show(qtbot, holder, field)
    qtbot.keyClick(holder.other, Qt.Key.Key_Tab)
    qtbot.wait(5)
    qtbot.keyClicks(focused(), "9")
    assert field.date().toPython() == dt.date(2026, 11, 9)


@pytest.mark.parametrize("x", [6, 30, 60])  # hours, the colon, the minutes
def test_time_field_typed_into_after_a_click_anywhere(qtbot, holder, x):
    field = TimeField(QTime(19, 0))
    _show(qtbot, holder, field)
    click(qtbot, field, x)
    qtbot.keyClicks(focused(), "0830")
    assert field.time() == QTime(8, 30)


def test_procedure_date_typed_into(qtbot, holder):
    fields = ProcedureFields(TODAY)
    _show(qtbot, holder, fields)
    click(qtbot, fields.day, _section_x(fields.day, 1))
    qtbot.keyClicks(focused(), "3")
    assert fields.day.date().toPython() == TODAY.replace(day=3)


def test_form_day_typed_into(qtbot, holder):
    form = EntryForm(lambda e: e, lambda: TODAY)
    _show(qtbot, holder, form)
    click(qtbot, form.day, _section_x(form.day, 0))
    qtbot.keyClicks(focused(), "19")
    assert form.day.date() == qdate(TODAY.replace(day=19))


def test_pad_takes_typing_after_a_click_on_a_button(qtbot, holder):
    form = EntryForm(lambda e: e, lambda: TODAY)
    _show(qtbot, holder, form)
    button = form.pad._groups[0].button(4)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert focused() is form.pad
    qtbot.keyClicks(focused(), "56")
    assert form.pad.values() == {"pain": 4, "numbness": 5, "soreness": 6}


@pytest.fixture
def session(store):
    s = DiarySession(store)
    s.today = lambda: TODAY
    return s


def _edit_dialog(qtbot, session):
    saved = session.add_entry(Entry(TODAY, "09:00", pain=5, numbness=2, soreness=1))
    dialog = EntryDialog(saved, session.update_entry, session.today)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.wait(5)
    return dialog


def test_edit_dialog_opens_with_the_pad_focused_and_enter_saves_what_was_typed(qtbot, session):
    dialog = _edit_dialog(qtbot, session)
    assert focused() is dialog.form.pad
    qtbot.keyClicks(focused(), "310")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.changed
    [entry] = session.store.entries()
    assert (entry.pain, entry.numbness, entry.soreness) == (3, 1, 0)


def test_enter_on_an_untouched_entry_changes_nothing(qtbot, session):
    dialog = _edit_dialog(qtbot, session)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.changed
    assert session.undo_stack.count() == 1  # only the "add"


def test_history_says_nothing_changed(qtbot, session, monkeypatch):
    from diary.qt.record_panels import HistoryPanel

    session.add_entry(Entry(TODAY, "09:00", pain=5))
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)

    def untouched(dialog):
        dialog.changed = False
        return True

    monkeypatch.setattr(EntryDialog, "exec", untouched)
    panel.edit_selected()
    assert panel.message.text() == "Nothing was changed."


def test_welcome_reminder_time_typed_into(qtbot, session, tmp_path):
    from diary.qt.welcome import WelcomeWizard

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    wizard = WelcomeWizard(session, settings)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()
    qtbot.wait(5)
    click(qtbot, wizard.remind_time, 40)
    qtbot.keyClicks(focused(), "2015")
    assert wizard.remind_time.time() == QTime(20, 15)


def _welcome_on_last_page(qtbot, session, tmp_path):
    from diary.qt.main_window import MainWindow
    from diary.qt.welcome import WelcomeWizard

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.build_chart()  # as app.py: the welcome comes once the chart is on screen
    window.build_panels()
    qtbot.wait(20)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    wizard = WelcomeWizard(session, settings, window, type_ahead=window.form.pad)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    qtbot.waitActive(wizard)
    for _ in range(3):
        qtbot.keyClick(focused() or wizard, Qt.Key.Key_Return)  # Next, Next, Next
        qtbot.wait(5)
    assert wizard.currentId() == wizard.pageIds()[-1]
    assert focused() is wizard.button(wizard.WizardButton.FinishButton)  # "Start"
    return window, wizard


def test_7_3_2_enter_typed_on_the_welcomes_last_page_is_logged(qtbot, session, tmp_path):
    window, wizard = _welcome_on_last_page(qtbot, session, tmp_path)
    qtbot.keyClicks(focused(), "7")
    assert not wizard.isVisible() and wizard.result() == wizard.DialogCode.Accepted
    qtbot.waitUntil(lambda: focused() is window.form.pad)
    qtbot.keyClicks(focused(), "32")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [entry] = session.store.entries()
    assert (entry.pain, entry.numbness, entry.soreness) == (7, 3, 2)


def test_start_then_7_3_2_enter_is_logged(qtbot, session, tmp_path):
    window, wizard = _welcome_on_last_page(qtbot, session, tmp_path)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Start
    assert not wizard.isVisible()
    window.activateWindow()
    window.form.pad.setFocus()  # as app.py does after the welcome
    qtbot.waitUntil(lambda: focused() is window.form.pad)
    for key in "732":
        qtbot.keyClicks(focused(), key)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    [entry] = session.store.entries()
    assert (entry.pain, entry.numbness, entry.soreness) == (7, 3, 2)
    assert session.store.procedures() == []  # Enter, Enter, Enter invented none


def test_enter_in_the_history_table_opens_the_edit_dialog(qtbot, session, monkeypatch):
    from diary.qt.record_panels import HistoryPanel

    session.add_entry(Entry(TODAY, "09:00", pain=5))
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitActive(panel)  # shortcuts reach only the active window
    panel.table.setFocus()
    panel.table.selectRow(0)
    opened = []
    monkeypatch.setattr(EntryDialog, "exec", lambda dialog: opened.append(dialog) or False)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert len(opened) == 1


def test_tab_leaves_the_date_field_so_the_procedure_form_fills_in_order(qtbot, holder):
    # As a keyboard user fills the procedure dialog: the day, Tab, Tab (past Kind),
    # the levels, Tab, the side by its first letter, Tab, the baseline.
    fields = ProcedureFields(TODAY)
    _show(qtbot, holder, fields)
    click(qtbot, fields.day, _section_x(fields.day, 1))
    qtbot.keyClicks(focused(), "10")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is fields.kind
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is fields.levels
    qtbot.keyClicks(focused(), "T6-T8")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "R")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "7")
    p = fields.procedure()
    assert p.day == TODAY.replace(day=10) and p.kind.value == "rfa"
    assert (p.levels, p.side.value, p.baseline) == ("T6-T8", "right", 7)
    # Shift+Tab from the kind comes back to the date field (not into its sections)
    # and Shift+Tab again leaves it for what is before it.
    fields.kind.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() in (fields.day, fields.day.lineEdit())
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is holder.other


def test_separator_and_arrows_still_move_between_sections(qtbot, holder):
    from PySide6.QtWidgets import QDateTimeEdit

    field = DateField(dt.date(2026, 11, 21))
    _show(qtbot, holder, field)
    click(qtbot, field, _section_x(field, 1))
    qtbot.keyClicks(focused(), "3 ")  # the day, then a separator: on to the month
    assert field.date().toPython() == dt.date(2026, 11, 3)
    assert field.currentSection() == QDateTimeEdit.Section.MonthSection
    for _ in range(4):  # the arrow keys walk on into the year
        qtbot.keyClick(focused(), Qt.Key.Key_Right)
    assert field.currentSection() == QDateTimeEdit.Section.YearSection
    assert focused() in (field, field.lineEdit())


def test_tab_leaves_the_time_field(qtbot, holder):
    field = TimeField(QTime(19, 0))
    _show(qtbot, holder, field)
    after = QLineEdit()
    holder.layout().addWidget(after)
    after.show()
    click(qtbot, field, 6)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is after
