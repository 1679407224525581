"""Records refuse values outside the diary's rules."""

import datetime as dt

import pytest

from diary.core.records import Entry, InvalidRecord, Procedure, parse_day

DAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize("bad", [-1, 11, 4.5, "7", True])
def test_rating_must_be_whole_0_to_10(bad):
    with pytest.raises(InvalidRecord):
        Entry(DAY, pain=bad)


@pytest.mark.parametrize("bad", ["24:00", "7:5", "12:60", "noon"])
def test_time_must_be_hh_mm(bad):
    with pytest.raises(InvalidRecord):
        Entry(DAY, bad, pain=3)


def test_blank_ratings_allowed_but_not_an_empty_entry():
    assert Entry(DAY, numbness=2).pain is None
    assert Entry(DAY, note="slept badly").note == "slept badly"
    with pytest.raises(InvalidRecord):
        Entry(DAY)
    with pytest.raises(InvalidRecord):
        Entry(DAY, note="   ")


@pytest.mark.parametrize("text", ["2025-13-01", "2025-02-30", "25-01-01", "2025-1-1", ""])
def test_parse_day_is_strict(text):
    with pytest.raises(InvalidRecord):
        parse_day(text)


def test_procedure_kinds_sides_and_baseline():
    p = Procedure(DAY, "block", "T6–T8", "left", 7)
    assert p.kind.value == "block" and p.side.value == "left"
    with pytest.raises(ValueError):
        Procedure(DAY, "surgery")
    with pytest.raises(InvalidRecord):
        Procedure(DAY, baseline=12)
