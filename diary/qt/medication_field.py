"""MedicationField: "ibuprofen 400 mg; paracetamol 1 g", with the names used before
offered while typing each item."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from diary.core.medications import format_medications, parse_medications


class _ItemCompleter(QCompleter):
    """Completes the item after the last ';' and keeps the items before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.split(";")[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        widget = self.widget()
        before = widget.text().rsplit(";", 1)[0] + "; " if ";" in widget.text() else ""
        return before + super().pathFromIndex(index) + " "


class MedicationField(QLineEdit):
    def __init__(self, names: Callable[[], list[str]] = list, parent: QWidget | None = None):
        super().__init__(parent)
        self._names = names
        self.setPlaceholderText(
            self.tr("Medications taken, e.g. ibuprofen 400 mg; paracetamol 1 g")
        )
        self.setAccessibleName(self.tr("Medications"))
        self.setAccessibleDescription(
            self.tr("Name and dose of each medication, separated by semicolons")
        )
        self.model = QStringListModel(self)
        completer = _ItemCompleter(self.model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def focusInEvent(self, event) -> None:  # noqa: N802
        self.model.setStringList(self._names())  # names remembered from earlier entries
        super().focusInEvent(event)

    def medications(self) -> tuple[tuple[str, str], ...]:
        return parse_medications(self.text())

    def set_medications(self, meds) -> None:
        self.setText(format_medications(meds))
