"""What spreadsheets write back: Excel's files in three locales, each accepted form
of date, time and rating, the date order decided for the whole file (and asked
when it cannot be), and everything else still refused with its line."""

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from diary.cli import main
from diary.core.records import Entry, last_day
from diary.exports.csv_format import parse_csv
from diary.exports.sheet_values import DMY, MDY, DateOrderConflict, decide_order, read_date
from diary.store import DiaryStore
from tests import strategies

FIXTURES = Path(__file__).parent / "fixtures" / "spreadsheets"
HEAD = "date,time,pain,numbness,soreness,note\r\n"


def expected(unicode_note: str) -> list[Entry]:
    d = dt.date
    return [
        Entry(d(2026, 9, 1), "08:30", 7, 3, 2, "walked to the shop"),
        Entry(d(2026, 9, 13), "21:15", 6),
        Entry(d(2026, 9, 14), None, 5, 2, 1, unicode_note),
        Entry(d(2026, 10, 2), "07:05", 4, note="=SUM(A1:A2)"),
    ]


@pytest.mark.parametrize(
    "name, note",
    [
        ("excel-uk-utf8-bom.csv", "ünïcödé"),
        ("excel-us-utf8-bom.csv", "ünïcödé"),
        ("excel-de-utf8-bom.csv", "ünïcödé"),
        ("excel-uk-ansi.csv", "plain"),
        ("excel-us-ansi.csv", "plain"),
        ("excel-de-ansi.csv", "plain"),
        ("excel-unicode-text.txt", "ünïcödé"),
    ],
)
def test_files_excel_writes_import_with_the_same_entries(tmp_path, capsys, name, note):
    db = str(tmp_path / "d.sqlite3")
    assert main(["import", str(FIXTURES / name), "--db", db]) == 0
    assert "Imported 4 entries" in capsys.readouterr().out
    with DiaryStore.open(db) as s:
        got = [e.with_id(None) for e in s.entries()]
    assert got == expected(note)


