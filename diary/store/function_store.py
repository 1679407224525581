"""The store's function (PSFS) and global impression (PGIC) queries.

A mixin of DiaryStore (it needs ``self._conn``); every write is one
``BEGIN IMMEDIATE`` transaction, committed before the method returns.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from diary.core.function import MAX_ACTIVITIES, AbilityRating, Activity, PgicAnswer
from diary.core.records import InvalidRecord, current_procedure
from diary.store.connection import transaction


class FunctionStoreMixin:
    _conn: sqlite3.Connection

    # Activities -------------------------------------------------------------------

    def activities(self, procedure_id: int | None = ...) -> list[Activity]:
        """Every activity (oldest first), or those named with one procedure."""
        sql = "SELECT name, procedure_id, id FROM activity"
        args: tuple = ()
        if procedure_id is not ...:
            sql += " WHERE procedure_id IS ?"
            args = (procedure_id,)
        return [Activity(*row) for row in self._conn.execute(sql + " ORDER BY id", args)]

    def set_activities(self, procedure_id: int, names: list[str]) -> list[Activity]:
        """Name up to three activities with a procedure. Activities already rated
        are kept whatever the list says (their ratings are the diary's); unrated
        ones not in the list are removed."""
        wanted = []
        for name in names:
            name = Activity(name).name
            if name.casefold() not in (w.casefold() for w in wanted):
                wanted.append(name)
        with transaction(self._conn) as c:
            rows = c.execute(
                "SELECT a.id, a.name, count(b.id) FROM activity a LEFT JOIN ability b "
                "ON b.activity_id = a.id WHERE a.procedure_id = ? GROUP BY a.id ORDER BY a.id",
                (procedure_id,),
            ).fetchall()
            kept = []
            for id_, name, rated in rows:
                if rated or name.casefold() in (w.casefold() for w in wanted):
                    kept.append(name)
                else:
                    c.execute("DELETE FROM activity WHERE id = ?", (id_,))
            for name in wanted:
                if name.casefold() not in (k.casefold() for k in kept):
                    kept.append(name)
                    c.execute(
                        "INSERT INTO activity (procedure_id, name) VALUES (?, ?)",
                        (procedure_id, name),
                    )
            if len(kept) > MAX_ACTIVITIES:
                raise InvalidRecord(f"at most {MAX_ACTIVITIES} activities for a procedure")
        return self.activities(procedure_id)

    # Ability ratings --------------------------------------------------------------

    def ability_ratings(self) -> list[AbilityRating]:
        """Every rating, oldest first, with the activity's name."""
        rows = self._conn.execute(
            "SELECT b.day, a.name, b.ability FROM ability b JOIN activity a "
            "ON a.id = b.activity_id ORDER BY b.day, a.id"
        )
        return [AbilityRating(dt.date.fromisoformat(d), n, v) for d, n, v in rows]

    def ability_ratings_of(self, procedure_id: int) -> dict[dt.date, dict[int, int]]:
        """Ratings of one procedure's activities: day -> activity id -> ability."""
        out: dict[dt.date, dict[int, int]] = {}
        for day, activity_id, ability in self._conn.execute(
            "SELECT b.day, b.activity_id, b.ability FROM ability b JOIN activity a "
            "ON a.id = b.activity_id WHERE a.procedure_id = ? ORDER BY b.day",
            (procedure_id,),
        ):
            out.setdefault(dt.date.fromisoformat(day), {})[activity_id] = ability
        return out

    def rate_activities(self, day: dt.date, abilities: dict[int, int]) -> None:
        """Save the day's ratings (activity id -> 0–10), replacing that day's."""
        with transaction(self._conn) as c:
            for activity_id, ability in abilities.items():
                c.execute(
                    "INSERT INTO ability (activity_id, day, ability) VALUES (?, ?, ?) "
                    "ON CONFLICT (activity_id, day) DO UPDATE SET ability = excluded.ability",
                    (activity_id, day.isoformat(), ability),
                )

    def import_ability_ratings(self, ratings: list[AbilityRating]) -> tuple[int, int]:
        """Add the ratings of a function CSV in one transaction: all or none.

        Each row goes to the activity of that name named with the procedure current
        on its day (created when missing). A row already in the diary is skipped;
        a different ability for the same activity and day refuses the whole file.
        Returns (added, skipped)."""
        procedures = self.procedures()  # type: ignore[attr-defined]
        self.backup("before-import")  # type: ignore[attr-defined]
        added = skipped = 0
        with transaction(self._conn) as c:
            for r in ratings:
                proc = current_procedure(procedures, r.day)
                proc_id = proc.id if proc else None
                row = c.execute(
                    "SELECT id FROM activity WHERE procedure_id IS ? AND name = ? "
                    "COLLATE NOCASE ORDER BY id LIMIT 1",
                    (proc_id, r.activity),
                ).fetchone()
                if row is None:
                    count = c.execute(
                        "SELECT count(*) FROM activity WHERE procedure_id IS ?", (proc_id,)
                    ).fetchone()[0]
                    if proc_id is not None and count >= MAX_ACTIVITIES:
                        raise InvalidRecord(
                            f"{r.day.isoformat()}: the procedure of that day already has "
                            f"{MAX_ACTIVITIES} activities; nothing was imported"
                        )
                    activity_id = c.execute(
                        "INSERT INTO activity (procedure_id, name) VALUES (?, ?)",
                        (proc_id, r.activity),
                    ).lastrowid
                else:
                    activity_id = row[0]
                old = c.execute(
                    "SELECT ability FROM ability WHERE activity_id = ? AND day = ?",
                    (activity_id, r.day.isoformat()),
                ).fetchone()
                if old is not None:
                    if old[0] != r.ability:
                        raise InvalidRecord(
                            f"{r.day.isoformat()}, {r.activity}: the diary has ability "
                            f"{old[0]} for that day; nothing was imported"
                        )
                    skipped += 1
                    continue
                c.execute(
                    "INSERT INTO ability (activity_id, day, ability) VALUES (?, ?, ?)",
                    (activity_id, r.day.isoformat(), r.ability),
                )
                added += 1
        return added, skipped

    # Undoing a procedure's deletion ------------------------------------------------

    def procedure_links(self, procedure_id: int) -> tuple[list[int], list[PgicAnswer]]:
        """What deleting a procedure unlinks (its activities: kept, unlinked) or
        removes (its PGIC answers), so that an undo can put them back."""
        ids = [a.id for a in self.activities(procedure_id)]
        answers = [a for a in self.pgic_answers() if a.procedure_id == procedure_id]
        return ids, answers

    def restore_procedure_links(
        self, procedure_id: int, links: tuple[list[int], list[PgicAnswer]]
    ) -> None:
        ids, answers = links
        with transaction(self._conn) as c:
            c.executemany(
                "UPDATE activity SET procedure_id = ? WHERE id = ? AND procedure_id IS NULL",
                [(procedure_id, i) for i in ids],
            )
            c.executemany(
                "INSERT OR IGNORE INTO pgic (procedure_id, point_days, day, answer) "
                "VALUES (?, ?, ?, ?)",
                [(procedure_id, a.point_days, a.day.isoformat(), a.answer) for a in answers],
            )

    # Global impression ------------------------------------------------------------

    def pgic_answers(self) -> list[PgicAnswer]:
        rows = self._conn.execute(
            "SELECT procedure_id, point_days, day, answer FROM pgic ORDER BY procedure_id, "
            "point_days"
        )
        return [PgicAnswer(p, n, dt.date.fromisoformat(d), a) for p, n, d, a in rows]

    def save_pgic(self, answer: PgicAnswer) -> None:
        """Record an answer (or a skip: answer None) for one time point."""
        with transaction(self._conn) as c:
            c.execute(
                "INSERT INTO pgic (procedure_id, point_days, day, answer) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (procedure_id, point_days) DO UPDATE SET day = excluded.day, "
                "answer = excluded.answer",
                (answer.procedure_id, answer.point_days, answer.day.isoformat(), answer.answer),
            )
