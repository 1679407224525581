"""PgicDialog: the global-impression question (PGIC), answered in a small dialog.

The banner that asks it stays two lines high, so that on a laptop at large text it
never takes the chart's room; the seven answers get a window of their own, with
large ticks and the keys 1–7. The answer is saved from here, so a failed save keeps
the choice on screen with the reason.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.function import PGIC_ANSWERS
from diary.core.i18n import tl
from diary.qt.dialog_size import fit_wrapped
from diary.qt.tick_style import large_tick


class PgicDialog(QDialog):
    def __init__(
        self,
        question: str,
        save: Callable[[int], str | None],
        parent: QWidget | None = None,
    ):
        """``save(answer)`` writes the answer and returns None, or the reason it failed."""
        super().__init__(parent)
        self.save_answer = save
        self.setWindowTitle(self.tr("How are you overall?"))
        text = QLabel(question)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        hint = QLabel(self.tr("Choose one answer (or type its number, 1 to 7)."))
        hint.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        for value, label in PGIC_ANSWERS.items():
            radio = large_tick(QRadioButton(f"{value}  {tl(label)}"))
            self.group.addButton(radio, value)
            layout.addWidget(radio)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.ok = QPushButton(self.tr("Save my answer"))
        self.ok.setDefault(True)
        cancel = QPushButton(self.tr("Not now"))
        for b in (self.ok, cancel):
            b.setMinimumHeight(44)
        self.ok.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ok)
        row.addWidget(cancel)
        layout.addLayout(row)
        fit_wrapped(self, 55)  # the wrapped question was cut after two lines

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        text = event.text()
        if text.isdigit() and text.isascii() and self.group.button(int(text)):
            self.group.button(int(text)).click()
            self.group.button(int(text)).setFocus()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        answer = self.group.checkedId()
        if answer < 1:
            self._say("⚠ " + self.tr("Choose one answer, or press Not now."))
            return False
        problem = self.save_answer(answer)
        if problem:
            self._say("⚠ " + problem)  # the choice stays on screen
            return False
        self.accept()
        return True

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
