"""Report and chart files: content read back from the PDF, sizes, modes, bad input."""

import datetime as dt
import io
import os
import stat

import pytest

from diary.cli import main
from diary.core.demo import demo_diary
from diary.store import DiaryStore

pypdf = pytest.importorskip("pypdf")
END = dt.date(2026, 11, 21)


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "d.sqlite3"
    with DiaryStore.open(db) as s:
        proc, entries = demo_diary(END)
        s.add_procedure(proc)
        s.add_entries(entries)
        s.set_setting("patient_name", "Maria Example")
        e = s.entries()[40]
        s.update_entry(
            e.replace(
                for_doctor=True,
                note="Woke twice at night.",
                medications=(("ibuprofen", "400 mg"),),
            )
        )
        w = s.entries()[16]
        s.update_entry(w.replace(warnings=("site",)))
    return db


def pdf_text(path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def test_report_says_what_a_doctor_needs(demo_db, tmp_path, capsys):
    out = tmp_path / "report.pdf"
    assert main(["report", str(out), "--to", END.isoformat(), "--db", str(demo_db)]) == 0
    pages = pdf_text(out)
    first = " ".join(pages[0].split())
    for text in (
        "Relief Diary report for Maria Example",
        "Radiofrequency ablation (RFA)",
        "T6–T8",
        "Baseline pain",
        "7 / 10 (recorded with the procedure)",
        "Pain now",
        "(7-day mean)",
        "Relief now",
        "Best relief",
        "≥ 50 % relief",
        "months",
        "relief may be fading",
        "Soreness settled",
        "Numbness settled",
        "Warning signs ticked",
        "Redness, swelling or drainage",
        "Notes for the doctor",
        "Woke twice at night.",
        "page 1 of",
    ):
        assert text in first, text
    assert "qualif" not in " ".join(pages).lower()
    appendix = " ".join(" ".join(p.split()) for p in pages[1:])
    assert "Appendix: every entry" in appendix
    assert "Medications: ibuprofen 400 mg" in appendix
    # the default range starts 14 days before the procedure: every day of it is listed
    with DiaryStore.open(demo_db) as s:
        proc = s.procedures()[0]
        shown = [e for e in s.entries() if e.day >= proc.day - dt.timedelta(days=14)]
    assert appendix.count(" 2026 ") >= len(shown)
    total = len(pages)
    for i, page in enumerate(pages, 1):
        assert f"page {i} of {total}" in page
    # every appendix page repeats the header
    first_daily = next(i for i, p in enumerate(pages) if "Appendix: every entry" in p)
    for page in pages[first_daily:]:
        assert "Day Time Pain Numbness Soreness Note" in " ".join(page.split())
    # the weekly table opens the appendix, before the daily rows
    weekly = next(i for i, p in enumerate(pages) if "Appendix: week by week" in p)
    assert weekly < first_daily
    assert "Week from Mean pain Relief Entries Function (0–10)" in pages[weekly]


def test_report_range_and_paper(demo_db, tmp_path, capsys):
    out = tmp_path / "r.pdf"
    main(["report", str(out), "--from", "2026-11-01", "--to", "2026-11-21", "--db", str(demo_db)])
    pages = pdf_text(out)
    assert "1 Nov 2026 – 21 Nov 2026" in " ".join(pages[0].split())
    box = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].mediabox
    size = (round(float(box.width)), round(float(box.height)))
    assert size in ((595, 842), (612, 792))  # A4 or Letter
    # one summary page, one of details per procedure, and 21 days of entries
    assert len(pages) == 3


def test_chart_png_and_svg(demo_db, tmp_path, capsys):
    from PySide6.QtGui import QImage

    png, svg = tmp_path / "c.png", tmp_path / "c.svg"
    assert main(["chart", str(png), "--db", str(demo_db)]) == 0
    assert main(["chart", str(svg), "--db", str(demo_db)]) == 0
    image = QImage(str(png))
    assert image.width() >= 1800
    assert image.pixelColor(3, 3).name() == "#ffffff"  # on white
    text = svg.read_text()
    assert text.startswith("<?xml") and "<svg" in text
    assert "Pain, numbness and soreness" in text and "Baseline 7" in text
    assert "Relief %" in text and "Rating (0" in text
    if os.name == "posix":
        for f in (png, svg):
            assert stat.S_IMODE(f.stat().st_mode) == 0o600


@pytest.mark.parametrize(
    "args, message",
    [
        (["chart", "x.jpg"], "must end in .png or .svg"),
        (["report", "x.txt"], "must end in .pdf"),
        (["report", "x.pdf", "--from", "2026-05-02", "--to", "2026-05-01"], "--from must not"),
    ],
)
def test_bad_report_and_chart_input(demo_db, tmp_path, capsys, args, message):
    args[1] = str(tmp_path / args[1])
    assert main([*args, "--db", str(demo_db)]) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()


def test_report_of_a_missing_diary(tmp_path, capsys):
    assert main(["report", str(tmp_path / "r.pdf"), "--db", str(tmp_path / "no.sqlite3")]) == 1
    assert "no diary" in capsys.readouterr().err


def test_a_killed_exports_leftover_is_swept(demo_db, tmp_path, capsys):
    """F16: an export killed mid-write left .NAME.tmp-PID with health data for good."""
    import subprocess
    import sys

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        left = tmp_path / f".old.csv.tmp-{dead.pid}"
        writing = tmp_path / f".other.csv.tmp-{alive.pid}"
        left.write_text("date,pain\n2026-01-01,7\n")
        writing.write_text("still being written")
        assert main(["export", str(tmp_path / "out.csv"), "--db", str(demo_db)]) == 0
        assert not left.exists() and writing.exists()
    finally:
        alive.kill()
        alive.wait()
