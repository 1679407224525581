"""Function (the Patient-Specific Functional Scale) and the global impression (PGIC).

PSFS (Stratford et al. 1995): with each procedure the patient names up to three
activities the pain makes hard and rates each 0 (unable) to 10 (as before the
problem). The function score of a day is the mean of the activities rated that day;
its change from the baseline score F0 is 100 × (F − F0) / (10 − F0), the share of
the room left to improve (undefined when F0 = 10). See clinical.md.

PGIC (Guy 1976): "since the procedure", 1 very much improved … 7 very much worse,
asked once each at 4 weeks, 3, 6 and 12 months after a procedure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from diary.core.i18n import N_, tr
from diary.core.records import InvalidRecord, Procedure, check_rating
from diary.core.value import Value

MAX_ACTIVITIES = 3
MAX_ACTIVITY_NAME = 80
RERATE_DAYS = 7  # re-rate the activities about once a week
NEAR_DAYS = 14  # a rating this close to a time point stands for it in the report
PGIC_ASK_WITHIN = 42  # days after a time point during which it is still asked

# (days after the procedure, label) of each PGIC time point.
PGIC_POINTS: tuple[tuple[int, str], ...] = (
    (28, N_("4 weeks")),
    (91, N_("3 months")),
    (182, N_("6 months")),
    (365, N_("12 months")),
)
PGIC_ANSWERS: dict[int, str] = {
    1: N_("very much improved"),
    2: N_("much improved"),
    3: N_("minimally improved"),
    4: N_("no change"),
    5: N_("minimally worse"),
    6: N_("much worse"),
    7: N_("very much worse"),
}


def _(text: str) -> str:
    return tr("function", text)


def check_activity_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InvalidRecord(_("an activity needs a name"))
    name = " ".join(name.split())
    if len(name) > MAX_ACTIVITY_NAME:
        raise InvalidRecord(
            _("an activity's name is at most {n} characters").format(n=MAX_ACTIVITY_NAME)
        )
    return name


class Activity(Value):
    """An activity the pain makes hard, named with a procedure (or, imported
    before any procedure, with none)."""

    __slots__ = ("name", "procedure_id", "id")
    name: str
    procedure_id: int | None
    id: int | None

    def __init__(self, name: str, procedure_id: int | None = None, id: int | None = None):
        self._fill(check_activity_name(name), procedure_id, id)


class AbilityRating(Value):
    """How well the patient could do one activity on one day, 0 (unable) to 10."""

    __slots__ = ("day", "activity", "ability")
    day: dt.date
    activity: str  # the activity's name
    ability: int

    def __init__(self, day: dt.date, activity: str, ability: int):
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InvalidRecord(_("the day must be a date"))
        if ability is None:
            raise InvalidRecord(_("ability must be a whole number from 0 to 10"))
        check_rating(_("Ability"), ability)
        self._fill(day, check_activity_name(activity), ability)


class PgicAnswer(Value):
    """The global impression at one time point; ``answer`` None: the patient skipped."""

    __slots__ = ("procedure_id", "point_days", "day", "answer")
    procedure_id: int
    point_days: int
    day: dt.date
    answer: int | None

    def __init__(self, procedure_id: int, point_days: int, day: dt.date, answer: int | None):
        if point_days not in dict(PGIC_POINTS):
            raise InvalidRecord(_("not a time point of the global impression"))
        if answer is not None and answer not in PGIC_ANSWERS:
            raise InvalidRecord(_("the global impression is a number from 1 to 7"))
        self._fill(procedure_id, point_days, day, answer)


# Scores -----------------------------------------------------------------------


def daily_scores(ratings: Iterable[AbilityRating], activities: set[str]) -> dict[dt.date, float]:
    """Function score per day: the mean of the named activities rated that day."""
    by_day: dict[dt.date, list[int]] = {}
    for r in ratings:
        if r.activity in activities:
            by_day.setdefault(r.day, []).append(r.ability)
    return {day: sum(v) / len(v) for day, v in sorted(by_day.items())}


def change_percent(score: float, baseline: float) -> float | None:
    """100 × (F − F0) / (10 − F0); None when F0 = 10 (no room left to improve)."""
    if baseline >= 10:
        return None
    return 100.0 * (score - baseline) / (10.0 - baseline)


class FunctionCourse(Value):
    """One procedure's function: its activities, baseline and later scores."""

    __slots__ = ("procedure", "activities", "baseline_day", "baseline", "scores")
    procedure: Procedure
    activities: list[str]
    baseline_day: dt.date | None
    baseline: float | None  # F0: the score on or before the procedure day
    scores: dict[dt.date, float]  # every day with a score, oldest first

    def change_on(self, day: dt.date) -> float | None:
        if self.baseline is None or day not in self.scores:
            return None
        return change_percent(self.scores[day], self.baseline)

    def near(self, day: dt.date, within: int = NEAR_DAYS) -> dt.date | None:
        """The day with a score (after the baseline) closest to ``day``."""
        after = [d for d in self.scores if d != self.baseline_day and abs((d - day).days) <= within]
        return min(after, key=lambda d: (abs((d - day).days), d)) if after else None

    def latest(self) -> dt.date | None:
        after = [d for d in self.scores if d != self.baseline_day]
        return after[-1] if after else None


