"""The chart as a table (for screen readers and for reading exact values)."""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from diary.core.chart_data import ChartData
from diary.core.i18n import N_, tl
from diary.core.wording import number
from diary.qt.qdates import day_text

HEADERS = (
    N_("Day"),
    N_("Pain"),
    N_("Numbness"),
    N_("Soreness"),
    N_("Pain, smoothed"),
    N_("Relief %"),
)


class ChartTableModel(QAbstractTableModel):
    """One row per day that has a value, newest first."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[tuple] = []

    def set_data(self, data: ChartData) -> None:
        self.beginResetModel()
        values = np.column_stack(
            (data.pain, data.numbness, data.soreness, data.smoothed_pain, data.relief)
        )
        rated = np.flatnonzero(~np.isnan(values[:, :3]).all(axis=1))[::-1]
        self._rows = [(data.days[i], *values[i].tolist()) for i in rated]
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tl(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column():
            return int(Qt.AlignmentFlag.AlignCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        if index.column() == 0:
            return day_text(row[0])
        value = row[index.column()]
        if math.isnan(value):
            return ""
        return f"{value:.0f} %" if index.column() == 5 else number(value)
