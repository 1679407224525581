"""WarningChecklist: the after-procedure warning signs, for the first 14 days.

A ticked sign shows a fixed message to contact the clinic; nothing is interpreted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from diary.core.i18n import tl
from diary.core.records import Procedure
from diary.core.warning_signs import CLINIC_MESSAGE, WARNING_SIGNS
from diary.qt.theme import banner_style
from diary.qt.tick_style import large_tick


class WarningChecklist(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        self._codes = list(WARNING_SIGNS)
        grid = QGridLayout(self)
        for i, (code, label) in enumerate(WARNING_SIGNS.items()):
            box = large_tick(QCheckBox(tl(label)))
            box.setObjectName(code)
            box.setMinimumHeight(32)
            box.toggled.connect(self._toggled)
            grid.addWidget(box, i // 2, i % 2)
            self.boxes.append(box)
        self.message = QLabel(tl(CLINIC_MESSAGE))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(banner_style("#fde8e4", "#6b1a0d"))
        self.message.setAccessibleName(self.tr("Contact your clinic"))
        grid.addWidget(self.message, 2, 0, 1, 2)
        self.message.hide()
        self.hide()

    def offer(self, procedure: Procedure | None, day: dt.date) -> None:
        """Show the checklist for ``day`` if it is in a procedure's first 14 days."""
        if procedure is None and not self.signs():
            self.hide()
            return
        if procedure is not None:
            n = (day - procedure.day).days
            self.setTitle(self.tr("Day {n} after your procedure: any of these today?").format(n=n))
        self.show()

    def signs(self) -> tuple[str, ...]:
        return tuple(c for c, b in zip(self._codes, self.boxes, strict=True) if b.isChecked())

    def set_signs(self, signs) -> None:
        for code, box in zip(self._codes, self.boxes, strict=True):
            box.setChecked(code in signs)

    def _toggled(self) -> None:
        self.message.setVisible(bool(self.signs()))
