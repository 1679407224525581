"""Plain-language wording of a status, shared by the window and the command line.

Facts only: what the patient recorded, never a diagnosis, and never that anyone
qualifies for a procedure.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from diary.core.i18n import N_, decimal_point, tl, tr
from diary.core.verdict import Verdict

if TYPE_CHECKING:  # relief needs numpy, which the window loads after its first paint
    from diary.core.relief import Episode, Status

MONTHS = [
    N_("Jan"), N_("Feb"), N_("Mar"), N_("Apr"), N_("May"), N_("Jun"),
    N_("Jul"), N_("Aug"), N_("Sep"), N_("Oct"), N_("Nov"), N_("Dec"),
]  # fmt: skip


def _(text: str) -> str:
    return tr("wording", text)


def short_date(day: dt.date, today: dt.date | None = None) -> str:
    """'19 Aug', with the year when it is not the year of ``today``."""
    text = f"{day.day} {tl(MONTHS[day.month - 1])}"
    if today is None or day.year != today.year:
        text += f" {day.year}"
    return text


def number(value: float) -> str:
    """A rating or mean: whole numbers plain, others to one decimal."""
    rounded = round(value, 1)
    text = str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"
    return text.replace(".", decimal_point())


def percent(value: float) -> str:
    return f"{value:.0f} %"


VERDICT_TITLES = {
    Verdict.NO_PROCEDURE: N_("No procedure recorded"),
    Verdict.NO_BASELINE: N_("No baseline"),
    Verdict.SETTLING: N_("Settling in"),
    Verdict.TOO_FEW_ENTRIES: N_("Too few entries"),
    Verdict.RELIEF_ENDED: N_("Relief ended"),
    Verdict.RELIEF_FADING: N_("Relief may be fading"),
    Verdict.RELIEF_HOLDING: N_("Relief holding"),
    Verdict.PARTIAL_RELIEF: N_("Partial relief"),
    Verdict.NO_MEANINGFUL_RELIEF: N_("No meaningful relief"),
}


_DOUBLE_STOP = re.compile(r"(?<=\w)\.\.(?=\s|$)")


def one_stop(text: str) -> str:
    """A date abbreviated with a full stop ("24 Apr." in German) at the end of a
    sentence must not give "24 Apr..": one stop is enough."""
    return _DOUBLE_STOP.sub(".", text)


def describe(status: Status) -> str:
    """One or two sentences for the status line and ``relief-diary status``."""
    return one_stop(_describe(status))


def _describe(status: Status) -> str:
    s, rules, today = status, status.rules, status.as_of
    proc = s.procedure
    when = ""
    if proc is not None:
        when = _("day {n} after the procedure on {date}").format(
            n=s.day_number, date=short_date(proc.day, today)
        )
    v = s.verdict
    if v is Verdict.NO_PROCEDURE:
        if s.block_only:
            return _(
                "No ablation (RFA) recorded yet. A diagnostic block is summarised on its "
                "block day; your day-to-day relief is followed from the RFA on."
            )
        return _("No procedure recorded yet. Add the date of your procedure to see your relief.")
    if v is Verdict.NO_BASELINE:
        if s.baseline is not None and s.baseline.value == 0:
            return _(
                "Your baseline pain is 0, so relief cannot be worked out. "
                "Check the usual pain recorded with the procedure."
            )
        return _(
            "No baseline: add your usual pain before the procedure, or at least {min} days "
            "of ratings from the {days} days before it."
        ).format(min=rules.baseline_min_days, days=rules.baseline_days)
    if v is Verdict.SETTLING:
        assert s.day_number is not None
        if s.day_number <= rules.settling_days:
            return _(
                "Settling in: day {n} of {days}. Soreness and numbness are common in the "
                "first weeks."
            ).format(n=s.day_number, days=rules.settling_days)
        return _(
            "Settling in: day {n}. Relief has not reached {pct} yet; thoracic relief can "
            "take 6–8 weeks to build (judged from day {last} at the latest)."
        ).format(
            n=s.day_number, pct=percent(rules.meaningful_percent), last=rules.settling_max_days + 1
        )
    if v is Verdict.TOO_FEW_ENTRIES:
        return _(
            "Too few entries: rate your pain on at least {min} days in any {days} to see "
            "your relief (once a week is enough)."
        ).format(min=rules.sparse_min_days, days=rules.sparse_window_days)
    assert s.relief_percent is not None and s.baseline is not None
    base = number(s.baseline.value)
    pain = smoothed_text(s)
    if s.relief_percent >= 0:
        level = _("{pain} is {pct} below your baseline of {base}").format(
            pain=pain, pct=percent(s.relief_percent), base=base
        )
    else:
        level = _("{pain} is {pct} above your baseline of {base}").format(
            pain=pain, pct=percent(-s.relief_percent), base=base
        )
    if v is Verdict.RELIEF_ENDED:
        return _(
            "Relief ended on {date}: {level} ({when}). Consider telling your care team."
        ).format(date=short_date(s.relief_end, today), level=level, when=when)
    if v is Verdict.RELIEF_FADING:
        weeks = max(1, round((s.trend_span_days or rules.fading_window_days) / 7))
        return _(
            "Your pain has risen over the last {weeks} weeks: relief may be fading; {level}, "
            "{when}. Consider telling your care team."
        ).format(weeks=weeks, level=level, when=when)
    return _("{title}: {level} ({when}).").format(
        title=tl(VERDICT_TITLES[v]), level=level, when=when
    )


def rests_on(days: int, span: int, weekly: bool, window: int = 7, age: int = 0) -> str:
    """What a smoothed pain rests on: '7-day mean' or 'last 4 entries, over 16 days'
    (with ', the latest 9 days ago' when the newest of them is older than yesterday)."""
    if weekly:
        return _("{n}-day mean").format(n=window)
    text = _("last {n} entries, over {span} days").format(n=days, span=span)
    if age >= 2:
        text += _(", the latest {age} days ago").format(age=age)
    return text


def smoothed_text(status: Status) -> str:
    """'pain 3.2 (7-day mean)' or 'pain 3.5 (last 4 entries, over 16 days)'; '' when
    P(today) is undefined."""
    if status.smoothed_pain is None:
        return ""
    basis = rests_on(
        status.smoothed_days,
        status.smoothed_span_days,
        status.smoothed_weekly,
        status.rules.smoothing_days,
        status.smoothed_age_days,
    )
    return _("pain {value} ({basis})").format(value=number(status.smoothed_pain), basis=basis)


def below_substantial(episode: Episode, rules_percent: float = 50.0) -> str:
    """'below 50 % for the last 12 days; 170 days at ≥ 50 % so far' while relief is
    ongoing but the episode's last day is below 50 %; '' otherwise."""
    below = episode.below_substantial_days()
    if episode.relief_start is None or episode.relief_end is not None or below == 0:
        return ""
    return _("below {pct} for the last {below} days; {days} days at ≥ {pct} so far").format(
        pct=percent(rules_percent), below=below, days=episode.relief_days()
    )