def test_code_page_accents_are_refused_on_their_line(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")
    assert main(["import", str(FIXTURES / "excel-de-cp1252-accents.csv"), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "line 4: this line is not UTF-8 text" in err and "CSV UTF-8" in err


def test_undecidable_dates_need_the_order_and_then_import(tmp_path, capsys):
    f = str(FIXTURES / "excel-uk-ambiguous.csv")
    db = str(tmp_path / "d.sqlite3")
    assert main(["import", f, "--db", db]) == 1
    err = capsys.readouterr().err
    assert "--date-order dmy" in err and "--date-order mdy" in err and "01/09/2026" in err
    with DiaryStore.open(db) as s:
        assert s.entries() == []
    d = dt.date
    for order, days in (
        ("dmy", [d(2026, 9, 1), d(2026, 9, 2), d(2026, 10, 3)]),
        ("mdy", [d(2026, 1, 9), d(2026, 2, 9), d(2026, 3, 10)]),
    ):
        db = str(tmp_path / f"{order}.sqlite3")
        assert main(["import", f, "--db", db, "--date-order", order]) == 0
        with DiaryStore.open(db) as s:
            assert [e.day for e in s.entries()] == days


def test_the_file_decides_and_date_order_is_then_not_needed(tmp_path):
    data = (HEAD + "13/09/2026,,4,,,\r\n01/09/2026,,5,,,\r\n").encode()
    for order in (None, DMY):
        parsed = parse_csv(data, order)
        assert not parsed.problems and not parsed.undecided
        assert [e.day for e in parsed.entries] == [dt.date(2026, 9, 13), dt.date(2026, 9, 1)]


def test_day_equal_to_month_needs_no_order():
    parsed = parse_csv((HEAD + "05/05/2026,,4,,,\r\n2026-05-06,,4,,,\r\n").encode())
    assert not parsed.undecided and not parsed.problems
    assert [e.day for e in parsed.entries] == [dt.date(2026, 5, 5), dt.date(2026, 5, 6)]


def _one(cell_date="2026-09-01", time="", pain="5", sep=","):
    head = HEAD.replace(",", sep)
    return parse_csv((head + sep.join([cell_date, time, pain, "", "", ""]) + "\r\n").encode())


@pytest.mark.parametrize(
    "text, time",
    [
        ("8:30", "08:30"),
        ("08:30", "08:30"),
        ("08:30:00", "08:30"),
        ("8:30 AM", "08:30"),
        ("8:30 am", "08:30"),
        ("08:30:00 PM", "20:30"),
        ("12:00 AM", "00:00"),
        ("12:30:00 AM", "00:30"),
        ("12:30 PM", "12:30"),
        ("11:59 PM", "23:59"),
        ("0:05", "00:05"),
        ("23:59:00", "23:59"),
    ],
)
def test_times_as_spreadsheets_write_them(text, time):
    parsed = _one(time=text)
    assert not parsed.problems
    assert parsed.entries[0].time == time


@pytest.mark.parametrize(
    "text",
    ["08:30:15", "13:00 PM", "0:30 AM", "8:5", "24:00", "8.30", "830", " 8:30", "8:30AM", "8h30"],
)
def test_other_times_are_refused(text):
    assert _one(time=text).problems[0].message.startswith("the time must be like 08:30")


@pytest.mark.parametrize(
    "text, day",
    [
        ("2026-09-01", dt.date(2026, 9, 1)),
        ("2026-09-01 00:00:00", dt.date(2026, 9, 1)),
        ("2026-09-01 00:00", dt.date(2026, 9, 1)),
        ("13/09/2026", dt.date(2026, 9, 13)),
        ("13.09.2026", dt.date(2026, 9, 13)),
        ("13-09-2026", dt.date(2026, 9, 13)),
        ("9/13/2026", dt.date(2026, 9, 13)),
        ("09.13.2026", dt.date(2026, 9, 13)),
    ],
)
def test_dates_as_spreadsheets_write_them(text, day):
    parsed = _one(cell_date=text)
    assert not parsed.problems and parsed.entries[0].day == day


@pytest.mark.parametrize(
    "text, message",
    [
        ("2026-09-01 08:30:00", "the date must be like 2026-09-01"),
        ("13/09/26", "the date must be like 2026-09-01"),
        ("2026/09/13", "the date must be like 2026-09-01"),
        ("13/09.2026", "the date must be like 2026-09-01"),
        ("Sep 13 2026", "the date must be like 2026-09-01"),
        ("31/02/2026", "that date does not exist"),
        ("13/13/2026", "that date does not exist"),
    ],
)
def test_other_dates_are_refused(text, message):
    assert _one(cell_date=text).problems[0].message.startswith(message)


@pytest.mark.parametrize("text, pain", [("7", 7), ("7.0", 7), ("10.00", 10), ("0.0", 0)])
def test_ratings_with_a_zero_decimal(text, pain):
    assert _one(pain=text).entries[0].pain == pain


def test_a_decimal_comma_in_a_semicolon_file():
    assert _one(pain="7,0", sep=";").entries[0].pain == 7


@pytest.mark.parametrize("text", ["7.5", "11.0", "7.", ".0", "-0", "1e1", " 7"])
def test_other_ratings_are_refused(text):
    assert "pain must be a whole number from 0 to 10" in _one(pain=text).problems[0].message


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_the_separator_comes_from_the_header(sep):
    data = HEAD.replace(",", sep) + sep.join(["2026-09-01", "", "5", "", "", '"a, b; c"']) + "\r\n"
    parsed = parse_csv(data.encode())
    assert not parsed.problems and parsed.entries[0].note == "a, b; c"


def test_a_header_with_another_separator_is_refused():
    parsed = parse_csv(b"date|time|pain|numbness|soreness|note\r\n")
    assert str(parsed.problems[0]).startswith("line 1: the header must be")


def test_rows_of_empty_cells_are_blank_lines():
    # Spreadsheets write ",,,,," for rows that were only formatted.
    parsed = parse_csv((HEAD + "2026-09-01,,5,,,\r\n,,,,,\r\n;;\r\n").encode())
    assert len(parsed.entries) == 1
    assert parsed.problems[0].line == 4  # ";;" is one field in a comma file


def test_dates_written_both_ways_are_refused_with_the_line(tmp_path, capsys):
    data = HEAD + "13/09/2026,,4,,,\r\n01/09/2026,,4,,,\r\n09/14/2026,,4,,,\r\n"
    f = tmp_path / "mixed.csv"
    f.write_text(data, newline="")
    db = str(tmp_path / "d.sqlite3")
    assert main(["import", str(f), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "line 4: this date has the month first, but line 2 has the day first" in err
    with DiaryStore.open(db) as s:
        assert s.entries() == []


def test_the_old_contract_still_holds_with_semicolons(tmp_path, capsys):
    # Duplicates are skipped and a second import adds nothing, whatever the form.
    db = str(tmp_path / "d.sqlite3")
    iso = tmp_path / "iso.csv"
    iso.write_bytes(
        b"date,time,pain,numbness,soreness,note\r\n2026-09-01,08:30,7,3,2,walked to the shop\r\n"
    )
    assert main(["import", str(iso), "--db", db]) == 0
    assert main(["import", str(FIXTURES / "excel-de-utf8-bom.csv"), "--db", db]) == 0
    assert "Imported 3 entries; 1 already" in capsys.readouterr().out.splitlines()[-1]


# The date-order decision, as a property ------------------------------------------

# Within the diary's accepted range (records.FIRST_DAY … last_day()).
dates = st.dates(dt.date(1990, 1, 1), last_day())


def _written(day: dt.date, order: str, sep: str) -> str:
    first, second = (day.day, day.month) if order == DMY else (day.month, day.day)
    return f"{first:02d}{sep}{second:02d}{sep}{day.year}"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(dates, min_size=1, max_size=30), st.sampled_from([DMY, MDY]), st.sampled_from("/.-")
)
def test_the_decided_order_always_reads_the_dates_that_were_written(days, order, sep):
    texts = [(i + 2, _written(d, order, sep)) for i, d in enumerate(days)]
    found, example = decide_order(texts)
    telling = [d for d in days if d.day > 12]
    if telling:
        assert found == order  # any day above 12 decides, and decides right
    else:
        assert found is None
        # Undecided only when some date reads differently the other way.
        assert bool(example) == any(d.day != d.month for d in days)
    if found or not example:
        assert [read_date(t, found) for _line, t in texts] == days


@settings(max_examples=200, deadline=None)
@given(
    st.lists(dates, min_size=1, max_size=10),
    st.lists(dates, min_size=1, max_size=10),
)
def test_a_file_with_both_orders_proven_is_refused(dmy_days, mdy_days):
    texts = [_written(d, DMY, "/") for d in dmy_days] + [_written(d, MDY, "/") for d in mdy_days]
    proves_dmy = any(d.day > 12 for d in dmy_days)
    proves_mdy = any(d.day > 12 for d in mdy_days)
    lines = list(enumerate(texts, start=2))
    if proves_dmy and proves_mdy:
        with pytest.raises(DateOrderConflict):
            decide_order(lines)
    else:
        decide_order(lines)  # no conflict: one order (or none) is proven


@pytest.mark.parametrize("end", ["\r", "\n", "\r\n"])
def test_any_line_end_and_a_quoted_header(end):
    # Found while trying to break it: a file with carriage returns only (old Mac
    # line ends) made the separator search raise instead of importing as before.
    for head in (HEAD.rstrip("\r\n"), '"date";"time";"pain";"numbness";"soreness";"note"'):
        sep = ";" if ";" in head else ","
        data = head + end + sep.join(["13/09/2026", "8:30 PM", "7.0", "", "", "x"]) + end
        parsed = parse_csv(data.encode())
        assert not parsed.problems
        assert (parsed.entries[0].day, parsed.entries[0].time) == (dt.date(2026, 9, 13), "20:30")


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=300), st.sampled_from([None, DMY, MDY]))
def test_any_bytes_give_entries_or_problems_never_an_exception(tail, order):
    from diary.exports.entry_files import parse_entries

    for head in (HEAD.encode(), HEAD.replace(",", ";").encode(), b"", b"PK\x03\x04"):
        parsed = parse_entries(head + tail, order)
        assert parsed.problems or parsed.undecided or all(e.day for e in parsed.entries)


def _as_saved_by(data: bytes, locale: str) -> bytes:
    """The diary's CSV rewritten as a spreadsheet in ``locale`` saves it."""
    import csv
    import io

    sep, order, date_sep = {"uk": (",", DMY, "/"), "us": (",", MDY, "/"), "de": (";", DMY, ".")}[
        locale
    ]
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow(rows[0])
    for row in rows[1:]:
        day = dt.date.fromisoformat(row[0])
        row[0] = _written(day, order, date_sep).lstrip("0")
        if row[1]:
            h, m = map(int, row[1].split(":"))
            row[1] = f"{(h + 11) % 12 + 1}:{m:02d} {'PM' if h >= 12 else 'AM'}"
            row[1] = row[1] if locale == "us" else f"{h:02d}:{m:02d}:00"
        row[2:5] = [f"{v}.0" if v and locale == "us" else v for v in row[2:5]]
        writer.writerow(row)
    return out.getvalue().encode()


@settings(max_examples=150, deadline=None)
@given(
    st.lists(strategies.entries(extras=True), min_size=1, max_size=15),
    st.sampled_from(["uk", "us", "de"]),
)
def test_whatever_the_diary_wrote_comes_back_from_any_locale(items, locale):
    from diary.exports.csv_format import export_csv

    saved = _as_saved_by(export_csv(items), locale)
    parsed = parse_csv(saved, MDY if locale == "us" else DMY)
    assert parsed.problems == []
    assert sorted(parsed.entries, key=Entry.sort_key) == sorted(items, key=Entry.sort_key)
