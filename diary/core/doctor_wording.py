"""The status in the third person, for the report the patient hands to the doctor
("the patient's baseline…"); the window keeps speaking to the patient
(diary.core.wording). Facts only, never that anyone qualifies for anything."""

from __future__ import annotations

from typing import TYPE_CHECKING

from diary.core.i18n import tl, tr
from diary.core.verdict import Verdict
from diary.core.wording import VERDICT_TITLES, number, one_stop, percent, short_date

if TYPE_CHECKING:
    from diary.core.relief import Status


def _(text: str) -> str:
    return tr("report", text)


def describe_for_doctor(status: Status) -> str:
    return one_stop(_describe_for_doctor(status))


def _describe_for_doctor(status: Status) -> str:
    s, rules, today = status, status.rules, status.as_of
    proc = s.procedure
    when = ""
    if proc is not None:
        when = _("day {n} after the procedure of {date}").format(
            n=s.day_number, date=short_date(proc.day, today)
        )
    v = s.verdict
    if v is Verdict.NO_PROCEDURE:
        return _("No procedure is recorded in the diary.")
    if v is Verdict.NO_BASELINE:
        if s.baseline is not None and s.baseline.value == 0:
            return _("The baseline pain recorded is 0, so relief cannot be worked out.")
        return _(
            "No baseline: no usual pain was recorded with the procedure, and the diary "
            "has fewer than {min} days of ratings in the {days} days before it."
        ).format(min=rules.baseline_min_days, days=rules.baseline_days)
    if v is Verdict.SETTLING:
        return _(
            "Settling in ({when}): no verdict on relief is given in the first {days} days, "
            "or up to day {last} while relief has not reached {pct}."
        ).format(
            when=when,
            days=rules.settling_days,
            last=rules.settling_max_days,
            pct=percent(rules.meaningful_percent),
        )
    if v is Verdict.TOO_FEW_ENTRIES:
        return _(
            "Too few recent entries to work out the patient's current relief ({when})."
        ).format(when=when)
    base = number(s.baseline.value)
    if s.relief_percent >= 0:
        level = _("pain {pct} below the patient's baseline of {base}").format(
            pct=percent(s.relief_percent), base=base
        )
    else:
        level = _("pain {pct} above the patient's baseline of {base}").format(
            pct=percent(-s.relief_percent), base=base
        )
    if v is Verdict.RELIEF_ENDED:
        return _("Relief ended on {date}; now {level} ({when}).").format(
            date=short_date(s.relief_end, today), level=level, when=when
        )
    if v is Verdict.RELIEF_FADING:
        return _(
            "The patient's pain has risen over the last {weeks} weeks: relief may be fading "
            "({level}, {when})."
        ).format(weeks=rules.fading_window_days // 7, level=level, when=when)
    return _("{title}: {level} ({when}).").format(
        title=tl(VERDICT_TITLES[v]), level=level, when=when
    )
