"""The chart at 100, 150 and 200 % text on a 1920x1080 and a 1366x768 screen: no two
text labels overlap, none vanish, and each plot keeps at least 160 px. Measured from
the geometry of what pyqtgraph draws (the axes' own draw specs, the labels' items)."""

import datetime as dt

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from diary.core.demo import demo_diary
from diary.qt.chart import MIN_PLOT_PX, SINCE_PROCEDURE
from diary.qt.main_window import MainWindow
from diary.qt.session import DiarySession
from diary.qt.text_size import apply_text_scale
from tests.conftest import TODAY


@pytest.fixture
def scaled(qapp):
    yield lambda scale: apply_text_scale(qapp, scale)
    apply_text_scale(qapp, 1.0)


def text_rects(chart) -> list[tuple[str, QRectF]]:
    """Every piece of text drawn in the chart, in scene coordinates."""
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    out = []
    try:
        for plot in (chart.ratings, chart.relief):
            for side in ("left", "right", "bottom"):
                axis = plot.getAxis(side)
                if not axis.isVisible():
                    continue
                specs = axis.generateDrawSpecs(painter)
                if specs is None:
                    continue
                for rect, _flags, text in specs[2]:
                    if text:
                        out.append((f"{side} tick {text}", axis.mapRectToScene(rect)))
                if axis.label.isVisible() and axis.label.toPlainText().strip():
                    out.append((f"{side} title", axis.label.sceneBoundingRect()))
        for item, _plot in chart._extra:
            label = getattr(item, "label", None)
            if label is not None and label.isVisible():
                out.append((f"marker {label.toPlainText()}", label.sceneBoundingRect()))
    finally:
        painter.end()
    return out


def overlaps(rects):
    found = []
    for i, (a_name, a) in enumerate(rects):
        for b_name, b in rects[i + 1 :]:
            inter = a.intersected(b)
            if inter.width() > 1 and inter.height() > 1:
                found.append((a_name, b_name))
    return found


@pytest.fixture
def demo_session(store):
    proc, entries = demo_diary(TODAY)
    store.add_procedure(proc)
    store.add_entries(entries)
    session = DiarySession(store)
    session.today = lambda: TODAY
    return session


def open_window(qtbot, session, size):
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.build_chart()
    window.fit_splitter()
    if window.is_tabbed():
        window.tabs.setCurrentWidget(window.chart_tab)
    qtbot.wait(20)
    return window


# A maximised window's size on these screens, under a title bar and a panel.
@pytest.mark.parametrize("size", [(1920, 1010), (1366, 700)])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("range_id", [SINCE_PROCEDURE, 2, 3, 4])  # since, 6 months, 1 year, all
def test_chart_labels_never_overlap_and_plots_stay_usable(
    qtbot, demo_session, scaled, size, scale, range_id
):
    scaled(scale)
    window = open_window(qtbot, demo_session, size)
    chart = window.chart
    chart.range_group.button(range_id).click()
    qtbot.wait(10)
    for plot in (chart.ratings, chart.relief):
        assert plot.vb.sceneBoundingRect().height() >= MIN_PLOT_PX
    rects = text_rects(chart)
    assert overlaps(rects) == []
    names = [n for n, _r in rects]
    assert sum(n.startswith("bottom tick") for n in names) >= 3  # dates never vanish
    assert "left title" in names
    assert any(n.startswith("right tick Baseline") for n in names)
    assert any(n == "right tick 50 %" for n in names)


def test_axis_titles_follow_the_text_size_at_once(qtbot, demo_session, scaled):
    window = open_window(qtbot, demo_session, (1920, 1080))
    chart = window.chart
    small = chart.ratings.getAxis("left").label.boundingRect().height()
    scaled(2.0)
    qtbot.wait(5)
    assert chart.ratings.getAxis("left").label.boundingRect().height() > 1.6 * small
    scaled(1.0)
    qtbot.wait(5)
    assert chart.ratings.getAxis("left").label.boundingRect().height() == pytest.approx(
        small, abs=1
    )


def test_opens_since_the_procedure_with_the_baseline_fortnight(qtbot, demo_session):
    window = open_window(qtbot, demo_session, (1920, 1080))
    chart = window.chart
    assert chart.range_group.checkedId() == SINCE_PROCEDURE
    lo, _hi = chart.ratings.viewRange()[0]
    proc_day = demo_session.procedures()[-1].day
    first = dt.datetime.fromtimestamp(lo + 43200).date()
    assert first == proc_day - dt.timedelta(days=14)


def test_a_single_entry_is_whole_and_centred(qtbot, store):
    from diary.core.records import Entry

    store.add_entry(Entry(TODAY, "09:00", pain=5))
    session = DiarySession(store)
    session.today = lambda: TODAY
    window = open_window(qtbot, session, (1366, 768))
    chart = window.chart
    lo, hi = chart.ratings.viewRange()[0]
    x = chart.curves["pain"].getData()[0][0]
    assert (x - lo) / (hi - lo) == pytest.approx(0.5, abs=0.05)


def test_the_chart_gets_its_own_tab_when_the_screen_is_short(qtbot, demo_session, scaled):
    scaled(2.0)
    window = open_window(qtbot, demo_session, (1366, 768))
    assert window.is_tabbed()
    scaled(1.0)
    qtbot.wait(20)
    window.fit_splitter()
    assert not window.is_tabbed()  # the form beside the chart at 100 %
