"""Table models over the diary's records (entries newest first, and procedures)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, Qt

from diary.core.records import KIND_LABELS, SIDE_LABELS, Entry, Procedure

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def day_text(day) -> str:
    return QLocale().toString(day, "ddd d MMM yyyy")


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line + (" …" if "\n" in text.strip() else "")


class _RecordModel(QAbstractTableModel):
    headers: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.tr(self.headers[section])
        return None

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)


class EntryTableModel(_RecordModel):
    """Entries, newest first."""

    headers = ("Day", "Time", "Pain", "Numbness", "Soreness", "Note")

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._rows = sorted(entries, key=Entry.sort_key, reverse=True)
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        e: Entry = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            if col == 0:
                return day_text(e.day)
            if col == 1:
                return e.time or ""
            if 2 <= col <= 4:
                value = (e.pain, e.numbness, e.soreness)[col - 2]
                return "" if value is None else str(value)
            return _first_line(e.note)
        if role == _ALIGN and 1 <= col <= 4:
            return _CENTER
        if role == _TOOLTIP and col == 5 and e.note:
            return e.note
        return None


class ProcedureTableModel(_RecordModel):
    """Procedures, oldest first (a repeat follows the first)."""

    headers = ("Date", "Kind", "Levels", "Side", "Baseline pain", "Note")

    def set_procedures(self, procedures: list[Procedure]) -> None:
        self.beginResetModel()
        self._rows = sorted(procedures, key=lambda p: (p.day, p.id or 0))
        self.endResetModel()

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid():
            return None
        p: Procedure = self._rows[index.row()]
        col = index.column()
        if role == _DISPLAY:
            return (
                day_text(p.day),
                self.tr(KIND_LABELS[p.kind]),
                p.levels,
                self.tr(SIDE_LABELS[p.side]) if p.side else "",
                "" if p.baseline is None else str(p.baseline),
                _first_line(p.note),
            )[col]
        if role == _ALIGN and col == 4:
            return _CENTER
        if role == _TOOLTIP and col == 5 and p.note:
            return p.note
        return None
