"""The block-day window, with a fake clock."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from diary.core.records import Procedure
from diary.core.rules import ReliefRules
from diary.qt.block_day_window import BlockDayWindow

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
    w = BlockDayWindow(store, proc, ReliefRules(), now=clock)
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
