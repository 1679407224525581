"""The History and Procedures tabs: a table with edit, delete and undo.

Both are the same panel over a different model; the session does the writing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from diary.qt.dialogs import EntryDialog, ProcedureDialog
from diary.qt.session import DiarySession
from diary.qt.table_models import (
    EntryTableModel,
    EpisodeTableModel,
    ProcedureTableModel,
    _RecordModel,
)
from diary.qt.theme import message_style
from diary.store import StoreError


class RecordPanel(QWidget):
    """A table of records with Edit…, Delete and (optionally) Add… buttons."""

    def __init__(self, model: _RecordModel, what: str, add: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setAccessibleName(what)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        for b in (self.add_button, self.edit_button, self.delete_button, self.undo_button):
            b.setMinimumHeight(44)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.add_button.setVisible(add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        self.table.installEventFilter(self)  # Enter edits, as a double-click does
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if (
            obj is self.table
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.selected() is not None
        ):
            self.edit_selected()
            return True
        return super().eventFilter(obj, event)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row is not None:
            self.table.selectRow(row)

    def _selection_changed(self, *_args) -> None:
        has = self.selected() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(message_style(ok=False) if error else "")
        self.message.setText(("⚠ " if error else "") + text)
        stack = getattr(getattr(self, "session", None), "undo_stack", None)
        self._said_at = stack.index() if stack is not None else None

    def _history_moved(self, index: int) -> None:
        """An undo or redo (here, in the menu or with Ctrl+Z) made the message and
        its Undo button stale: they go."""
        if getattr(self, "_said_at", None) is not None and index != self._said_at:
            self._said_at = None
            self.message.clear()
            self.undo_button.hide()

    # Each panel says what its buttons do.
    def add(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError


class HistoryPanel(RecordPanel):
    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(EntryTableModel(), "History", add=False, parent=parent)
        self.session = session
        self.undo_button.clicked.connect(session.undo_stack.undo)
        session.undo_stack.indexChanged.connect(self._history_moved)
        session.entriesChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        chosen = self.selected()
        self.model.set_entries(self.session.entries())
        if chosen is not None:
            self.select(chosen.id)

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        dialog = EntryDialog(
            entry,
            self.session.update_entry,
            self.session.today,
            self,
            self.session.procedures,
            self.session.medication_names,
        )
        if dialog.exec():
            changed = getattr(dialog, "changed", True)
            self.say(self.tr("Entry changed.") if changed else self.tr("Nothing was changed."))
            self.undo_button.hide()

    def delete_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            self.session.delete_entry(entry.id)
        except StoreError as exc:
            self.say(str(exc), error=True)
            return
        self.say(self.tr("Entry deleted."))
        self.undo_button.show()


class ProceduresPanel(RecordPanel):
    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(ProcedureTableModel(), "Procedures", add=True, parent=parent)
        self.session = session
        self.add_button.setText(self.tr("Add procedure…"))
        self.undo_button.clicked.connect(session.undo_stack.undo)
        session.undo_stack.indexChanged.connect(self._history_moved)
        session.proceduresChanged.connect(self.reload)
        self.dialog_factory: Callable[..., ProcedureDialog] = ProcedureDialog
        self.episodes = EpisodeTableModel(self)
        self.compare = QTableView()
        self.compare.setModel(self.episodes)
        self.compare.verticalHeader().hide()
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.compare.horizontalHeader().setStretchLastSection(True)
        self.compare.setAccessibleName(self.tr("Relief by procedure"))
        self.compare_title = QLabel(self.tr("<b>Relief by procedure</b>"))
        self.layout().insertWidget(2, self.compare_title)
        self.layout().insertWidget(3, self.compare)
        self.compare.hide()
        self.compare_title.hide()
        self.reload()

    def reload(self) -> None:
        self.model.set_procedures(self.session.procedures())

    def show_episodes(self, analysis, rules) -> None:
        """The comparison of episodes (the window passes each new analysis)."""
        self.episodes.set_episodes(analysis.episodes, rules.substantial_percent)
        shown = bool(analysis.episodes)
        self.compare.setVisible(shown)
        self.compare_title.setVisible(shown)

    def add(self) -> None:
        dialog = self.dialog_factory(self.session.add_procedure, None, self.session.today(), self)
        if dialog.exec():
            self.say(self.tr("Procedure added."))
            self.undo_button.hide()

    def edit_selected(self) -> None:
        proc = self.selected()
        if proc is None:
            return
        dialog = self.dialog_factory(
            self.session.update_procedure, proc, self.session.today(), self
        )
        if dialog.exec():
            self.say(self.tr("Procedure changed."))
            self.undo_button.hide()

    def delete_selected(self) -> None:
        proc = self.selected()
        if proc is None:
            return
        try:
            self.session.delete_procedure(proc.id)
        except StoreError as exc:
            self.say(str(exc), error=True)
            return
        self.say(self.tr("Procedure deleted."))
        self.undo_button.show()
