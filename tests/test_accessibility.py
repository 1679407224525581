"""A walk over every window: accessible names, tab order, 44 px targets, and text
that fits its box at 100 % and 200 % text."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton, QWidget

from diary.core.block_day import BlockReading
from diary.core.records import Procedure
from diary.core.rules import ReliefRules
from diary.exports.csv_format import parse_csv
from diary.qt.app import fill_demo
from diary.qt.text_size import apply_text_scale
from tests.a11y import clipped, small_ticks, tab_order, unnamed
from tests.conftest import TODAY


@pytest.fixture(params=[1.0, 2.0], ids=["100%", "200%"])
def scale(request, qapp):
    apply_text_scale(qapp, request.param)
    yield request.param
    apply_text_scale(qapp, 1.0)


@pytest.fixture
def session(store):
    from diary.qt.session import DiarySession

    fill_demo(store, TODAY)
    s = DiarySession(store)
    s.today = lambda: TODAY
    return s


def windows(session, tmp_path):
    from PySide6.QtCore import QSettings

    from diary.qt.block_day_window import BlockDayWindow
    from diary.qt.dialogs import EntryDialog, ProcedureDialog
    from diary.qt.exports.report_dialog import ReportDialog
    from diary.qt.help_dialog import HelpDialog
    from diary.qt.import_preview import ImportPreview
    from diary.qt.preferences import PreferencesDialog
    from diary.qt.rules_dialog import RulesDialog
    from diary.qt.welcome import WelcomeWizard

    settings = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    entry = session.entries()[-1]
    proc = session.procedures()[0]
    block = session.store.add_procedure(Procedure(TODAY, "block", "T7", "both"))
    at = dt.datetime(2026, 11, 21, 9, 0)
    session.store.add_block_readings(block.id, [BlockReading(at, "left", 7, True)])
    parsed = parse_csv(b"date,time,pain,numbness,soreness,note\r\n2026-11-01,,11,,,\r\n")
    return {
        "entry": EntryDialog(entry, session.update_entry, session.today),
        "procedure": ProcedureDialog(session.update_procedure, proc, TODAY),
        "rules": RulesDialog(ReliefRules(), session.set_rules),
        "report": ReportDialog(session),
        "import": ImportPreview("x.csv", lambda _order: parsed, lambda _e: []),
        "import, date order": ImportPreview(
            "uk.csv",
            lambda order: parse_csv(
                b"date,time,pain,numbness,soreness,note\r\n01/11/2026,,4,,,\r\n", order
            ),
            lambda e: e,
        ),
        "help": HelpDialog(ReliefRules(), "/x/diary.sqlite3", "/x/backups"),
        "preferences": PreferencesDialog(settings, session),
        "welcome": WelcomeWizard(session, settings),
        "block day": BlockDayWindow(
            session, block, ReliefRules(), now=lambda: at + dt.timedelta(minutes=20)
        ),
    }


def test_main_window(qtbot, session, scale):
    from diary.qt.main_window import MainWindow

    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(1120, 1010)
    window.show()
    qtbot.waitExposed(window)
    window.build_chart()
    window.build_panels()
    window.fit_splitter()
    QApplication.processEvents()
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        assert unnamed(window) == [], window.tabs.tabText(index)
        assert clipped(window) == [], window.tabs.tabText(index)
    assert small_ticks(window) == []
    window.tabs.setCurrentIndex(0)
    order = [w.accessibleName() for w in tab_order(window, window.form.pad)]
    assert order[:7] == ["Ratings", "Day", "Time", "Note", "", "Medications", ""]
    assert window.form.save_button in tab_order(window, window.form.pad)
    for b in window.form.pad.findChildren(QPushButton):
        assert b.width() >= 44 and b.height() >= 44, b.text()
    assert window.form.save_button.height() >= 44


def test_every_dialog(qtbot, session, tmp_path, scale):
    for name, window in windows(session, tmp_path).items():
        qtbot.addWidget(window)
        window.show()
        QApplication.processEvents()
        assert unnamed(window) == [], name
        assert clipped(window) == [], name
        assert small_ticks(window) == [], name
        window.close()


def test_the_clipping_check_can_fail(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    label = QLabel("A long label that cannot fit", w)
    label.resize(30, 20)
    w.show()
    assert clipped(w)


def test_the_tick_check_can_fail(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    QCheckBox("A tick at the style's own size", w)
    assert small_ticks(w)


def test_high_contrast_uses_the_desktops_palette(qtbot, monkeypatch):
    """With the system asking for high contrast, the app's own colours give way."""
    from diary.qt import theme
    from diary.qt.rating_pad import RatingPad

    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    pad = RatingPad()
    qtbot.addWidget(pad)
    import re

    colour = re.compile(r"#[0-9a-fA-F]{3,6}\b")
    style = pad.styleSheet()
    assert not colour.search(style) and "palette(highlight)" in style
    assert not colour.search(theme.banner_style("#fff1c2", "#5c3d00"))
    assert not colour.search(theme.primary_button_style())
    assert "color" not in theme.message_style(ok=False)
