"""The Today area at 200 % text on a 1366x768 laptop (a maximised window of 1366x700)
in the first days after a procedure: the warning signs and the 'For the doctor' tick
fit the width, nothing is cut and no horizontal scroll bar appears."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractButton, QWidget

from diary.core.records import Entry, Procedure
from diary.qt.session import DiarySession
from diary.qt.text_size import apply_text_scale
from tests.conftest import TODAY
from tests.test_chart_layout import open_window


@pytest.fixture
def very_large(qapp, qtbot):
    apply_text_scale(qapp, 2.0)
    yield
    apply_text_scale(qapp, 1.0)
    qtbot.wait(20)  # the window follows the font on the next turn, while it still exists


@pytest.mark.parametrize("size", [(1366, 700), (1024, 700)])
def test_today_area_fits_the_width_at_200_percent(qtbot, store, very_large, size):
    store.add_procedure(Procedure(TODAY - dt.timedelta(days=5), "rfa", "T6-T8", "right", 6))
    store.add_entries([Entry(TODAY - dt.timedelta(days=n), "09:00", 5, 2, 3) for n in range(8)])
    session = DiarySession(store)
    session.today = lambda: TODAY
    window = open_window(qtbot, session, size)
    if window.is_tabbed():
        window.tabs.setCurrentIndex(0)  # Today
    qtbot.wait(50)
    checklist = window.form.checklist
    assert checklist.isVisible()  # day 5 after the procedure
    area = window.form_scroll  # the Today area scrolls; Save entry sits below it
    viewport = area.viewport()
    assert not area.horizontalScrollBar().isVisible()
    cut = []
    for w in area.widget().findChildren(QWidget):
        if not w.isVisibleTo(area.widget()) or w.width() == 0:
            continue
        right = w.mapTo(viewport, w.rect().topRight()).x()
        if right > viewport.width():
            cut.append((type(w).__name__, w.objectName(), getattr(w, "text", lambda: "")()))
        # A button or tick narrower than its text asks for has its text cut short.
        if isinstance(w, QAbstractButton) and w.text() and w.width() < w.sizeHint().width():
            cut.append(("narrow", w.objectName(), w.text()))
    assert not cut
