"""Table models over the diary's records (entries newest first, and procedures)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from diary.core.i18n import N_, tl
from diary.core.medications import format_medications
from diary.core.records import KIND_LABELS, SIDE_LABELS, Entry, Procedure
from diary.core.warning_signs import WARNING_SIGNS
from diary.core.wording import number
from diary.qt.qdates import day_text

_DISPLAY = Qt.ItemDataRole.DisplayRole
_ALIGN = Qt.ItemDataRole.TextAlignmentRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


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
            return tl(self.headers[section])
        return None

    def record(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)


class EntryTableModel(_RecordModel):
    """Entries, newest first."""

    headers = (N_("Day"), N_("Time"), N_("Pain"), N_("Numbness"), N_("Soreness"), N_("Note"))

    def _note(self, e: Entry) -> str:
        parts = []
        if e.warnings:
            parts.append("⚠ " + ", ".join(tl(WARNING_SIGNS[c]) for c in e.warnings))
        if e.for_doctor and e.note:
            parts.append(self.tr("For the doctor: ") + _first_line(e.note))
        elif e.note:
            parts.append(_first_line(e.note))
        if e.medications:
            parts.append(self.tr("Medications: ") + format_medications(e.medications))
        return " · ".join(parts)

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
            return self._note(e)
        if role == _ALIGN and 1 <= col <= 4:
            return _CENTER
        if role == _TOOLTIP and col == 5 and e.note:
            return e.note
        return None


class ProcedureTableModel(_RecordModel):
    """Procedures, oldest first (a repeat follows the first)."""

    headers = (N_("Date"), N_("Kind"), N_("Levels"), N_("Side"), N_("Baseline pain"), N_("Note"))

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
                tl(KIND_LABELS[p.kind]),
                p.levels,
                tl(SIDE_LABELS[p.side]) if p.side else "",
                "" if p.baseline is None else str(p.baseline),
                _first_line(p.note),
            )[col]
        if role == _ALIGN and col == 4:
            return _CENTER
        if role == _TOOLTIP and col == 5 and p.note:
            return p.note
        return None


class EpisodeTableModel(_RecordModel):
    """One row per procedure: how much relief it gave and for how long."""

    headers = (
        N_("Procedure"),
        N_("Baseline"),
        N_("Best relief"),
        N_("≥ 50 % relief"),
        N_("Days of ≥ 50 %"),
    )

    def set_episodes(self, episodes: list, substantial: float = 50.0) -> None:
        self.beginResetModel()
        self._rows = list(episodes)
        self._substantial = substantial
        self.endResetModel()

    def headerData(self, section: int, orientation, role=_DISPLAY):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            text = tl(self.headers[section])
            return text.replace("50", f"{getattr(self, '_substantial', 50.0):.0f}")
        return None

    def data(self, index: QModelIndex, role: int = _DISPLAY):
        if not index.isValid() or role not in (_DISPLAY, _ALIGN):
            return None
        col = index.column()
        if role == _ALIGN:
            return _CENTER if col in (1, 2, 4) else None
        ep = self._rows[index.row()]
        p = ep.procedure
        if col == 0:
            return f"{day_text(p.day)} · {tl(KIND_LABELS[p.kind])} {p.levels}".strip()
        if col == 1:
            return "" if ep.baseline is None else number(ep.baseline.value)  # "6,6" in Spanish
        if col == 2:
            if ep.best_relief is None:
                return ""
            return f"{ep.best_relief:.0f} % ({day_text(ep.best_relief_day)})"
        if col == 3:
            if ep.relief_start is None:
                return self.tr("not reached")
            end = day_text(ep.relief_end) if ep.relief_end else self.tr("ongoing")
            return f"{day_text(ep.relief_start)} – {end}"
        days, least = ep.relief_days(), ep.relief_days_min()
        if days is None:
            return ""
        # The end fell in days without entries: the least and the most (issue 11).
        return str(days) if least == days else f"{least}–{days}"
