"""The one limit on a note's length, shared by the window, the importer and the
exporters, so that every file the diary writes can be imported again.

32,767 characters is what one cell of Excel (and of the .xlsx format) holds: a
longer note would be cut when a spreadsheet opens the export, or could not be
written to a workbook at all. It is about ten pages of text.
"""

from __future__ import annotations

from diary.core.i18n import tr
from diary.core.records import InvalidRecord

MAX_NOTE_CHARS = 32_767


def note_too_long(note: str) -> str | None:
    """The message to show when ``note`` is over the limit, else None."""
    if len(note) <= MAX_NOTE_CHARS:
        return None
    return tr("notes", "the note is {n} characters long; a note holds at most {limit}").format(
        n=len(note), limit=MAX_NOTE_CHARS
    )


def check_note(note: str) -> str:
    """Return ``note`` if it is within the limit, else raise InvalidRecord."""
    problem = note_too_long(note)
    if problem:
        raise InvalidRecord(problem)
    return note
