"""DiarySession: the open diary as the widgets see it.

Holds the store and the undo stack, turns every change into an undoable command,
and tells the widgets (by signal) when entries, procedures or rules changed. The
other writes (settings, backups and restore, block days, function and PGIC) are in
SessionRecordsMixin: widgets hold the session, never the store (tests/test_layers.py). Each
change is committed by the store before the command reaches the undo stack, so
"saved" is never shown for something that is not on disk.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from bisect import insort
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from diary.core.records import Entry, Procedure
from diary.core.rules import ReliefRules
from diary.qt.session_records import SessionRecordsMixin
from diary.store import DiaryStore, StoreError

if TYPE_CHECKING:
    from diary.core.relief import Analysis


_WEEKLY_OFFERED = "weekly_offered"


class _StoreCommand(QUndoCommand):
    """A change already done once; undo/redo replay it against the store."""

    def __init__(self, session: DiarySession, text: str, undo, redo):
        super().__init__(text)
        self._session = session
        self._undo, self._redo = undo, redo
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was made (and committed) before the push
            self._first = False
            return
        self._session._replay(self._redo)

    def undo(self) -> None:
        self._session._replay(self._undo)


class DiarySession(SessionRecordsMixin, QObject):
    entriesChanged = Signal()
    proceduresChanged = Signal()
    rulesChanged = Signal()
    settingChanged = Signal(str)  # the key of a setting kept in the diary
    blockChanged = Signal(int)  # a block day's procedure id: its time or readings
    functionChanged = Signal()  # activities, ability ratings or a PGIC answer
    failed = Signal(str)  # an undo or redo that could not be written

    def __init__(self, store: DiaryStore, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._entries: list[Entry] | None = None
        self._procedures: list[Procedure] | None = None
        self._rules: ReliefRules | None = None
        self._analysis: Analysis | None = None
        self.today: Callable[[], dt.date] = dt.date.today

    # Reading (cached until the next change) -----------------------------------

    def outside_range(self) -> tuple[int, int]:
        """Entries and procedures in the file dated outside the accepted range (left
        out of everything shown and exported)."""
        return self.store.outside_range()

    def entries(self) -> list[Entry]:
        if self._entries is None:
            self._entries = self.store.entries()
        return self._entries

    def procedures(self) -> list[Procedure]:
        if self._procedures is None:
            self._procedures = self.store.procedures()
        return self._procedures

    def rules(self) -> ReliefRules:
        if self._rules is None:
            self._rules = self.store.rules()
        return self._rules

    def analysis(self, as_of: dt.date | None = None) -> Analysis:
        """The analysis as of ``as_of`` (today), computed once per change."""
        from diary.core.daily import day_means  # numpy: not before the first paint
        from diary.core.relief import analyse

        as_of = as_of or self.today()
        if self._analysis is None or self._analysis.status.as_of != as_of:
            self._analysis = analyse(
                day_means(self.entries()), self.procedures(), as_of, self.rules()
            )
        return self._analysis

    # Changes ------------------------------------------------------------------

    def _entries_changed(self, added=(), removed=()) -> None:
        """Tell the widgets; the cached entries follow the change in place (a full
        reload of 20 years costs ~40 ms on every save), or are dropped when the
        change is not known entry by entry (an import, a restore)."""
        if self._entries is not None and (added or removed):
            gone = {e.id for e in removed}
            kept = [e for e in self._entries if e.id not in gone]
            for entry in added:
                insort(kept, entry, key=Entry.sort_key)
            self._entries = kept
        elif not (added or removed):
            self._entries = None
        self._analysis = None
        self.entriesChanged.emit()

    def _procedures_changed(self) -> None:
        self._procedures = None
        self._analysis = None
        self.proceduresChanged.emit()

    def _outside_change(self, refuse: bool, replaying: bool = False) -> None:
        """Before a write: if another program changed the file since we last looked
        (PRAGMA data_version), reload; a change made on what we had read is then
        refused, so no stale row is ever written back over the newer one."""
        if not self.store.changed_outside():
            return
        if replaying:  # inside the undo stack's own call: clear it afterwards
            self._forget()
            QTimer.singleShot(0, self.undo_stack.clear)
        else:
            self.reload()
        if refuse:
            raise StoreError(
                QCoreApplication.translate(
                    "session",
                    "Not saved: the diary was changed outside this window meanwhile. "
                    "It has been reloaded; please check it and try again.",
                )
            )

    def _replay(self, action: Callable[[], None]) -> None:
        try:
            self._outside_change(refuse=True, replaying=True)
            action()
        except StoreError as exc:
            self.failed.emit(str(exc))
            # The history no longer matches the file: drop it rather than lie.
            QTimer.singleShot(0, self.undo_stack.clear)

    def _push(self, text: str, undo: Callable[[], None], redo: Callable[[], None]) -> None:
        self.undo_stack.push(_StoreCommand(self, text, undo, redo))

    def add_entry(self, entry: Entry) -> Entry:
        """Save a new entry; raises ``StoreError`` (nothing written) on failure."""
        self._outside_change(refuse=False)  # a new row overwrites nothing
        saved = self.store.add_entry(entry)
        self._entries_changed(added=[saved])
        self._push(
            self.tr("Add entry"), lambda: self._delete_entry(saved.id), lambda: self._put(saved)
        )
        return saved

    def reload(self) -> None:
        """The file changed underneath (a restore): forget everything cached."""
        self.undo_stack.clear()
        self._forget()

    def _forget(self) -> None:
        self._rules = None
        self._entries_changed()
        self._procedures_changed()
        self.rulesChanged.emit()

    def import_entries(self, entries: list[Entry]) -> tuple[int, int]:
        """Import in one transaction (all or nothing); not undoable entry by entry."""
        self._outside_change(refuse=False)
        result = self.store.import_entries(entries)
        self._entries_changed()
        return result

    def update_entry(self, entry: Entry) -> Entry:
        self._outside_change(refuse=True)
        old = self.store.entry(entry.id)
        self.store.update_entry(entry)
        self._entries_changed(added=[entry], removed=[entry])
        if old is not None:
            self._push(
                self.tr("Edit entry"), lambda: self._update(old), lambda: self._update(entry)
            )
        return entry

    def delete_entry(self, entry_id: int) -> Entry | None:
        self._outside_change(refuse=True)
        old = self.store.delete_entry(entry_id)
        self._entries_changed(removed=[old] if old else [])
        if old is not None:
            self._push(
                self.tr("Delete entry"), lambda: self._put(old), lambda: self._delete_entry(old.id)
            )
        return old

    def _put(self, entry: Entry) -> None:
        self._entries_changed(added=[self.store.add_entry(entry)])

    def _update(self, entry: Entry) -> None:
        self._entries_changed(added=[self.store.update_entry(entry)], removed=[entry])

    def _delete_entry(self, entry_id: int) -> None:
        old = self.store.delete_entry(entry_id)
        self._entries_changed(removed=[old] if old else [])

    def add_procedure(self, proc: Procedure) -> Procedure:
        self._outside_change(refuse=False)
        saved = self.store.add_procedure(proc)
        self._procedures_changed()
        # What was recorded for it since (block day, activities, answers) goes
        # with its undo and comes back with its redo, as for a deletion.
        kept: list = []

        def take_away(proc_id: int) -> None:
            links = self.store.procedure_links(proc_id)
            deleted = self.store.delete_procedure(proc_id)
            kept[:] = [(deleted[1], links)] if deleted else []

        def put_back(p: Procedure) -> None:
            if not kept:
                self.store.add_procedure(p)
                return
            block, links = kept[0]
            self.store.restore_procedure(p, block)
            self.store.restore_procedure_links(p.id, links)

        self._push(
            self.tr("Add procedure"),
            lambda: self._proc(take_away, saved.id),
            lambda: self._proc(put_back, saved),
        )
        return saved

    def update_procedure(self, proc: Procedure) -> Procedure:
        self._outside_change(refuse=True)
        old = next((p for p in self.procedures() if p.id == proc.id), None)
        self.store.update_procedure(proc)
        self._procedures_changed()
        if old is not None:
            self._push(
                self.tr("Edit procedure"),
                lambda: self._proc(self.store.update_procedure, old),
                lambda: self._proc(self.store.update_procedure, proc),
            )
        return proc

    def delete_procedure(self, proc_id: int) -> Procedure | None:
        self._outside_change(refuse=True)
        links = self.store.procedure_links(proc_id)  # activities and PGIC answers
        deleted = self.store.delete_procedure(proc_id)
        self._procedures_changed()
        if deleted is None:
            return None
        old, block = deleted

        def put_back(p: Procedure) -> None:
            self.store.restore_procedure(p, block)
            self.store.restore_procedure_links(p.id, links)

        self._push(
            self.tr("Delete procedure"),
            lambda: self._proc(put_back, old),
            lambda: self._proc(self.store.delete_procedure, old.id),
        )
        return old

    def _proc(self, method, arg) -> None:
        method(arg)
        self._procedures_changed()

    def weekly_offered(self) -> str:
        """The day (ISO) of the procedure the weekly reminder was offered for, or ""."""
        return self.store.setting(_WEEKLY_OFFERED, "") or ""

    def mark_weekly_offered(self, procedure_day: str) -> None:
        """Kept in the diary, not the settings file: a procedure's date is health
        data. Not saved (a full disk): the offer may come once more, nothing worse."""
        with contextlib.suppress(StoreError):
            self.store.set_setting(_WEEKLY_OFFERED, procedure_day)

    def set_rules(self, rules: ReliefRules) -> None:
        self._outside_change(refuse=False)  # the rules are one setting, written whole
        self.store.set_rules(rules)
        self._rules = rules
        self._analysis = None
        self.rulesChanged.emit()