def relief_gap(episode: Episode, rules_percent: float = 50.0) -> str:
    """'≥ 50 % relief for between 70 and 169 days: no entries from 26 Feb to 20 Jun'
    when the end lies in a stretch without values; '' otherwise."""
    low, high = episode.relief_days_min(), episode.relief_days()
    if low is None or high is None or low == high or episode.gap_first is None:
        return ""
    today = episode.last
    words = (
        _("≥ {pct} relief for between {low} and {high} days: too few entries from {a} to {b}")
        if episode.gap_has_entries
        else _("≥ {pct} relief for between {low} and {high} days: no entries from {a} to {b}")
    )
    return words.format(
        pct=percent(rules_percent),
        low=low,
        high=high,
        a=short_date(episode.gap_first, today),
        b=short_date(episode.gap_last, today),
    )


def relief_period(episode: Episode, rules_percent: float = 50.0) -> str:
    """'≥ 50 % relief: from 2 Mar to 15 Oct (227 days)' or '… ongoing, 94 days so far';
    with ``below_substantial`` or ``relief_gap`` where they apply (never overstating)."""
    head = _("≥ {pct} relief").format(pct=percent(rules_percent))
    if episode.relief_start is None:
        return _("{head}: not reached yet").format(head=head)
    today = episode.last
    start = short_date(episode.relief_start, today)
    if episode.relief_end is None:
        below = below_substantial(episode, rules_percent)
        if below:
            return _("{head}: from {start}, ongoing; {below}").format(
                head=head, start=start, below=below
            )
        return _("{head}: from {start}, ongoing, {days} days so far").format(
            head=head, start=start, days=episode.relief_days()
        )
    end = short_date(episode.relief_end, today)
    gap = relief_gap(episode, rules_percent)
    if gap:
        return _("{gap} (from {start}; ended by {end})").format(gap=gap, start=start, end=end)
    return _("{head}: from {start} to {end} ({days} days)").format(
        head=head, start=start, end=end, days=episode.relief_days()
    )
