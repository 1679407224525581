"""Which file format an entries file is: CSV or an Excel workbook.

Export goes by the file's extension, and refuses one it does not know rather than
write one format under another's name. Import goes by what the file holds (a
workbook is a zip archive), so a CSV saved under another name still imports.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from diary.core.i18n import tr
from diary.core.records import Entry, InvalidRecord, Procedure
from diary.exports.csv_format import CsvProblem, ParsedCsv, export_csv, parse_csv

EXPORT_SUFFIXES = (".csv", ".xlsx")
_XLSX_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)


def export_kind(path: Path | str) -> str:
    """The kind, "csv" or "xlsx", for the file's extension (any case), else InvalidRecord."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXPORT_SUFFIXES:
        message = tr("csv", "{name}: the file name must end in .csv or .xlsx")
        raise InvalidRecord(message.format(name=Path(path).name))
    return suffix[1:]


def export_entries(
    path: Path | str, entries: Iterable[Entry], procedures: Iterable[Procedure] = ()
) -> bytes:
    """The bytes of ``path``'s format; InvalidRecord for an unknown extension or
    a note the importer would refuse."""
    if export_kind(path) == "xlsx":
        from diary.exports.xlsx_format import export_xlsx

        return export_xlsx(entries, procedures)
    return export_csv(entries)


def parse_entries(data: bytes, date_order: str | None = None) -> ParsedCsv:
    """The entries of a CSV file or a workbook, with every problem found."""
    if data.startswith(_XLSX_MAGIC):
        from diary.exports.xlsx_format import parse_xlsx

        return parse_xlsx(data, date_order)
    if data.startswith(_OLE_MAGIC):
        message = tr("csv", "this is an old Excel file (.xls): save it as .xlsx or CSV UTF-8")
        return ParsedCsv([], [CsvProblem(1, message)])
    return parse_csv(data, date_order)