def function_course(
    procedure: Procedure,
    activities: list[Activity],
    ratings: list[AbilityRating],
    end: dt.date | None = None,
) -> FunctionCourse:
    """The function of ``procedure`` from its baseline up to ``end`` (inclusive)."""
    names = [a.name for a in activities if a.procedure_id == procedure.id]
    scores = daily_scores(
        (r for r in ratings if r.day >= procedure.day - dt.timedelta(days=30)), set(names)
    )
    if end is not None:
        scores = {d: s for d, s in scores.items() if d <= end}
    before = [d for d in scores if d <= procedure.day]
    base_day = before[-1] if before else None
    # Ratings before the baseline belong to an earlier procedure's course.
    scores = {d: s for d, s in scores.items() if base_day is None or d >= base_day}
    if base_day is None:
        scores = {d: s for d, s in scores.items() if d >= procedure.day}
    base = scores.get(base_day) if base_day else None
    return FunctionCourse(procedure, names, base_day, base, scores)


def rerate_due(last_rated: dt.date | None, today: dt.date, every: int = RERATE_DAYS) -> bool:
    """Ask to re-rate the activities: none rated yet, or the last rating a week old."""
    return last_rated is None or (today - last_rated).days >= every


# Global impression ----------------------------------------------------------------


def pgic_due(procedure: Procedure, asked: set[int], today: dt.date) -> int | None:
    """The time point (days) to ask about today, or None.

    Only the newest point reached is asked: a patient who was away at 4 weeks
    and opens the diary at 3 months is asked about 3 months, once (a skipped point
    counts as asked)."""
    reached = [days for days, _label in PGIC_POINTS if procedure.day + dt.timedelta(days) <= today]
    if not reached or reached[-1] in asked:
        return None
    if (today - procedure.day).days - reached[-1] > PGIC_ASK_WITHIN:
        return None  # long past: an answer now would not be about that time point
    return reached[-1]


# What the window asks today ---------------------------------------------------------

EPISODE_KINDS = ("rfa", "other")  # a diagnostic block opens no episode (clinical.md)


class Prompt(Value):
    """What the window asks: ``kind`` is "pgic" (with ``point_days``), "name" (name
    the activities of a new procedure), "first" (the first rating after the baseline,
    when only the baseline is rated) or "rerate" (the weekly re-rating)."""

    __slots__ = ("kind", "procedure", "point_days")
    kind: str
    procedure: Procedure
    point_days: int | None


def appointment_prompt(
    procedures: list[Procedure],
    activities: list[Activity],
    last_rated: dt.date | None,
    pgic_asked: dict[int, set[int]],
    today: dt.date,
    function_snoozed_until: dt.date | None = None,
) -> Prompt | None:
    """The one question to ask in the window today, about the newest procedure
    that opens an episode: the global impression at a time point first, then
    naming its activities, then re-rating them once a week. The patient may skip
    each; a snoozed function prompt waits until ``function_snoozed_until``."""
    episodes = [p for p in procedures if p.kind.value in EPISODE_KINDS and p.day <= today]
    if not episodes:
        return None
    proc = max(episodes, key=lambda p: (p.day, p.id or 0))
    point = pgic_due(proc, pgic_asked.get(proc.id, set()), today)
    if point is not None:
        return Prompt("pgic", proc, point)
    if function_snoozed_until is not None and today < function_snoozed_until:
        return None
    if not any(a.procedure_id == proc.id for a in activities):
        return Prompt("name", proc, None)
    if rerate_due(last_rated, today):
        # Only the baseline (dated the procedure day) rated so far: ask for today's
        # ratings as such, never "a week has passed" right after the patient rated.
        only_baseline = last_rated is None or last_rated <= proc.day
        return Prompt("first" if only_baseline else "rerate", proc, None)
    return None
