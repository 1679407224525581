"""The session's writes beyond entries, procedures and rules: settings, backups and
restore, block-day readings, function (activities, ability) and PGIC answers.

A mixin of DiarySession, so a widget that changes any of these goes through the
session like every other change: it never holds the store, and each write tells the
widgets by a signal (none of these are undoable; a restore empties the undo history).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # annotations only: nothing here loads before the first paint
    import datetime as dt

    from diary.core.block_day import BlockReading
    from diary.core.function import AbilityRating, Activity, PgicAnswer
    from diary.core.records import Entry
    from diary.store import DiaryStore
    from diary.store.backup import BackupInfo
    from diary.store.recovery import Restored


class SessionRecordsMixin:
    store: DiaryStore

    # The diary file --------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    def count_entries(self) -> int:
        return self.store.count_entries()

    def medication_names(self) -> list[str]:
        return self.store.medication_names()

    def preview_import(self, entries: list[Entry]) -> list[Entry]:
        """Which of ``entries`` an import would add (reads only)."""
        return self.store.preview_import(entries)

    def backup(self, reason: str, target: Path | None = None) -> BackupInfo:
        """A checked copy of the diary; the diary itself does not change."""
        return self.store.backup(reason, target)

    def restore_from(self, source: Path) -> Restored:
        """Replace the diary with the backup ``source`` (itself backed up first);
        everything cached is dropped, whether or not the restore succeeded."""
        from diary.store.recovery import restore_into

        try:
            return restore_into(self.store, Path(source))
        finally:
            self.reload()

    # Settings kept in the diary --------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        return self.store.setting(key, default)

    def set_setting(self, key: str, value: str) -> None:
        self.store.set_setting(key, value)
        self.settingChanged.emit(key)

    # Block day -------------------------------------------------------------------

    def block_time(self, proc_id: int) -> dt.datetime | None:
        return self.store.block_time(proc_id)

    def block_readings(self, proc_id: int) -> list[BlockReading]:
        return self.store.block_readings(proc_id)

    def set_block_time(self, proc_id: int, at: dt.datetime) -> None:
        self.store.set_block_time(proc_id, at)
        self.blockChanged.emit(proc_id)

    def add_block_readings(self, proc_id: int, readings: list[BlockReading]) -> None:
        self.store.add_block_readings(proc_id, readings)
        self.blockChanged.emit(proc_id)

    # Function (activities and ability) and the global impression (PGIC) ------------

    def activities(self, procedure_id: int | None = ...) -> list[Activity]:  # type: ignore[assignment]
        """Every activity, or (given a procedure's id, even None) those named with it."""
        return self.store.activities(procedure_id)

    def ability_ratings(self) -> list[AbilityRating]:
        return self.store.ability_ratings()

    def ability_ratings_of(self, procedure_id: int) -> dict[dt.date, dict[int, int]]:
        return self.store.ability_ratings_of(procedure_id)

    def pgic_answers(self) -> list[PgicAnswer]:
        return self.store.pgic_answers()

    def set_activities(self, procedure_id: int, names: list[str]) -> list[Activity]:
        acts = self.store.set_activities(procedure_id, names)
        self.functionChanged.emit()
        return acts

    def rate_activities(self, day: dt.date, abilities: dict[int, int]) -> None:
        self.store.rate_activities(day, abilities)
        self.functionChanged.emit()

    def save_pgic(self, answer: PgicAnswer) -> None:
        self.store.save_pgic(answer)
        self.functionChanged.emit()
