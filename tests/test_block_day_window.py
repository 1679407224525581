"""The block-day window, with a fake clock."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from diary.core.records import Procedure
from diary.core.rules import ReliefRules
from diary.qt.block_day_window import BlockDayWindow
from diary.qt.session import DiarySession

START = dt.datetime(2026, 5, 4, 8, 50)


class Clock:
    def __init__(self):
        self.t = START

    def __call__(self):
        return self.t

    def advance(self, minutes):
        self.t += dt.timedelta(minutes=minutes)


@pytest.fixture
def block(qtbot, store):
    proc = store.add_procedure(Procedure(START.date(), "block", "T7", "both"))
    clock = Clock()
    w = BlockDayWindow(DiarySession(store), proc, ReliefRules(), now=clock)
    qtbot.addWidget(w)
    w.show()
    yield w, clock, store, proc
    w.close()


def rate(qtbot, w, left, right):
    qtbot.keyClicks(w.pad, f"{left}{right}")
    qtbot.keyClick(w.pad, Qt.Key.Key_Return)


def test_guided_block_day(qtbot, block):
    w, clock, store, proc = block
    assert "Step 1" in w.step.text()
    rate(qtbot, w, 8, 6)
    assert [(r.side, r.pain, r.before_block) for r in store.block_readings(proc.id)] == [
        ("left", 8, True),
        ("right", 6, True),
    ]
    assert "Step 2" in w.step.text() and not w.given_button.isHidden()
    clock.advance(10)  # 09:00: the block is given
    w.given_button.click()
    assert store.block_time(proc.id) == dt.datetime(2026, 5, 4, 9, 0)
    assert "09:15" in w.schedule.text() and "17:00" in w.schedule.text()
    clock.advance(16)  # 09:16: the first prompt is due
    w.tick()
    assert not w.banner.isHidden() and "09:15" in w.banner.text()
    rate(qtbot, w, 1, 3)  # left 87.5 %, right 50 %
    assert w.banner.isHidden()
    clock.advance(45)  # 10:01
    rate(qtbot, w, 0, 3)
    clock.advance(60)  # 11:01
    rate(qtbot, w, 6, 6)
    text = w.summary.text()
    assert "peak relief 100 % at 10:01" in text
    assert "at or above 80 % for 105 minutes" in text  # 09:16 .. 11:01
    assert "pain came back at 11:01" in text
    assert "never at or above 80 %" in text  # the right side
    x, y = w.curves["left"].getData()
    assert list(x) == [16, 61, 121] and list(y) == [87.5, 100, 25]


def test_nothing_rated_saves_nothing(qtbot, block):
    w, _clock, store, proc = block
    qtbot.keyClick(w.pad, Qt.Key.Key_Return)
    assert store.block_readings(proc.id) == []
    assert "at least one side" in w.message.text()


def test_the_blue_button_is_always_the_next_step(qtbot, block):
    w, clock, _store, _proc = block
    assert w.save_button.styleSheet() and not w.given_button.isVisible()
    rate(qtbot, w, 8, 6)
    assert w.given_button.isVisible() and w.given_button.styleSheet()  # step 2: "given"
    assert not w.save_button.styleSheet()
    assert "The block has been given now" in w.step.text()
    w.given_button.click()
    assert w.save_button.styleSheet() and w.given_button.isHidden()


def test_the_time_axis_shows_clock_times(qtbot, block):
    w, clock, _store, _proc = block
    rate(qtbot, w, 8, 6)
    clock.advance(10)  # 09:00
    w.given_button.click()
    major = w.plot.getAxis("bottom")._tickLevels[0]
    assert major[:3] == [(0, "09:00"), (60, "10:00"), (120, "11:00")]
    assert major[-1] == (540, "18:00")


def test_nothing_is_recorded_until_the_pre_block_rating(qtbot, store):
    from diary.qt.session import DiarySession

    session = DiarySession(store)
    session.today = lambda: START.date()
    unsaved = Procedure(START.date(), "block", "T7", "both")
    w = BlockDayWindow(
        session,
        unsaved,
        ReliefRules(),
        now=Clock(),
        save_procedure=session.add_procedure,
        cancel_procedure=lambda _p: session.undo_stack.undo(),
    )
    qtbot.addWidget(w)
    w.show()
    assert store.procedures() == [] and "Step 1" in w.step.text()
    rate(qtbot, w, 8, 6)
    [proc] = store.procedures()
    assert proc.kind == "block"
    assert [r.pain for r in store.block_readings(proc.id)] == [8, 6]


def test_opening_block_day_from_the_menu_and_closing_it_changes_nothing(qtbot, store, monkeypatch):
    from diary.qt.dialogs import ProcedureDialog
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession

    session = DiarySession(store)
    session.today = lambda: START.date()
    window = MainWindow(session)
    qtbot.addWidget(window)
    monkeypatch.setattr(ProcedureDialog, "exec", lambda self: True)
    window.open_block_day()
    assert window.block_window.isVisible()
    window.block_window.close()
    assert store.procedures() == []
    assert session.undo_stack.count() == 0


def test_no_warning_sign_ticks_after_a_block(qtbot, store):
    from diary.core.warning_signs import checklist_procedure

    block = Procedure(START.date(), "block", "T7", "both")
    rfa = Procedure(START.date() - dt.timedelta(days=30), "rfa", "T7", "both")
    assert checklist_procedure(START.date(), [block]) is None
    assert checklist_procedure(START.date(), [rfa, block]) is None
    assert checklist_procedure(rfa.day, [rfa, block]) == rfa
