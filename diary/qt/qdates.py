"""Days between Python and Qt: a QDate for the date fields, and a day as text in
the user's language."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_text(day: dt.date) -> str:
    """'Sat 21 Nov 2026', in the user's language."""
    return QLocale().toString(day, "ddd d MMM yyyy")
