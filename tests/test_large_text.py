"""Dialogs at 200 % text: explanations get the dialog's width, not a clipped column."""

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea

from diary.core.rules import ReliefRules
from diary.qt.rules_dialog import RulesDialog
from diary.qt.text_size import apply_text_scale


@pytest.fixture
def very_large(qapp):
    apply_text_scale(qapp, 2.0)
    yield
    apply_text_scale(qapp, 1.0)


def test_rules_explanations_are_not_squeezed_at_200_percent(qtbot, very_large):
    dialog = RulesDialog(ReliefRules(), lambda r: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    notes = [label for label in dialog.findChildren(QLabel) if "Default:" in label.text()]
    assert notes
    scroll = dialog.findChild(QScrollArea)
    for note in notes:
        assert note.width() >= 0.8 * scroll.viewport().width()
        right = note.mapTo(scroll.viewport(), note.rect().topRight()).x()
        assert right <= scroll.viewport().width()  # nothing cut off


def test_preferences_rows_never_overlap_at_200_percent(qtbot, very_large, store, tmp_path):
    # Seen at 200 % on 1366x768: every row squeezed over the next, text clipped.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QTimeEdit

    from diary.qt.preferences import PreferencesDialog

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = PreferencesDialog(settings, store)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fields = [
        w
        for kind in (QCheckBox, QComboBox, QTimeEdit, QLineEdit)
        for w in dialog.findChildren(kind)
        if w.isVisible() and not isinstance(w.parent(), (QComboBox, QTimeEdit))
    ]
    rects = sorted((w.geometry() for w in fields), key=lambda r: r.top())
    assert len(rects) >= 6
    for above, below in zip(rects, rects[1:], strict=False):
        assert above.bottom() < below.top(), (above, below)
    for w in fields:  # as tall as their text
        assert w.height() >= w.fontMetrics().height()


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_save_entry_stays_in_view_on_a_laptop_screen(qtbot, qapp, store, scale):
    # Seen at 150 % and 200 % on 1366x768: the Today tab scrolled and "Save entry" was
    # below the fold; a mouse user saw no way to save.
    from diary.core.demo import demo_diary
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession
    from tests.conftest import TODAY

    proc, entries = demo_diary(TODAY)
    store.add_procedure(proc)
    store.add_entries(entries)
    session = DiarySession(store)
    session.today = lambda: TODAY
    apply_text_scale(qapp, scale)
    try:
        window = MainWindow(session)
        qtbot.addWidget(window)
        window.resize(1366, 700)
        window.show()
        qtbot.waitExposed(window)
        window.build_chart()
        window.fit_splitter()
        qtbot.wait(20)
        button = window.form.save_button
        assert button.isVisible()
        bottom = button.mapTo(window, button.rect().bottomLeft()).y()
        assert bottom <= window.statusBar().mapTo(window, window.statusBar().rect().topLeft()).y()
    finally:
        apply_text_scale(qapp, 1.0)
