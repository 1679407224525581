"""The diary's records: entries and procedures, with their validation rules."""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum

from diary.core.i18n import N_, tl, tr
from diary.core.medications import check_medications
from diary.core.value import Value
from diary.core.warning_signs import check_signs


def _(text: str) -> str:
    return tr("records", text)


RATING_MIN = 0
RATING_MAX = 10
MEASURES = ("pain", "numbness", "soreness")
_TIME_RE = re.compile(r"^([01][0-9]|2[0-3]):[0-5][0-9]$")  # ASCII digits only, not \d


class InvalidRecord(ValueError):
    """A record that breaks a rule; the message is safe to show and to log."""


class ProcedureKind(StrEnum):
    RFA = "rfa"
    BLOCK = "block"
    OTHER = "other"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


KIND_LABELS = {
    ProcedureKind.RFA: N_("Radiofrequency ablation (RFA)"),
    ProcedureKind.BLOCK: N_("Diagnostic block"),
    ProcedureKind.OTHER: N_("Other"),
}
SIDE_LABELS = {Side.LEFT: N_("Left"), Side.RIGHT: N_("Right"), Side.BOTH: N_("Both sides")}


def check_rating(name: str, value: object) -> int | None:
    """Return ``value`` if it is a whole number 0–10 (or None), else raise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRecord(_("{name} must be a whole number from 0 to 10").format(name=name))
    if not RATING_MIN <= value <= RATING_MAX:
        raise InvalidRecord(_("{name} must be from 0 to 10").format(name=name))
    return value


def check_time(value: str | None) -> str | None:
    """Return a HH:MM time (or None), else raise."""
    if value is None or value == "":
        return None
    if not _TIME_RE.match(value):
        raise InvalidRecord(_("the time must be HH:MM, from 00:00 to 23:59"))
    return value


# One accepted range of days for every entry point (the window, the importer, the
# command line, the store): a diary of pain after a procedure has no use for 0001 or
# 9999, and the date arithmetic of the chart and the analysis must never overflow.
FIRST_DAY = dt.date(1900, 1, 1)


def last_day(today: dt.date | None = None) -> dt.date:
    """The latest day accepted: one year after today."""
    today = today or dt.date.today()
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


def check_day(day: dt.date, today: dt.date | None = None) -> dt.date:
    """Return ``day`` if it lies from 1 January 1900 to one year after today."""
    if not FIRST_DAY <= day <= last_day(today):
        raise InvalidRecord(
            _("the date must be from {first} to {last}").format(
                first=FIRST_DAY.isoformat(), last=last_day(today).isoformat()
            )
        )
    return day


def parse_day(text: str) -> dt.date:
    """Parse a YYYY-MM-DD day strictly (no other forms) within the accepted range,
    else raise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text or ""):
        raise InvalidRecord(_("the date must be YYYY-MM-DD"))
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidRecord(_("that date does not exist")) from None
    return check_day(day)


