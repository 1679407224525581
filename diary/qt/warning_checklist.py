"""WarningChecklist: the after-procedure warning signs, for the first 14 days.

A ticked sign shows a fixed message to contact the clinic; nothing is interpreted.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QGridLayout, QGroupBox, QLabel, QWidget

from diary.core.i18n import tl
from diary.core.records import Procedure
from diary.core.warning_signs import CLINIC_MESSAGE, WARNING_SIGNS
from diary.qt.theme import banner_style
from diary.qt.tick_style import large_tick


class WarningChecklist(QGroupBox):
    """The signs in two columns when they fit the width, else in one (large text on a
    laptop): it never asks for more width than one column, so no sign is cut off and
    the Today area needs no horizontal scrolling."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.boxes: list[QCheckBox] = []
        self._codes = list(WARNING_SIGNS)
        self._grid = QGridLayout(self)
        for code, label in WARNING_SIGNS.items():
            box = large_tick(QCheckBox(tl(label)))
            box.setObjectName(code)
            box.setMinimumHeight(32)
            box.toggled.connect(self._toggled)
            self.boxes.append(box)
        self.message = QLabel(tl(CLINIC_MESSAGE))
        self.message.setWordWrap(True)
        self.message.setStyleSheet(banner_style("#fde8e4", "#6b1a0d"))
        self.message.setAccessibleName(self.tr("Contact your clinic"))
        self.columns = 0
        self._arrange(2)
        self.message.hide()
        self.hide()

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self._grid.removeWidget(box)
        self._grid.removeWidget(self.message)
        for i, box in enumerate(self.boxes):
            self._grid.addWidget(box, i // columns, i % columns)
        rows = (len(self.boxes) + columns - 1) // columns
        self._grid.addWidget(self.message, rows, 0, 1, columns)
        self.updateGeometry()

    def _width_for(self, columns: int) -> int:
        """The width the signs need in ``columns`` columns (the widest of each)."""
        widths = [0] * columns
        for i, box in enumerate(self.boxes):
            widths[i % columns] = max(widths[i % columns], box.sizeHint().width())
        margins = self._grid.contentsMargins()
        outer = self.contentsMargins()
        spacing = max(self._grid.horizontalSpacing(), 0) * (columns - 1)
        return (
            sum(widths) + spacing + margins.left() + margins.right() + outer.left() + outer.right()
        )

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self._width_for(1)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._arrange(2 if event.size().width() >= self._width_for(2) else 1)

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
