"""The diary's CSV format (a contract: other programs rely on it exactly).

UTF-8, RFC 4180 quoting and CRLF line ends, header exactly
``date,time,pain,numbness,soreness,note``. A note that a spreadsheet would run as
a formula (starting with = + - @, tab or carriage return) is written with a leading
``'``; import removes exactly that quote, so export -> import -> export gives the
same bytes. Notes that start with quotes before such a character get one more
quote, so that the rule can be undone without ambiguity.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable

from diary.core.i18n import tr
from diary.core.medications import format_medications, parse_medications
from diary.core.records import MEASURES, Entry, InvalidRecord, check_time, parse_day
from diary.core.value import Value
from diary.core.warning_signs import check_signs

HEADER = ["date", "time", "pain", "numbness", "soreness", "note"]


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
    __slots__ = ("entries", "problems")
    entries: list[Entry]
    problems: list[CsvProblem]


def neutralise(note: str) -> str:
    return "'" + note if _FORMULA.match(note) else note


def restore(note: str) -> str:
    return note[1:] if _QUOTED_FORMULA.match(note) else note


def export_csv(entries: Iterable[Entry]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    entries = sorted(entries, key=Entry.sort_key)
    extra = any(e.for_doctor or e.medications for e in entries)
    signs = any(e.warnings for e in entries)
    writer.writerow(HEADER + (EXTRA if extra else []) + (["warning_signs"] if signs else []))
    for e in entries:
        ratings = ["" if e.rating(m) is None else str(e.rating(m)) for m in MEASURES]
        row = [e.day.isoformat(), e.time or "", *ratings, neutralise(e.note)]
        if extra:
            row += ["yes" if e.for_doctor else "", neutralise(format_medications(e.medications))]
        if signs:
            row.append(";".join(e.warnings))
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


def _rating(name: str, text: str) -> int | None:
    if text == "":
        return None
    if not re.fullmatch(r"\d{1,2}", text) or int(text) > 10:
        raise InvalidRecord(
            _("{name} must be a whole number from 0 to 10, or empty").format(name=name)
        )
    return int(text)


def parse_csv(data: bytes) -> ParsedCsv:
    """Every entry of the file, and every problem found (with its line)."""
    if b"\x00" in data:
        return ParsedCsv([], [CsvProblem(1, _("this is not a CSV text file"))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParsedCsv([], [CsvProblem(1, _("the file is not UTF-8 text"))])
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    entries: list[Entry] = []
    problems: list[CsvProblem] = []
    try:
        line = reader.line_num + 1
        header = next(reader, None)
        if header is None:
            return ParsedCsv([], [CsvProblem(1, _("the file is empty"))])
        if header[: len(HEADER)] != HEADER:
            return ParsedCsv(
                [],
                [CsvProblem(1, _("the header must be {header}").format(header=",".join(HEADER)))],
            )
        width = len(header)
        while True:
            line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if not row:
                continue  # a blank line
            if len(row) != width:
                found = _("expected {width} fields, found {n}").format(width=width, n=len(row))
                problems.append(CsvProblem(line, found))
                continue
            try:
                entries.append(_entry(row, header))
            except InvalidRecord as exc:
                problems.append(CsvProblem(line, str(exc)))
    except csv.Error:
        problems.append(CsvProblem(line, _("this is not valid CSV (check the quotes)")))
    return ParsedCsv(entries, problems)


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


def _entry(row: list[str], header: list[str]) -> Entry:
    day_text, time_text, pain, numb, sore, note = row[:6]
    day = parse_day(day_text)
    try:
        time = check_time(time_text)
    except InvalidRecord:
        raise InvalidRecord(_("the time must be HH:MM (00:00 to 23:59), or empty")) from None
    ratings = {m: _rating(m, v) for m, v in zip(MEASURES, (pain, numb, sore), strict=True)}
    extras = _extras(row, header)
    try:
        return Entry(day, time, note=restore(note), **ratings, **extras)
    except InvalidRecord:
        raise InvalidRecord(_("a row needs at least one rating or a note")) from None
