"""The after-procedure checklist: warning signs and the fixed call-the-clinic message.

The app never interprets a ticked sign: it shows the same fixed message (after the
UW Health leaflet cited in clinical.md) and keeps the sign with the entry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from diary.core.i18n import N_

if TYPE_CHECKING:  # records imports this module
    from diary.core.records import Procedure

CHECKLIST_DAYS = 14

# code -> label; the codes are stored in the diary and must not change.
WARNING_SIGNS: dict[str, str] = {
    "fever": N_("Fever over 38 °C / 100.4 °F"),
    "site": N_("Redness, swelling or drainage at the needle site"),
    "weakness": N_("New weakness"),
    "numb_area": N_("A new numb area"),
}

CLINIC_MESSAGE = N_(
    "Please contact your clinic today about this, or your local emergency number if "
    "you feel very unwell. Call-the-clinic signs after a procedure: fever over 38 °C / "
    "100.4 °F; spreading redness, swelling or drainage at the site; pain that is "
    "worsening and not controlled."
)


def check_signs(codes: Iterable[str]) -> tuple[str, ...]:
    """Known codes, sorted and without repeats; raises ValueError on an unknown one."""
    out = set()
    for code in codes:
        if code not in WARNING_SIGNS:
            raise ValueError(f"unknown warning sign {code!r}")
        out.add(code)
    return tuple(sorted(out))


def checklist_procedure(day: dt.date, procedures: Iterable[Procedure]) -> Procedure | None:
    """The procedure whose first 14 days include ``day`` (the newest), if any. Not a
    diagnostic block: a few hours' anaesthetic, with no wound to watch."""
    recent = [
        p for p in procedures if p.kind != "block" and 0 <= (day - p.day).days <= CHECKLIST_DAYS
    ]
    return max(recent, key=lambda p: p.day) if recent else None
