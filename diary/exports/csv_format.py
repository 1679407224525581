"""The diary's CSV format (a contract: other programs rely on it exactly).

UTF-8 with a byte order mark (so that Excel shows every accent), RFC 4180 quoting
and CRLF line ends, header exactly ``date,time,pain,numbness,soreness,note``. A
note that a spreadsheet would run as a formula (starting with = + - @, tab or
carriage return) is written with a leading ``'``; import removes exactly that
quote, so export -> import -> export gives the same bytes. Notes that start with
quotes before such a character get one more quote, so that the rule can be undone
without ambiguity.

Import also reads what spreadsheets write back (see sheet_values): with or without
the byte order mark (or UTF-16 with one), a comma, semicolon or tab separator
found from the header line, local dates and times, ratings like ``7.0``. The rows
become entries in ``entries_from_rows``, which the .xlsx reader shares.
"""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterable, Iterator

from diary.core.i18n import tr
from diary.core.medications import format_medications, parse_medications
from diary.core.notes import note_too_long
from diary.core.records import MEASURES, Entry, InvalidRecord
from diary.core.value import Value
from diary.core.warning_signs import check_signs
from diary.exports.sheet_values import (
    DMY,
    DateOrderConflict,
    decide_order,
    read_date,
    read_rating,
    read_time,
)

HEADER = ["date", "time", "pain", "numbness", "soreness", "note"]
BOM = b"\xef\xbb\xbf"
SEPARATORS = (",", ";", "\t")


def _(text: str) -> str:
    return tr("csv", text)


# Extra columns after the six of the contract, written only when an entry uses them
# (and warning_signs, the after-procedure checklist's codes separated by ";");
# import accepts these and ignores any other extra column.
EXTRA = ["for_doctor", "medications"]
_YES = {"yes": True, "1": True, "true": True, "": False, "no": False, "0": False, "false": False}
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED_FORMULA = re.compile(r"^'+[=+\-@\t\r]")


class CsvProblem(Value):
    __slots__ = ("line", "message")
    line: int  # 1-based line of the file where the record starts
    message: str

    def __str__(self) -> str:
        return _("line {line}: {message}").format(line=self.line, message=self.message)


class ParsedCsv(Value):
    """The entries of a file and its problems. ``undecided`` is "" when the dates
    can be read; else it is the file's first date that could be day first or month
    first (such as ``01/09/2026``), and no entries were made: parse again with a
    ``date_order`` (the problems found are those of every other field)."""

    __slots__ = ("entries", "problems", "undecided")
    entries: list[Entry]
    problems: list[CsvProblem]
    undecided: str

    def __init__(
        self, entries: list[Entry], problems: list[CsvProblem], undecided: str = ""
    ) -> None:
        self._fill(entries, problems, undecided)

    def first_problem(self) -> str:
        """The first problem, and how many more, in one line."""
        more = len(self.problems) - 1
        extra = _(" (and {n} more problems)").format(n=more) if more > 1 else ""
        extra = _(" (and 1 more problem)") if more == 1 else extra
        return f"{self.problems[0]}{extra}"


def neutralise(note: str) -> str:
    return "'" + note if _FORMULA.match(note) else note


def restore(note: str) -> str:
    return note[1:] if _QUOTED_FORMULA.match(note) else note


def check_exportable(entries: Iterable[Entry]) -> None:
    """Refuse (InvalidRecord) an entry that the importer would refuse: a note over
    the limit, which only a diary from before the limit can hold."""
    for e in entries:
        problem = note_too_long(e.note)
        if problem:
            when = f"{e.day.isoformat()} {e.time or ''}".strip()
            raise InvalidRecord(
                _("the entry of {when}: {problem}; shorten it, then export again").format(
                    when=when, problem=problem
                )
            )


def export_csv(entries: Iterable[Entry]) -> bytes:
    entries = sorted(entries, key=Entry.sort_key)
    check_exportable(entries)
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for row in table_rows(entries):
        writer.writerow(row)
    return BOM + out.getvalue().encode("utf-8")


def table_rows(entries: list[Entry]) -> Iterator[list[str]]:
    """The header, then one row of text per entry (sorted), as the CSV has them."""
    extra = any(e.for_doctor or e.medications for e in entries)
    signs = any(e.warnings for e in entries)
    yield HEADER + (EXTRA if extra else []) + (["warning_signs"] if signs else [])
    for e in entries:
        ratings = ["" if e.rating(m) is None else str(e.rating(m)) for m in MEASURES]
        row = [e.day.isoformat(), e.time or "", *ratings, neutralise(e.note)]
        if extra:
            row += ["yes" if e.for_doctor else "", neutralise(format_medications(e.medications))]
        if signs:
            row.append(";".join(e.warnings))
        yield row