class Entry(Value):
    """One diary entry: a day, an optional time, up to three ratings and a note.

    ``id`` is None until the store has saved it. ``warnings`` are the codes of the
    after-procedure warning signs ticked, ``for_doctor`` marks the note for the
    report, and ``medications`` are the (name, dose) pairs taken that day.
    """

    __slots__ = (
        "day",
        "time",
        "pain",
        "numbness",
        "soreness",
        "note",
        "id",
        "warnings",
        "for_doctor",
        "medications",
    )
    day: dt.date
    time: str | None
    pain: int | None
    numbness: int | None
    soreness: int | None
    note: str
    id: int | None
    warnings: tuple[str, ...]
    for_doctor: bool
    medications: tuple[tuple[str, str], ...]

    def __init__(
        self,
        day: dt.date,
        time: str | None = None,
        pain: int | None = None,
        numbness: int | None = None,
        soreness: int | None = None,
        note: str = "",
        id: int | None = None,
        warnings: tuple[str, ...] = (),
        for_doctor: bool = False,
        medications: tuple[tuple[str, str], ...] = (),
    ) -> None:
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InvalidRecord(_("the day must be a date"))
        check_day(day)
        try:
            warnings = check_signs(warnings)
            medications = check_medications(medications)
        except ValueError as exc:
            raise InvalidRecord(str(exc)) from None
        self._fill(day, time, pain, numbness, soreness, note, id, warnings, for_doctor, medications)
        check_time(time)
        for name in MEASURES:
            check_rating(name.capitalize(), getattr(self, name))
        if not isinstance(note, str):
            raise InvalidRecord(_("the note must be text"))
        if self.is_empty():
            raise InvalidRecord(_("an entry needs at least one rating or a note"))

    @classmethod
    def from_store(
        cls,
        day: dt.date,
        time: str | None,
        pain: int | None,
        numbness: int | None,
        soreness: int | None,
        note: str,
        id: int,
        for_doctor: bool,
        warnings: tuple[str, ...] = (),
    ) -> Entry:
        """An entry read back from the diary, without its medications.

        Not checked again: the diary's CHECK constraints hold every rule these
        fields have, and loading 20 years of entries is on the way to the chart
        (7,300 entries took 35-40 ms checked, 15-20 ms not). Warning-sign codes are
        not in the constraints: the store checks them (``check_signs``) first.
        """
        return cls.trusted(day, time, pain, numbness, soreness, note, id, warnings, for_doctor, ())

    def is_empty(self) -> bool:
        """No rating and no note: what the diary's own CHECK rule refuses (ticked signs
        and medications ride with a rating or a note; alone they were refused by the
        database with a message that did not say why)."""
        ratings = all(getattr(self, m) is None for m in MEASURES)
        return ratings and not self.note.strip()

    def rating(self, measure: str) -> int | None:
        return getattr(self, measure)

    def with_id(self, new_id: int | None) -> Entry:
        # A copy without re-validating: saving an entry is on the hot path.
        return self.trusted_replace(id=new_id)

    def sort_key(self) -> tuple:
        # Entries without a time sort before timed ones on the same day.
        return (self.day, self.time or "", self.id or 0)


class Procedure(Value):
    """A procedure: its day, kind, levels, side, recorded baseline and a note."""

    __slots__ = ("day", "kind", "levels", "side", "baseline", "note", "id")
    day: dt.date
    kind: ProcedureKind
    levels: str
    side: Side | None
    baseline: int | None
    note: str
    id: int | None

    def __init__(
        self,
        day: dt.date,
        kind: ProcedureKind | str = ProcedureKind.RFA,
        levels: str = "",
        side: Side | str | None = None,
        baseline: int | None = None,
        note: str = "",
        id: int | None = None,
    ) -> None:
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            raise InvalidRecord(_("the procedure date must be a date"))
        check_day(day)
        kind = ProcedureKind(kind)
        side = None if side is None else Side(side)
        check_rating("The baseline", baseline)
        self._fill(day, kind, levels, side, baseline, note, id)

    @classmethod
    def from_store(cls, *values: object) -> Procedure:
        """A procedure read back from the diary: its CHECK rules hold every field
        rule, and a day from outside today's range (an older file) must still load."""
        day, kind, levels, side, baseline, note, id_ = values
        side = None if side is None else Side(side)
        return cls.trusted(day, ProcedureKind(kind), levels, side, baseline, note, id_)

    def with_id(self, new_id: int | None) -> Procedure:
        return self.trusted_replace(id=new_id)

    @property
    def label(self) -> str:
        parts = [tl(KIND_LABELS[self.kind]).split(" (")[0]]
        if self.levels:
            parts.append(self.levels)
        if self.side:
            parts.append(tl(SIDE_LABELS[self.side]).lower())
        return " ".join(parts)


def current_procedure(procedures: list[Procedure], day: dt.date) -> Procedure | None:
    """The most recent procedure on or before ``day``."""
    before = [p for p in procedures if p.day <= day]
    return max(before, key=lambda p: (p.day, p.id or 0)) if before else None
