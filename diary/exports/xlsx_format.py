"""The diary as an Excel workbook (.xlsx), and reading one back.

Two sheets: ``entries`` (the CSV's columns, with date cells, time cells, whole
number ratings and text notes) and ``procedures``. Notes are text cells, never
evaluated, and follow the CSV's rule: one that starts with = + - @ (``=SUM(A1)``)
is written with a leading ``'``, removed again on import, as in a workbook that a
spreadsheet saved from the diary's CSV. Import reads the
``entries`` sheet (the procedures sheet is there to be read by people) through the
same rules as the CSV (``csv_format.entries_from_rows``): all or nothing, the
problem named by its row.

openpyxl is imported only here, and only when a workbook is written or read: the
command line and the window start without it.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable

from diary.core.i18n import tl, tr
from diary.core.records import KIND_LABELS, SIDE_LABELS, Entry, Procedure
from diary.exports.csv_format import (
    HEADER,
    CsvProblem,
    ParsedCsv,
    check_exportable,
    entries_from_rows,
    table_rows,
)

_MAX_WIDTH = 60  # characters; longer notes wrap in their cell
# 20 years of daily entries unpack to 1.5 MB (measured); the limit leaves room for a
# spreadsheet's own styles and for long notes, not for a zip bomb.
_MAX_UNPACKED = 200_000_000
# XML cannot hold most control characters and turns a carriage return into a line
# feed; OOXML writes them as _xHHHH_ (and a literal "_x" that looks like one as
# _x005F_), which Excel and LibreOffice read back as the character itself.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f]|_(?=x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _(text: str) -> str:
    return tr("csv", text)


def _escape(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"_x{ord(m.group(0)):04X}_", text)


def _unescape(text: str) -> str:
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def export_xlsx(entries: Iterable[Entry], procedures: Iterable[Procedure] = ()) -> bytes:
    from openpyxl import Workbook

    entries = sorted(entries, key=Entry.sort_key)
    check_exportable(entries)
    book = Workbook()
    sheet = book.active
    sheet.title = "entries"
    rows = table_rows(entries)
    header = next(rows)
    sheet.append(header)
    # Rows counted here: sheet.max_row scans every cell (20 years took 6 s).
    for r, (e, row) in enumerate(zip(entries, rows, strict=True), start=2):
        sheet.append([e.day, _time(e.time), e.pain, e.numbness, e.soreness])
        # Notes keep the CSV's formula quote (a workbook saved from the CSV by a
        # spreadsheet has it too), so one rule reads both; the cell is text anyway.
        for col in range(6, len(header) + 1):
            _text(sheet.cell(r, col), row[col - 1])
        sheet.cell(r, 1).number_format = "yyyy-mm-dd"
        sheet.cell(r, 2).number_format = "hh:mm"
    _finish(sheet)
    procs = book.create_sheet("procedures")
    procs.append(["date", "kind", "levels", "side", "baseline", "note"])
    for r, p in enumerate(sorted(procedures, key=lambda p: (p.day, p.id or 0)), start=2):
        side = tl(SIDE_LABELS[p.side]) if p.side else ""
        procs.append([p.day, tl(KIND_LABELS[p.kind]), None, side, p.baseline, None])
        _text(procs.cell(r, 3), p.levels)
        _text(procs.cell(r, 6), p.note)
        procs.cell(r, 1).number_format = "yyyy-mm-dd"
    _finish(procs)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _time(text: str | None) -> dt.time | None:
    return dt.time.fromisoformat(text) if text else None


def _text(cell, text: str) -> None:
    """A text cell, even when it starts with = (openpyxl would make a formula)."""
    if text:
        cell.value = _escape(text)
        cell.data_type = "s"


def _finish(sheet) -> None:
    """Header row frozen and bold; each column as wide as its longest value."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths: dict[int, int] = {}
    for row in sheet.iter_rows():
        for cell in row:
            shown = _shown(cell.value)
            longest = max((len(part) for part in shown.split("\n")), default=0)
            widths[cell.column] = max(widths.get(cell.column, 0), longest)
            if longest > _MAX_WIDTH or "\n" in shown:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in widths.items():
        sheet.column_dimensions[get_column_letter(col)].width = min(width, _MAX_WIDTH) + 2


def _shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return "2026-09-01"
    if isinstance(value, dt.time):
        return "08:30"
    return str(value)


def parse_xlsx(data: bytes, date_order: str | None = None) -> ParsedCsv:
    """The entries of a workbook's ``entries`` sheet (or its only sheet), by the
    CSV's rules; a problem is named by the sheet's row number."""
    from openpyxl import load_workbook

    if _unpacked_size(data) > _MAX_UNPACKED:
        message = _("this workbook is too large to be a diary (over {mb} MB unpacked)")
        return ParsedCsv([], [CsvProblem(1, message.format(mb=_MAX_UNPACKED // 1_000_000))])
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many kinds for a damaged or foreign file
        return ParsedCsv(
            [], [CsvProblem(1, _("this is not an Excel workbook (.xlsx) the diary can read"))]
        )
    try:
        names = book.sheetnames
        sheet = book["entries"] if "entries" in names else book[names[0]]
        rows: list[tuple[int, list[str]]] = []
        header: list[str] | None = None
        # Rows are counted from 1: a read-only sheet yields its empty rows too.
        for line, cells in enumerate(sheet.iter_rows(min_row=1), start=1):
            texts = []
            for cell in cells:
                if getattr(cell, "data_type", None) == "f":
                    return ParsedCsv(
                        [],
                        [CsvProblem(line, _("a cell holds a formula; the diary takes values"))],
                    )
                texts.append(_cell_text(cell.value))
            if header is None:
                header = _trim(texts)
            else:
                rows.append((line, texts[: len(header)] + _trim(texts[len(header) :])))
    finally:
        book.close()
    if header is None:
        return ParsedCsv([], [CsvProblem(1, _("the file is empty"))])
    if header[: len(HEADER)] != HEADER:
        return ParsedCsv(
            [], [CsvProblem(1, _("the header must be {header}").format(header=",".join(HEADER)))]
        )
    rows = [(line, row + [""] * (len(header) - len(row))) for line, row in rows]
    return entries_from_rows(header, rows, date_order)


def _unpacked_size(data: bytes) -> int:
    """What the workbook's parts hold unpacked (zipfile never unpacks more than a
    part declares), so that a small file cannot unpack to gigabytes in memory."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        return 0  # not a zip: openpyxl says so in its own words below


def _trim(texts: list[str]) -> list[str]:
    """Without the empty cells at the end (a sheet's rows have no fixed width)."""
    while texts and texts[-1] == "":
        texts.pop()
    return texts


def _cell_text(value: object) -> str:
    """A cell's value as the CSV would have it, for the same rules to read."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        # A time typed into a cell can come back a few microseconds short.
        seconds = round(
            value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6
        )
        return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, float) and value.is_integer():
        return f"{value:.1f}"
    if isinstance(value, str):
        return _unescape(value)
    return str(value)
