"""What the appointment report says, worked out without Qt (so it is testable and
identical wherever it is drawn: PDF, print, screen)."""

from __future__ import annotations

import datetime as dt

import numpy as np

from diary.core.daily import day_means, smoothed_pain
from diary.core.doctor_wording import describe_for_doctor
from diary.core.records import Entry, Procedure
from diary.core.relief import Analysis, Episode, analyse
from diary.core.rules import ReliefRules
from diary.core.value import Value
from diary.exports.report_details import (
    ProcedureFigures,
    ReportExtras,
    Week,
    procedure_figures,
    weekly_table,
)

SETTLED_LEVEL = 1.0  # "settled": smoothed as P(d), at or below 1 (none to minimal) …
SETTLED_DAYS = 7  # … for a week


class ReportData(Value):
    __slots__ = (
        "start",
        "end",
        "procedures",
        "analysis",
        "verdict_text",
        "entries",
        "warnings",
        "doctor_notes",
        "soreness_settled",
        "numbness_settled",
        "rules",
        "medication_days",
        "figures",
        "weeks",
    )
    start: dt.date
    end: dt.date
    procedures: list[Procedure]
    analysis: Analysis
    verdict_text: str
    entries: list[Entry]  # in the range, oldest first
    warnings: list[Entry]  # entries in the range with warning signs ticked
    doctor_notes: list[Entry]  # notes marked "for the doctor", in the range
    soreness_settled: int | None  # days after the procedure; None: not yet
    numbness_settled: int | None
    rules: ReliefRules
    medication_days: list[tuple[str, int]]  # each medication, on how many days
    figures: list[ProcedureFigures]  # per episode, oldest first (issue 13)
    weeks: list[Week]  # the appendix's weekly table

    @property
    def newest_figures(self) -> ProcedureFigures | None:
        ep = self.episode
        return next((f for f in self.figures if ep is not None and f.episode is ep), None)

    @property
    def episode(self) -> Episode | None:
        return self.analysis.status.episode


def default_start(procedures: list[Procedure], end: dt.date) -> dt.date:
    """Since the last procedure (with the baseline fortnight before it), or 90 days."""
    before = [p.day for p in procedures if p.day <= end]
    if before:
        return max(before) - dt.timedelta(days=14)
    return end - dt.timedelta(days=90)


def settled_after(analysis: Analysis, measure: str) -> int | None:
    """Days from the current procedure until ``measure``, smoothed as P(d) is (the
    7-day mean, or the last 4 entries within 21 days for a sparse diary), first stays
    at or below 1 for a week, counting only days whose value rests on entries from the
    procedure day on (None: not settled yet, or no procedure)."""
    status = analysis.status
    ep = status.episode
    if ep is None:
        return None
    daily, rules = analysis.daily, status.rules
    sm = smoothed_pain(
        daily.series(measure),
        rules.smoothing_days,
        rules.smoothing_min_days,
        rules.sparse_window_days,
        rules.sparse_last_days,
        rules.sparse_min_days,
    )
    lo, hi = daily.index(ep.first), daily.index(ep.last) + 1
    with np.errstate(invalid="ignore"):
        ok = sm.rests_from(lo, hi) & (sm.pain[lo:hi] <= SETTLED_LEVEL)
    for i in range(len(ok) - SETTLED_DAYS + 1):
        if ok[i : i + SETTLED_DAYS].all():
            return i
    return None


def report_data(
    entries: list[Entry],
    procedures: list[Procedure],
    rules: ReliefRules,
    end: dt.date,
    start: dt.date | None = None,
    extras: ReportExtras | None = None,
) -> ReportData:
    start = start or default_start(procedures, end)
    analysis = analyse(day_means(entries), procedures, end, rules)
    shown = [e for e in entries if start <= e.day <= end]
    shown.sort(key=Entry.sort_key)
    known = [e for e in entries if e.day <= end]
    figures = procedure_figures(
        analysis, [p for p in procedures if p.day <= end], known, rules, extras or ReportExtras()
    )
    return ReportData(
        start=start,
        end=end,
        procedures=[p for p in procedures if p.day <= end],
        analysis=analysis,
        verdict_text=describe_for_doctor(analysis.status),
        entries=shown,
        warnings=[e for e in shown if e.warnings],
        doctor_notes=[e for e in shown if e.for_doctor and e.note],
        soreness_settled=settled_after(analysis, "soreness"),
        numbness_settled=settled_after(analysis, "numbness"),
        rules=rules,
        medication_days=medication_days(shown),
        figures=figures,
        weeks=weekly_table(analysis, shown, figures, start, end),
    )


def medication_days(entries: list[Entry]) -> list[tuple[str, int]]:
    days: dict[str, set] = {}
    for e in entries:
        for name, _dose in e.medications:
            days.setdefault(name.lower(), set()).add(e.day)
    return sorted(((n, len(d)) for n, d in days.items()), key=lambda x: (-x[1], x[0]))


def months(days: int) -> float:
    return days / 30.44
