"""Plain-language wording of a status, shared by the window and the command line.

Facts only: what the patient recorded, never a diagnosis, and never that anyone
qualifies for a procedure.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from diary.core.verdict import Verdict

if TYPE_CHECKING:  # relief needs numpy, which the window loads after its first paint
    from diary.core.relief import Episode, Status

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def short_date(day: dt.date, today: dt.date | None = None) -> str:
    """'19 Aug', with the year when it is not the year of ``today``."""
    text = f"{day.day} {_MONTHS[day.month - 1]}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def number(value: float) -> str:
    """A rating or mean: whole numbers plain, others to one decimal."""
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def percent(value: float) -> str:
    return f"{value:.0f} %"


VERDICT_TITLES = {
    Verdict.NO_PROCEDURE: "No procedure recorded",
    Verdict.NO_BASELINE: "No baseline",
    Verdict.SETTLING: "Settling in",
    Verdict.TOO_FEW_ENTRIES: "Too few entries",
    Verdict.RELIEF_ENDED: "Relief ended",
    Verdict.RELIEF_FADING: "Relief may be fading",
    Verdict.RELIEF_HOLDING: "Relief holding",
    Verdict.PARTIAL_RELIEF: "Partial relief",
    Verdict.NO_MEANINGFUL_RELIEF: "No meaningful relief",
}


def describe(status: Status) -> str:
    """One or two sentences for the status line and ``relief-diary status``."""
    s, rules, today = status, status.rules, status.as_of
    proc = s.procedure
    when = ""
    if proc is not None:
        when = f"day {s.day_number} after the procedure on {short_date(proc.day, today)}"
    v = s.verdict
    if v is Verdict.NO_PROCEDURE:
        return "No procedure recorded yet. Add the date of your procedure to see your relief."
    if v is Verdict.NO_BASELINE:
        if s.baseline is not None and s.baseline.value == 0:
            return (
                "Your baseline pain is 0, so relief cannot be worked out. "
                "Check the usual pain recorded with the procedure."
            )
        return (
            "No baseline: add your usual pain before the procedure, or at least "
            f"{rules.baseline_min_days} days of ratings from the "
            f"{rules.baseline_days} days before it."
        )
    if v is Verdict.SETTLING:
        assert s.day_number is not None
        if s.day_number <= rules.settling_days:
            return (
                f"Settling in: day {s.day_number} of {rules.settling_days}. "
                "Soreness and numbness are common in the first weeks."
            )
        return (
            f"Settling in: day {s.day_number}. Relief has not reached "
            f"{percent(rules.meaningful_percent)} yet; thoracic relief can take 6–8 weeks "
            f"to build (judged from day {rules.settling_max_days + 1} at the latest)."
        )
    if v is Verdict.TOO_FEW_ENTRIES:
        return (
            f"Too few entries: rate your pain on at least {rules.smoothing_min_days} of "
            f"the last {rules.smoothing_days} days to see your relief."
        )
    assert s.relief_percent is not None and s.baseline is not None
    base = number(s.baseline.value)
    if s.relief_percent >= 0:
        level = f"pain is {percent(s.relief_percent)} below your baseline of {base}"
    else:
        level = f"pain is {percent(-s.relief_percent)} above your baseline of {base}"
    if v is Verdict.RELIEF_ENDED:
        return (
            f"Relief ended on {short_date(s.relief_end, today)}: {level} ({when}). "
            "Consider telling your care team."
        )
    if v is Verdict.RELIEF_FADING:
        weeks = rules.fading_window_days // 7
        return (
            f"Your pain has risen over the last {weeks} weeks: relief may be fading "
            f"({level}, {when}). Consider telling your care team."
        )
    return f"{VERDICT_TITLES[v]}: {level} ({when})."


def relief_period(episode: Episode, rules_percent: float = 50.0) -> str:
    """'≥ 50 % relief: from 2 Mar to 15 Oct (227 days)' or '… ongoing, 94 days so far'."""
    head = f"≥ {percent(rules_percent)} relief"
    if episode.relief_start is None:
        return f"{head}: not reached yet"
    today = episode.last
    start = short_date(episode.relief_start, today)
    if episode.relief_end is None:
        return f"{head}: from {start}, ongoing, {episode.relief_days()} days so far"
    end = short_date(episode.relief_end, today)
    return f"{head}: from {start} to {end} ({episode.relief_days()} days)"
