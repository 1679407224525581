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
