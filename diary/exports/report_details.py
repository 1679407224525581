"""What the report says per procedure, for the doctor and the payer, without Qt:
the ≥ 50 % relief period beside the reference durations, function and the global
impression at 4 weeks, 3, 6 and 12 months, each medication's first and last day and
how often it was taken before, during and after the relief period, and the
diagnostic block days before the procedure. Also the appendix's weekly table.

Figures are (label, value) rows, so more can be added (issue 11's relief range,
for one) without touching the layout.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING, Protocol

from diary.core.block_day import BlockDay, BlockReading, SideSummary, summarise
from diary.core.function import (
    PGIC_ANSWERS,
    PGIC_POINTS,
    AbilityRating,
    Activity,
    FunctionCourse,
    PgicAnswer,
    function_course,
)
from diary.core.i18n import tl, tr
from diary.core.records import KIND_LABELS, SIDE_LABELS, Entry, Procedure
from diary.core.reference import ReferenceDuration, reference_durations
from diary.core.rules import ReliefRules
from diary.core.value import Value

if TYPE_CHECKING:
    from diary.core.relief import Analysis, Episode


def _(text: str) -> str:
    return tr("report", text)


class MedicationTiming(Value):
    """One medication over one episode; rates are days a week, counted over the
    days with entries (a patient who logs every third day is not under-counted)."""

    __slots__ = ("name", "first", "last", "before", "during", "after")
    name: str
    first: dt.date
    last: dt.date
    before: float | None  # None: no days with entries in that part
    during: float | None
    after: float | None


class BlockFigures(Value):
    __slots__ = ("procedure", "sides")
    procedure: Procedure
    sides: list[SideSummary]  # sides with a pre-block rating


class ProcedureFigures(Value):
    __slots__ = (
        "procedure",
        "episode",
        "references",
        "function",
        "pgic",
        "medications",
        "blocks",
    )
    procedure: Procedure
    episode: Episode | None
    references: list[ReferenceDuration]
    function: FunctionCourse
    pgic: dict[int, PgicAnswer]  # point (days) -> answer or skip
    medications: list[MedicationTiming]
    blocks: list[BlockFigures]  # diagnostic blocks before this procedure


class Week(Value):
    __slots__ = ("start", "mean_pain", "relief", "entries", "function")
    start: dt.date
    mean_pain: float | None
    # The week's mean pain against the baseline of the episode in force on its first
    # day (not the smoothed relief, so a row can be checked by hand); None: no entries.
    relief: float | None
    entries: int
    function: float | None


class ReportExtras(Value):
    """What the report needs beyond entries and procedures (all optional)."""

    __slots__ = ("activities", "ratings", "pgic", "blocks")
    activities: list[Activity]
    ratings: list[AbilityRating]
    pgic: list[PgicAnswer]
    blocks: dict[int, BlockDay]  # procedure id -> its block day

    def __init__(self, activities=(), ratings=(), pgic=(), blocks=None):
        self._fill(list(activities), list(ratings), list(pgic), dict(blocks or {}))


class DiaryReader(Protocol):
    """What report_extras reads: the store (command line) or the window's session."""

    def block_time(self, proc_id: int) -> dt.datetime | None: ...
    def block_readings(self, proc_id: int) -> list[BlockReading]: ...
    def activities(self) -> list[Activity]: ...
    def ability_ratings(self) -> list[AbilityRating]: ...
    def pgic_answers(self) -> list[PgicAnswer]: ...


def report_extras(diary: DiaryReader, procedures: list[Procedure]) -> ReportExtras:
    """Function, global impression and block days, as the report takes them."""
    blocks = {
        p.id: BlockDay(diary.block_time(p.id), diary.block_readings(p.id))
        for p in procedures
        if p.kind.value == "block"
    }
    return ReportExtras(diary.activities(), diary.ability_ratings(), diary.pgic_answers(), blocks)


# Medications ------------------------------------------------------------------------


def _rate(days_taken: int, days_logged: int) -> float | None:
    return None if days_logged == 0 else 7.0 * days_taken / days_logged


def medication_timing(
    entries: list[Entry], episode: Episode, rules: ReliefRules
) -> list[MedicationTiming]:
    first_day = episode.first - dt.timedelta(days=rules.baseline_days)
    shown = [e for e in entries if first_day <= e.day <= episode.last]
    start, end = episode.relief_start, episode.relief_end

    def part(day: dt.date) -> str:
        if start is None or day < start:
            return "before"
        if end is None or day < end:
            return "during"
        return "after"

    logged: dict[str, set] = {"before": set(), "during": set(), "after": set()}
    taken: dict[str, dict[str, set]] = {}
    names: dict[str, str] = {}
    for e in shown:
        logged[part(e.day)].add(e.day)
        for name, _dose in e.medications:
            key = name.casefold()
            names.setdefault(key, name)
            taken.setdefault(key, {"before": set(), "during": set(), "after": set()})
            taken[key][part(e.day)].add(e.day)
    out = []
    for key, parts in taken.items():
        days = sorted(set().union(*parts.values()))
        rates = [_rate(len(parts[p]), len(logged[p])) for p in ("before", "during", "after")]
        if start is None:
            rates = [_rate(len(days), len(set().union(*logged.values()))), None, None]
        out.append(MedicationTiming(names[key], days[0], days[-1], *rates))
    return sorted(out, key=lambda m: (m.first, m.name.casefold()))


