"""Reading dates, times and ratings as spreadsheets write them back.

Excel and LibreOffice Calc rewrite the diary's ``2026-09-01`` and ``08:30`` in the
patient's local forms when a file is opened and saved: ``01/09/2026`` (UK),
``9/1/2026`` (US), ``01.09.2026`` (Germany), ``08:30:00 AM``, ``7.0``. These
functions accept exactly those forms and nothing looser. Digits must be ASCII:
``str.isdigit`` and ``re``'s ``\\d`` also match Arabic-Indic and other digits,
which would otherwise pass here and fail later (or be silently converted).

The order of day and month is decided for a whole file, never row by row: a first
field above 12 means day first, a second field above 12 means month first, and a
file where neither happens cannot tell (``decide_order`` returns None).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from diary.core.i18n import tr
from diary.core.records import InvalidRecord, parse_day


def _(text: str) -> str:
    return tr("csv", text)


DMY = "dmy"
MDY = "mdy"
DATE_ORDERS = (DMY, MDY)

# re.ASCII: \d would otherwise also match non-ASCII digits; [0-9] says it plainly.
_ISO = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?: 00:00(?::00)?)?", re.ASCII)
_LOCAL = re.compile(r"([0-9]{1,2})([/.\-])([0-9]{1,2})\2([0-9]{4})", re.ASCII)
_TIME = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?: ([AaPp])[Mm])?", re.ASCII)
_RATING = re.compile(r"([0-9]{1,2})(?:[.,]0+)?", re.ASCII)


class DateOrderConflict(InvalidRecord):
    """Some dates can only be day first and others only month first: raised on the
    first date that contradicts ``order``, the order of an earlier line."""

    def __init__(self, message: str, line: int, order: str) -> None:
        super().__init__(message)
        self.line = line
        self.order = order


def _non_ascii_digit(text: str) -> bool:
    return any(ch.isdigit() and not ch.isascii() for ch in text)


def _refuse_foreign_digits(text: str, what: str) -> None:
    if _non_ascii_digit(text):
        raise InvalidRecord(
            _("the {what} has digits other than 0-9 ({text})").format(what=what, text=text)
        )


def local_fields(text: str) -> tuple[int, int, int] | None:
    """(first, second, year) of a ``d/m/yyyy`` or ``m/d/yyyy`` date, else None."""
    m = _LOCAL.fullmatch(text)
    return (int(m.group(1)), int(m.group(3)), int(m.group(4))) if m else None


def order_of(first: int, second: int) -> str | None:
    """The order one date proves: DMY, MDY, or None when both could be."""
    if first > 12 and second <= 12:
        return DMY
    if second > 12 and first <= 12:
        return MDY
    return None


def decide_order(texts: Iterable[tuple[int, str]]) -> tuple[str | None, str]:
    """The day/month order of a file's dates, given as (line, text) pairs.

    Returns (order, example): ``example`` is the first date whose reading depends
    on the order ("" when none does: all ISO, or day equal to month); ``order`` is
    None when the file cannot tell. Raises DateOrderConflict on the first line that
    contradicts an earlier one.
    """
    found: tuple[str, int] | None = None
    example = ""
    for line, text in texts:
        fields = local_fields(text)
        if fields is None:
            continue
        first, second, _year = fields
        if first != second and not example:
            example = text
        order = order_of(first, second)
        if order is None:
            continue
        if found is None:
            found = (order, line)
        elif found[0] != order:
            message = _(
                "this date has the {this} first, but line {other} has the {that} first; "
                "all dates of a file must be written the same way"
            ).format(
                this=_("day") if order == DMY else _("month"),
                that=_("day") if found[0] == DMY else _("month"),
                other=found[1],
            )
            raise DateOrderConflict(message, line, found[0])
    return (found[0] if found else None), example


def read_date(text: str, order: str | None) -> dt.date:
    """A date in ISO form (optionally with a midnight time) or in the file's
    local order; ``order`` may be None only when the date does not depend on it."""
    _refuse_foreign_digits(text, _("date"))
    iso = _ISO.fullmatch(text)
    if iso:
        return parse_day(iso.group(1))
    fields = local_fields(text)
    if fields is None:
        raise InvalidRecord(
            _("the date must be like 2026-09-01, 01/09/2026 or 9/1/2026 (with a 4-digit year)")
        )
    first, second, year = fields
    day, month = (second, first) if order == MDY else (first, second)
    if order is None and first != second:
        raise InvalidRecord(_("the order of day and month is not known"))
    # Through parse_day, so that every rule on ISO dates holds here too.
    return parse_day(f"{year:04d}-{month:02d}-{day:02d}")


def read_time(text: str) -> str | None:
    """``HH:MM`` from ``8:30``, ``08:30:00``, ``8:30 AM`` or ``08:30:00 PM``
    (seconds must be 00: nothing is rounded); None for an empty cell."""
    if text == "":
        return None
    _refuse_foreign_digits(text, _("time"))
    m = _TIME.fullmatch(text)
    wrong = InvalidRecord(_("the time must be like 08:30, 8:30 AM or 08:30:00, or empty"))
    if not m:
        raise wrong
    hour, minute = int(m.group(1)), int(m.group(2))
    if m.group(3) not in (None, "00") or minute > 59:
        raise wrong
    half = m.group(4)
    if half:
        if not 1 <= hour <= 12:
            raise wrong
        hour = hour % 12 + (12 if half in "Pp" else 0)
    if hour > 23:
        raise wrong
    return f"{hour:02d}:{minute:02d}"


def read_rating(name: str, text: str) -> int | None:
    """A whole number 0-10 (``7`` or ``7.0``), or None for an empty cell."""
    if text == "":
        return None
    _refuse_foreign_digits(text, name)
    m = _RATING.fullmatch(text)
    if not m or int(m.group(1)) > 10:
        raise InvalidRecord(
            _("{name} must be a whole number from 0 to 10, or empty").format(name=name)
        )
    return int(m.group(1))
