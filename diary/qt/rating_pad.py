"""RatingPad: the three 0–10 ratings, typed or clicked.

Keyboard first: a digit sets the highlighted rating and moves on to the next one,
a letter of the language types 10 (T, D for "diez", Z for "zehn"), Space skips a
rating, Backspace goes back; Enter is left to the form, which saves. Each value is
also a large button for mouse users (no slider: a slider needs a steady hand).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QPushButton, QWidget

from diary.qt.theme import rating_pad_style


def ten_key() -> str:
    """The letter that types 10 in the language in use (its translation of "T")."""
    return QCoreApplication.translate("ten key", "T")


MIN_TARGET_PX = 44


class RatingPad(QFrame):
    """Three rows of 0–10 buttons with a highlighted row that typing fills in."""

    changed = Signal()

    def __init__(self, rows: list[tuple[str, str]] | None = None, parent: QWidget | None = None):
        """``rows``: (key, title) pairs; the three diary measures by default."""
        super().__init__(parent)
        self.setObjectName("ratingPad")
        self.setStyleSheet(rating_pad_style(MIN_TARGET_PX))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Ratings"))
        self.setAccessibleDescription(
            self.tr(
                "Type a number from 0 to 9 for each rating, {ten} for 10, Space to skip."
            ).format(ten=ten_key())
        )
        if rows is None:
            rows = [
                ("pain", self.tr("Pain")),
                ("numbness", self.tr("Numbness")),
                ("soreness", self.tr("Soreness")),
            ]
        self._keys = [key for key, _title in rows]
        titles = dict(rows)
        self._titles = titles
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(8)
        self._labels: list[QLabel] = []
        self._groups: list[QButtonGroup] = []
        for row, measure in enumerate(self._keys):
            label = QLabel(titles[measure])
            label.setMargin(6)
            grid.addWidget(label, row, 0)
            self._labels.append(label)
            group = QButtonGroup(self)
            group.setExclusive(False)  # so that a second click can clear the value
            for value in range(11):
                button = QPushButton(str(value))
                button.setCheckable(True)
                button.setProperty("rating", True)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setAccessibleName(f"{titles[measure]} {value}")
                group.addButton(button, value)
                grid.addWidget(button, row, value + 1)
            group.idClicked.connect(lambda v, r=row: self._clicked(r, v))
            self._groups.append(group)
        low = QLabel(self.tr("0 = none"))
        high = QLabel(self.tr("10 = worst imaginable"))
        high.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(low, len(self._keys), 1, 1, 5)
        grid.addWidget(high, len(self._keys), 6, 1, 6)
        self._values: list[int | None] = [None] * len(self._keys)
        self._active: int | None = 0
        self._refresh()

    # State ----------------------------------------------------------------------

    def values(self) -> dict[str, int | None]:
        return dict(zip(self._keys, self._values, strict=True))

    def set_values(self, values: dict[str, int | None]) -> None:
        self._values = [values.get(m) for m in self._keys]
        self._active = 0
        self._refresh()

    def clear(self) -> None:
        self.set_values({})

    def active_row(self) -> int | None:
        return self._active

    def measure_title(self, measure: str) -> str:
        return self._titles[measure]

    def _set(self, row: int, value: int | None) -> None:
        self._values[row] = value
        self._active = row + 1 if row + 1 < len(self._keys) else None
        self._refresh()

    def _clicked(self, row: int, value: int) -> None:
        self._set(row, None if self._values[row] == value else value)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _refresh(self) -> None:
        for row, group in enumerate(self._groups):
            for button in group.buttons():
                button.setChecked(group.id(button) == self._values[row])
            label = self._labels[row]
            active = row == self._active
            label.setProperty("active", active)
            marker = "▶ " if active else "   "
            label.setText(marker + self._titles[self._keys[row]])
            label.style().unpolish(label)
            label.style().polish(label)
        self.changed.emit()

    # Keyboard -------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        row = self._active
        ten = text != "" and text.upper() == ten_key().upper()
        if text.isdigit() and len(text) == 1 and text.isascii() or ten:
            self._set(0 if row is None else row, 10 if ten else int(text))
        elif key == Qt.Key.Key_Space or text == "-":
            self._set(0 if row is None else row, None)
        elif key == Qt.Key.Key_Backspace:
            if row is None:
                row = len(self._keys) - 1
            elif self._values[row] is None and row > 0:
                row -= 1
            self._values[row] = None
            self._active = row
            self._refresh()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            current = len(self._keys) if row is None else row
            self._active = max(0, min(len(self._keys) - 1, current + step))
            self._refresh()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row is not None:
            step = -1 if key == Qt.Key.Key_Left else 1
            old = self._values[row]
            self._values[row] = max(0, min(10, (5 if old is None else old + step)))
            self._refresh()
        else:
            super().keyPressEvent(event)  # Enter, Tab and the rest go to the form
