"""The appointment report read back through pypdf: function, PGIC, reference
durations, medication lines, the third person, and page 1 alone (a crowded diary:
24 procedures, many notes, warning signs and medications)."""

import datetime as dt
import io
import random
import re

import pytest

from diary.cli import main
from diary.core.block_day import BlockReading
from diary.core.function import PgicAnswer
from diary.core.records import Entry, Procedure
from diary.store import DiaryStore

pypdf = pytest.importorskip("pypdf")
END = dt.date(2026, 11, 21)
RFA = dt.date(2026, 3, 2)


def pdf_pages(path) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return [" ".join(page.extract_text().split()) for page in reader.pages]


def pain_on(n: int) -> int:
    return 8 if n < 0 else 3 if n < 200 else 7  # relief for 200 days, then back


def fill_crowded(store: DiaryStore) -> Procedure:
    """24 procedures (blocks and RFAs over years), daily entries with notes for the
    doctor, warning signs and changing medications."""
    rng = random.Random(3)
    day = RFA - dt.timedelta(days=24 * 40)
    for i in range(22):
        kind = "block" if i % 2 else "rfa"
        store.add_procedure(
            Procedure(day + dt.timedelta(days=40 * i), kind, f"T{i % 9 + 3}", "left", 8)
        )
    block = store.add_procedure(Procedure(RFA - dt.timedelta(days=20), "block", "T6", "right", 8))
    at = dt.datetime.combine(block.day, dt.time(9, 0))
    store.set_block_time(block.id, at)
    store.add_block_readings(
        block.id,
        [BlockReading(at - dt.timedelta(minutes=5), side, 8, True) for side in ("left", "right")]
        + [
            BlockReading(at + dt.timedelta(minutes=m), side, p, False)
            for m, p in ((15, 1), (30, 0), (60, 1), (120, 1), (180, 4), (240, 7))
            for side in ("left", "right")
        ],
    )
    rfa = store.add_procedure(Procedure(RFA, "rfa", "T6–T8", "both", 8, "second RFA"))
    entries = []
    for n in range(-20, (END - RFA).days + 1):
        d = RFA + dt.timedelta(days=n)
        meds = (
            (("oxycodone", "5 mg"), ("ibuprofen", "400 mg"))
            if n < 30
            else (("ibuprofen", "400 mg"),)
        )
        if 100 <= n < 230:
            meds = ()
        if n >= 230:
            meds = (("tramadol", "50 mg"),)
        warn = ("fever",) if n % 37 == 5 else ()
        note = f"Note {n}: slept badly, walked {rng.randint(1, 9)} km." if n % 5 == 0 else ""
        entries.append(
            Entry(
                d,
                "20:00",
                pain_on(n),
                1,
                1,
                note,
                warnings=warn,
                for_doctor=bool(note),
                medications=meds,
            )
        )
    store.add_entries(entries)
    acts = store.set_activities(
        rfa.id, ["sitting for an hour", "lifting my grandchild", "turning in bed"]
    )
    for w in range(0, 40):
        d = RFA + dt.timedelta(days=7 * w)
        if d > END:
            break
        score = 2 if w == 0 else 7 if 7 * w < 200 else 3
        store.rate_activities(d, {a.id: score for a in acts})
    store.save_pgic(PgicAnswer(rfa.id, 28, RFA + dt.timedelta(days=28), 3))
    store.save_pgic(PgicAnswer(rfa.id, 91, RFA + dt.timedelta(days=92), 1))
    store.save_pgic(PgicAnswer(rfa.id, 182, RFA + dt.timedelta(days=183), None))
    return rfa


@pytest.fixture
def crowded_pdf(tmp_path, capsys):
    db = tmp_path / "crowded.sqlite3"
    with DiaryStore.open(db) as store:
        fill_crowded(store)
        assert len(store.procedures()) == 24
    out = tmp_path / "crowded.pdf"
    assert main(["report", str(out), "--to", END.isoformat(), "--db", str(db)]) == 0
    capsys.readouterr()
    return out


def test_page_one_stands_alone_and_points_to_the_rest(crowded_pdf):
    pages = pdf_pages(crowded_pdf)
    first = pages[0]
    total = len(pages)
    assert first.endswith(f"page 1 of {total}")  # nothing of page 1 spills over
    assert pages[1].startswith("Details per procedure")
    # Lists are cut with a pointer to the page where they are in full.
    pointers = re.findall(r"… and (\d+) (?:more|earlier), see page (\d+)", first)
    assert pointers, first
    for _n, page in pointers:
        target = pages[int(page) - 1]
        assert "Details per procedure" in target or "Everything recorded for the doctor" in target
    assert re.search(r"… and (\d+) more, see page 2", first)  # 24 procedures, the newest shown
    lists_page = next(i for i, p in enumerate(pages) if "Everything recorded for the doctor" in p)
    notes = [n for n in re.findall(r"Note (-?\d+):", " ".join(pages[lists_page : lists_page + 3]))]
    assert len(set(notes)) >= 50  # every note for the doctor is there, not only page 1's