def _decode(data: bytes) -> str | CsvProblem:
    """The file's text, or the problem (on the line where it is)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 with its byte order mark: Excel's "Unicode Text" (tab-separated).
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return CsvProblem(1, _("the file is not valid UTF-16 text"))
    if b"\x00" in data:
        return CsvProblem(1, _("this is not a CSV text file"))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return CsvProblem(
            line, _("this line is not UTF-8 text (in a spreadsheet, save as CSV UTF-8)")
        )


def _separator(text: str) -> str | None:
    """The separator with which the first record is the diary's header."""
    for sep in SEPARATORS:
        try:
            header = next(csv.reader(io.StringIO(text, newline=""), delimiter=sep), [])
        except csv.Error:
            continue
        if header[: len(HEADER)] == HEADER:
            return sep
    return None


@contextlib.contextmanager
def _field_limit(size: int) -> Iterator[None]:
    # csv refuses fields over 131,072 characters by default ("field larger than
    # field limit"), which read as broken quotes: here every field fits, and a note
    # over the diary's own limit gets its own message, on its line.
    old = csv.field_size_limit()
    csv.field_size_limit(max(old, size))
    try:
        yield
    finally:
        csv.field_size_limit(old)


def parse_csv(data: bytes, date_order: str | None = None) -> ParsedCsv:
    """Every entry of the file, and every problem found (with its line).

    ``date_order`` (``"dmy"`` or ``"mdy"``) is used only when the file's own dates
    cannot tell; otherwise ``undecided`` is set and no entries are returned.
    """
    text = _decode(data)
    if isinstance(text, CsvProblem):
        return ParsedCsv([], [text])
    if not text.strip():
        return ParsedCsv([], [CsvProblem(1, _("the file is empty"))])
    sep = _separator(text)
    if sep is None:
        return ParsedCsv(
            [],
            [CsvProblem(1, _("the header must be {header}").format(header=",".join(HEADER)))],
        )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    rows: list[tuple[int, list[str]]] = []
    line = 1
    with _field_limit(len(text) + 1):
        try:
            header = next(reader)
            while True:
                line = reader.line_num + 1
                row = next(reader, None)
                if row is None:
                    break
                rows.append((line, row))
        except csv.Error:
            return ParsedCsv([], [CsvProblem(line, _("this is not valid CSV (check the quotes)"))])
    return entries_from_rows(header, rows, date_order)


def entries_from_rows(
    header: list[str], rows: list[tuple[int, list[str]]], date_order: str | None = None
) -> ParsedCsv:
    """The entries of rows of text (each with its line), under a checked header."""
    width = len(header)
    problems: list[CsvProblem] = []
    rows = [(line, row) for line, row in rows if any(field != "" for field in row)]
    for line, row in rows:
        if len(row) != width:
            found = _("expected {width} fields, found {n}").format(width=width, n=len(row))
            problems.append(CsvProblem(line, found))
    good = [(line, row) for line, row in rows if len(row) == width]
    conflict = 0
    try:
        found_order, example = decide_order((line, row[0]) for line, row in good)
    except DateOrderConflict as exc:
        # Read on in the first order found; the rows against it fail on their own.
        found_order, example, conflict = exc.order, "", exc.line
        problems.append(CsvProblem(exc.line, str(exc)))
    undecided = example if found_order is None and date_order is None else ""
    order = found_order or date_order or DMY
    entries: list[Entry] = []
    for line, row in good:
        try:
            entries.append(_entry(row, header, order))
        except InvalidRecord as exc:
            if line != conflict:
                problems.append(CsvProblem(line, str(exc)))
    problems.sort(key=lambda p: p.line)
    return ParsedCsv([] if undecided else entries, problems, undecided)


def _extras(row: list[str], header: list[str]) -> dict:
    values = dict(zip(header[len(HEADER) :], row[len(HEADER) :], strict=True))
    out = {}
    if "for_doctor" in values:
        flag = values["for_doctor"].strip().lower()
        if flag not in _YES:
            raise InvalidRecord(_("for_doctor must be yes or empty"))
        out["for_doctor"] = _YES[flag]
    if values.get("warning_signs"):
        try:
            out["warnings"] = check_signs(values["warning_signs"].split(";"))
        except ValueError:
            raise InvalidRecord(_("warning_signs must be codes such as fever;site")) from None
    if "medications" in values:
        try:
            out["medications"] = parse_medications(restore(values["medications"]))
        except ValueError:
            raise InvalidRecord(_("medications must be 'name dose; name dose'")) from None
    return out


def _entry(row: list[str], header: list[str], order: str) -> Entry:
    day_text, time_text, pain, numb, sore, note = row[:6]
    day = read_date(day_text, order)
    time = read_time(time_text)
    ratings = {m: read_rating(m, v) for m, v in zip(MEASURES, (pain, numb, sore), strict=True)}
    problem = note_too_long(note)
    if problem:
        raise InvalidRecord(problem)
    extras = _extras(row, header)
    try:
        return Entry(day, time, note=restore(note), **ratings, **extras)
    except InvalidRecord:
        raise InvalidRecord(_("a row needs at least one rating or a note")) from None
