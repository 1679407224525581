"""Medications recorded with an entry, as text: "ibuprofen 400 mg; paracetamol 1,5 g".

The same text is typed in the window and written in the CSV's medications column.
Items are separated by ";"; in each, the dose starts at the first word that begins
with a digit ("Vitamin D3 1000 IU" is Vitamin D3, 1000 IU), so decimal commas work.
"""

from __future__ import annotations

import re

MAX_NAME = 80
MAX_DOSE = 40
Medication = tuple[str, str]
_SPLIT = re.compile(r"^(?P<name>.*?)(?:\s+(?P<dose>\d.*))?$")


def check_medications(meds) -> tuple[Medication, ...]:
    """Names and doses with single spaces; a name never holds a word starting with a
    digit (that starts the dose), so the text form reads back the same."""
    out = []
    for item in meds:
        name, dose = " ".join(str(item[0]).split()), " ".join(str(item[1]).split())
        if not name or re.search(r"(^|\s)\d", name):
            raise ValueError("a medication needs a name before its dose")
        if len(name) > MAX_NAME or len(dose) > MAX_DOSE or ";" in name + dose:
            raise ValueError("a medication's name or dose is too long")
        out.append((name, dose))
    return tuple(out)


def parse_medications(text: str) -> tuple[Medication, ...]:
    meds = []
    for part in (text or "").split(";"):
        part = " ".join(part.split())
        if part:
            m = _SPLIT.match(part)
            meds.append((m["name"], m["dose"] or ""))
    return check_medications(meds)


def format_medications(meds) -> str:
    return "; ".join(f"{name} {dose}".strip() for name, dose in meds)
