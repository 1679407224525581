"""A real round trip through LibreOffice Calc (headless): the diary's export, opened
and saved as en-US and en-GB users would (special numbers detected, as the import
dialog offers), imports back into an empty diary with the same entries. Also the
workbook: ours opened and saved by Calc, and Calc's own from our CSV.

Skipped where ``soffice`` is not installed.
"""

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from diary.cli import main
from diary.core.records import Entry
from diary.store import DiaryStore

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")

# CSV filter options: separator, quote ("), UTF-8 (76), first line 1, no column
# formats, language, quoted fields as text off, detect special numbers on, and (on
# saving) cell contents as shown.
US, GB = 1033, 2057


def _entries() -> list[Entry]:
    d = dt.date(2026, 9, 1)
    one = dt.timedelta(days=1)
    return [
        Entry(d, "00:30", 7, 3, 2, "couldn't sleep"),
        Entry(d, "08:30", 6, 3, 2, "=SUM(A1:A2)"),
        Entry(d + one, "12:00", 5, None, 1, 'commas, "quotes"\nand a second line'),
        Entry(d + one, None, 4, note="ünïcödé — 日本語"),
        Entry(d + 12 * one, "21:15", 3, 1, 0, "-3 today", for_doctor=True),
        Entry(
            d + 13 * one, "23:59", None, None, 0, "'plain", medications=(("ibuprofen", "400 mg"),)
        ),
        Entry(d + 40 * one, "07:05", 10, 10, 10),
    ]


def _convert(src: Path, out_dir: Path, profile: Path, infilter: str, convert_to: str) -> Path:
    out_dir.mkdir()
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            f"--infilter={infilter}",
            "--convert-to",
            convert_to,
            "--outdir",
            str(out_dir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    (result,) = out_dir.iterdir()
    return result


@pytest.fixture
def exported(tmp_path) -> tuple[Path, Path]:
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        for e in _entries():
            s.add_entry(e)
    assert main(["export", str(tmp_path / "diary.csv"), "--db", str(db)]) == 0
    assert main(["export", str(tmp_path / "diary.xlsx"), "--db", str(db)]) == 0
    return tmp_path / "diary.csv", tmp_path / "diary.xlsx"


def _imported(tmp_path: Path, path: Path) -> list[Entry]:
    db = tmp_path / f"{path.parent.name}.sqlite3"
    assert main(["import", str(path), "--db", str(db)]) == 0
    with DiaryStore.open(db) as s:
        return [e.with_id(None) for e in s.entries()]


@pytest.mark.parametrize("lang, sep", [(US, 44), (GB, 59)])
def test_csv_saved_by_calc_imports_back(tmp_path, exported, capsys, lang, sep):
    csv_file, _xlsx = exported
    saved = _convert(
        csv_file,
        tmp_path / f"calc-{lang}",
        tmp_path / "profile",
        f"CSV:44,34,76,1,,{lang},false,true",
        f"csv:Text - txt - csv (StarCalc):{sep},34,76,1,,{lang},false,true,true",
    )
    text = saved.read_bytes()
    # Calc did rewrite it: no byte order mark, its own time forms (and separator).
    assert not text.startswith(b"\xef\xbb\xbf")
    assert (b"08:30:00 AM" in text) if lang == US else (b"08:30:00;" in text)
    assert _imported(tmp_path, saved) == sorted(_entries(), key=Entry.sort_key)


def test_our_workbook_saved_by_calc_imports_back(tmp_path, exported, capsys):
    _csv, xlsx = exported
    saved = _convert(
        xlsx, tmp_path / "calc-xlsx", tmp_path / "profile", "Calc MS Excel 2007 XML", "xlsx"
    )
    assert _imported(tmp_path, saved) == sorted(_entries(), key=Entry.sort_key)


def test_calc_own_workbook_from_our_csv_imports_back(tmp_path, exported, capsys):
    csv_file, _xlsx = exported
    saved = _convert(
        csv_file,
        tmp_path / "calc-own",
        tmp_path / "profile",
        f"CSV:44,34,76,1,,{GB},false,true",
        "xlsx:Calc MS Excel 2007 XML",
    )
    assert _imported(tmp_path, saved) == sorted(_entries(), key=Entry.sort_key)


def test_notes_that_look_like_numbers_stay_text_in_the_workbook(tmp_path, capsys):
    # Through the CSV, Calc turns these into 12, 04/03/26, 50.00%, 12:30:00 (README).
    notes = ["0012", "3/4", "50%", "12:30", "1e5", "TRUE"]
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        for i, note in enumerate(notes):
            s.add_entry(Entry(dt.date(2026, 9, 1 + i), None, 5, note=note))
    assert main(["export", str(tmp_path / "n.xlsx"), "--db", str(db)]) == 0
    saved = _convert(
        tmp_path / "n.xlsx",
        tmp_path / "calc",
        tmp_path / "profile",
        "Calc MS Excel 2007 XML",
        "xlsx",
    )
    assert [e.note for e in _imported(tmp_path, saved)] == notes