# Per procedure ------------------------------------------------------------------------


def procedure_figures(
    analysis: Analysis,
    procedures: list[Procedure],
    entries: list[Entry],
    rules: ReliefRules,
    extras: ReportExtras,
) -> list[ProcedureFigures]:
    """One ProcedureFigures per episode (RFA or other), oldest first."""
    out = []
    previous = None
    for ep in analysis.episodes:
        proc = ep.procedure
        if proc.kind.value == "block":
            continue  # a block opens no episode (clinical.md, 2nd ed.): it is listed below
        blocks = []
        for p in procedures:
            if p.kind.value != "block" or p.day > proc.day:
                continue
            if previous is not None and p.day <= previous.day:
                continue
            block = extras.blocks.get(p.id)
            sides = []
            if block is not None and block.readings:
                summary = summarise(block.readings, rules.block_percent, rules.meaningful_percent)
                sides = [s for s in summary.values() if s.before is not None]
            blocks.append(BlockFigures(p, sides))
        answers = {a.point_days: a for a in extras.pgic if a.procedure_id == proc.id}
        out.append(
            ProcedureFigures(
                proc,
                ep,
                reference_durations(ep, rules),
                function_course(proc, extras.activities, extras.ratings, ep.last),
                answers,
                medication_timing(entries, ep, rules),
                blocks,
            )
        )
        previous = proc
    return out


def time_points(figures: ProcedureFigures) -> list[tuple[str, dt.date]]:
    """(label, day) of each PGIC time point the episode has reached."""
    ep = figures.episode
    last = ep.last if ep is not None else figures.procedure.day
    points = []
    for days, label in PGIC_POINTS:
        day = figures.procedure.day + dt.timedelta(days=days)
        if day <= last:
            points.append((tl(label), day))
    return points


def pgic_text(answer: PgicAnswer | None) -> str:
    if answer is None:
        return _("no answer recorded")
    if answer.answer is None:
        return _("skipped by the patient")
    return f"{answer.answer} ({tl(PGIC_ANSWERS[answer.answer])})"


def function_text(course: FunctionCourse, day: dt.date) -> str:
    from diary.core.wording import number, short_date

    near = course.near(day)
    if near is None:
        return _("not rated")
    text = _("{score} / 10").format(score=number(course.scores[near]))
    change = course.change_on(near)
    if change is not None and not math.isnan(change):
        text += " " + _("({change} % of the room to improve)").format(change=f"{change:+.0f}")
    if near != day:
        text += " " + _("on {day}").format(day=short_date(near))
    return text


def rate_text(rate: float | None) -> str:
    from diary.core.wording import number

    return "–" if rate is None else number(rate)


def procedure_title(p: Procedure) -> str:
    from diary.core.wording import short_date

    parts = [short_date(p.day), tl(KIND_LABELS[p.kind])]
    if p.levels:
        parts.append(p.levels)
    if p.side:
        parts.append(tl(SIDE_LABELS[p.side]).lower())
    return " · ".join(parts)


# The weekly table -------------------------------------------------------------------


def weekly_table(
    analysis: Analysis,
    entries: list[Entry],
    figures: list[ProcedureFigures],
    start: dt.date,
    end: dt.date,
) -> list[Week]:
    """One row per 7 days from ``start`` (the report's range), oldest first."""
    daily = analysis.daily
    function: dict[dt.date, float] = {}
    for f in figures:  # a later procedure's course overrides an earlier one's days
        for day, score in f.function.scores.items():
            if day >= f.procedure.day or day == f.function.baseline_day:
                function[day] = score
    counts: dict[dt.date, int] = {}
    for e in entries:
        counts[e.day] = counts.get(e.day, 0) + 1
    weeks = []
    day = start
    while day <= end:
        days = [day + dt.timedelta(days=n) for n in range(7) if day + dt.timedelta(days=n) <= end]
        pains = [daily.value("pain", d) for d in days] if len(daily) else []
        pains = [p for p in pains if p is not None]
        scores = [function[d] for d in days if d in function]
        mean = sum(pains) / len(pains) if pains else None
        weeks.append(
            Week(
                day,
                mean,
                _week_relief(analysis, day, mean),
                sum(counts.get(d, 0) for d in days),
                sum(scores) / len(scores) if scores else None,
            )
        )
        day += dt.timedelta(days=7)
    return weeks


def _week_relief(analysis: Analysis, first: dt.date, mean: float | None) -> float | None:
    ep = next((e for e in reversed(analysis.episodes) if e.first <= first <= e.last), None)
    if mean is None or ep is None or ep.baseline is None or ep.baseline.value == 0:
        return None
    return 100.0 * (ep.baseline.value - mean) / ep.baseline.value
