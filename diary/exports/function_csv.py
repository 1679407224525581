"""The function CSV (a contract, like the diary's CSV): ``date,activity,ability``.

UTF-8, RFC 4180 quoting, CRLF line ends, one row per activity rated on a day
(ability 0 = unable … 10 = as before the problem). Activity names that a
spreadsheet would run as a formula get a leading ``'`` as in the diary's CSV, so
export -> import -> export gives the same bytes.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from diary.core.function import AbilityRating
from diary.core.i18n import tr
from diary.core.records import InvalidRecord, parse_day
from diary.core.value import Value
from diary.exports.csv_format import CsvProblem, neutralise, restore

FUNCTION_HEADER = ["date", "activity", "ability"]


def _(text: str) -> str:
    return tr("csv", text)


class ParsedFunctionCsv(Value):
    __slots__ = ("ratings", "problems")
    ratings: list[AbilityRating]
    problems: list[CsvProblem]


def export_function_csv(ratings: Iterable[AbilityRating]) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(FUNCTION_HEADER)
    for r in ratings:
        writer.writerow([r.day.isoformat(), neutralise(r.activity), str(r.ability)])
    return out.getvalue().encode("utf-8")


def _rating(row: list[str]) -> AbilityRating:
    day_text, activity, ability = row
    day = parse_day(day_text)
    if not ability.isascii() or not ability.isdigit() or len(ability) > 2 or int(ability) > 10:
        raise InvalidRecord(_("ability must be a whole number from 0 to 10"))
    return AbilityRating(day, restore(activity), int(ability))


def parse_function_csv(data: bytes) -> ParsedFunctionCsv:
    """Every rating of the file, and every problem found (with its line)."""
    if b"\x00" in data:
        return ParsedFunctionCsv([], [CsvProblem(1, _("this is not a CSV text file"))])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ParsedFunctionCsv([], [CsvProblem(1, _("the file is not UTF-8 text"))])
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    ratings: list[AbilityRating] = []
    problems: list[CsvProblem] = []
    line = 1
    try:
        header = next(reader, None)
        if header != FUNCTION_HEADER:
            message = _("the header must be {header}").format(header=",".join(FUNCTION_HEADER))
            return ParsedFunctionCsv([], [CsvProblem(1, message)])
        while True:
            line = reader.line_num + 1
            row = next(reader, None)
            if row is None:
                break
            if not row:
                continue
            if len(row) != len(FUNCTION_HEADER):
                found = _("expected {width} fields, found {n}").format(width=3, n=len(row))
                problems.append(CsvProblem(line, found))
                continue
            try:
                ratings.append(_rating(row))
            except InvalidRecord as exc:
                problems.append(CsvProblem(line, str(exc)))
    except csv.Error:
        problems.append(CsvProblem(line, _("this is not valid CSV (check the quotes)")))
    return ParsedFunctionCsv(ratings, problems)