def test_reference_durations_function_pgic_and_medications(crowded_pdf):
    pages = pdf_pages(crowded_pdf)
    first = pages[0]
    text = " ".join(pages)
    # 200 days at ≥ 50 %: 12 weeks reached, 6 months reached, with dates.
    assert re.search(r"≥ 50 % for 12 weeks: reached on \d+ \w+", first)
    assert re.search(r"≥ 50 % for 6 months: reached on \d+ \w+", first)
    assert "Function (PSFS)" in first and "2 / 10 before the procedure" in first
    assert "Global impression (PGIC)" in first
    assert "4 weeks: 3 (minimally improved)" in first
    assert "3 months: 1 (very much improved)" in first
    assert "6 months: skipped by the patient" in first
    # Details: the time points side by side, and each medication's timing.
    assert "Time point Function (PSFS, mean of the activities) Global impression (PGIC)" in text
    assert re.search(r"4 weeks \(30 Mar 2026\) 7 / 10 \(\+62 % of the room to improve\)", text)
    assert re.search(r"oxycodone \d+ \w+ 2026 \d+ \w+ 2026 ", text)
    assert "tramadol" in text and "Days a week before during after the relief period" in text
    # Block day before the RFA: per side, peak relief and minutes at ≥ 80 %.
    # (15 to 180 minutes after the block at ≥ 80 %, as the block-day summary counts it)
    block = r"Diagnostic block of 10 Feb 2026 ?: Left: peak relief 100 %; at ≥ 80 % for 165 minutes"
    assert re.search(block, text)
    assert "· Diagnostic block ·" not in text  # a block is no episode of its own
    # Appendix: medications only when they change (the first, then two changes; days
    # without any are not a change: the table per procedure gives each last day).
    daily = text[text.index("Appendix: every entry") :]
    assert re.findall(r"Medications: ((?:\w+ \d+ mg(?:; )?)+)", daily) == [
        "oxycodone 5 mg; ibuprofen 400 mg",
        "ibuprofen 400 mg",
        "tramadol 50 mg",
    ]


def test_report_speaks_of_the_patient(crowded_pdf):
    pages = pdf_pages(crowded_pdf)
    text = " ".join(pages)
    # Third person: no "you"/"your" anywhere in the report (notes are the patient's own).
    words = re.findall(r"\b(you|your|yours)\b", text, flags=re.IGNORECASE)
    assert words == []
    assert "qualif" not in text.lower()
    assert "the patient" in pages[0]


def test_no_text_smaller_than_8_pt(crowded_pdf):
    """Every piece of text on every page, at its printed size (font size times the
    text and page matrices). The chart is a picture: its text size is checked from
    the size it is drawn at."""
    from diary.qt.exports.chart_export import REPORT_SIZE, REPORT_TEXT_PX

    reader = pypdf.PdfReader(io.BytesIO(crowded_pdf.read_bytes()))
    smallest = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[3] or tm[0]) * (cm[3] or cm[0])
            smallest.append((abs(size * scale), text.strip()[:30]))

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    assert min(smallest)[0] >= 8.0, min(smallest)
    # The chart spans at most the text width of A4 (180 mm): its smallest text in pt.
    chart_pt = REPORT_TEXT_PX / REPORT_SIZE[0] * 180 / 25.4 * 72
    assert chart_pt >= 8.0


def test_chart_panels_share_one_x_range(qapp, tmp_path):
    from diary.qt.exports.chart_export import REPORT_SIZE, REPORT_TEXT_PX
    from diary.qt.exports.files import build_report_data, export_chart

    with DiaryStore.open(tmp_path / "d.sqlite3") as store:
        fill_crowded(store)
        data = build_report_data(store, None, END)
    chart = export_chart(data, 1.0, REPORT_SIZE, REPORT_TEXT_PX)
    try:
        ratings, relief = (chart.ci.getItem(row, 0) for row in (2, 3))
        assert ratings.vb.viewRange()[0] == relief.vb.viewRange()[0]
        a, b = ratings.vb.sceneBoundingRect(), relief.vb.sceneBoundingRect()
        assert (round(a.left()), round(a.right())) == (round(b.left()), round(b.right()))
    finally:
        chart.deleteLater()


def _report_of(tmp_path, entries, procedures, to: dt.date) -> str:
    db = tmp_path / "sparse.sqlite3"
    with DiaryStore.open(db) as store:
        for proc in procedures:
            store.add_procedure(proc)
        store.add_entries(entries)
    out = tmp_path / "sparse.pdf"
    assert main(["report", str(out), "--to", to.isoformat(), "--db", str(db)]) == 0
    return " ".join(pdf_pages(out)[0].split())


def test_page_one_says_what_pain_rests_on_and_never_overstates_a_gap(tmp_path, capsys):
    from tests.test_relief import d, diary, rfa

    # The gap diary of test_relief_sparse: pain 2 daily on days 0..99, nothing on
    # 100..179, pain 7 from day 180; relief ended somewhere in the gap (116 to 180 days).
    entries = diary({**{n: 2 for n in range(0, 100)}, **{n: 7 for n in range(180, 220)}})
    first = _report_of(tmp_path, entries, [rfa(8)], d(219))
    assert "between 116 and 180 days: no entries from 11 Apr to 29 Jun" in first
    assert "(7-day mean)" in first  # days 213..219 are all rated


def test_page_one_of_a_weekly_logger(tmp_path, capsys):
    from tests.test_relief import d, diary, rfa

    # One entry a week, pain 2 against a baseline of 8, up to day 140. Within
    # d-20..d (days 120..140) only days 126, 133 and 140 have entries, so P(140) is
    # their mean: "last 3 entries, over 15 days" (126..140), 2, and 75 % relief.
    entries = diary({n: 2 for n in range(0, 141, 7)})
    first = _report_of(tmp_path, entries, [rfa(8)], d(140))
    assert "2 / 10 (last 3 entries, over 15 days)" in first
    assert "75 % below baseline" in first
