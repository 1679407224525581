"""Hypothesis strategies for diary records, shared by the tests."""

import datetime as dt

from hypothesis import strategies as st

from diary.core.records import Entry, last_day
from diary.core.warning_signs import WARNING_SIGNS

notes = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=40
)


def entries(extras: bool = False) -> st.SearchStrategy[Entry]:
    """Valid entries; with ``extras``, also warning signs, the doctor mark and
    medications."""
    more = {}
    if extras:
        more = {
            "warnings": st.sets(st.sampled_from(sorted(WARNING_SIGNS))).map(tuple),
            "for_doctor": st.booleans(),
            "medications": st.lists(
                st.tuples(st.sampled_from(["ibuprofen", "tea"]), st.just("1")), max_size=2
            ).map(tuple),
        }
    return st.builds(
        Entry,
        day=st.dates(dt.date(2000, 1, 1), last_day()),  # the accepted range (issue 12)
        time=st.one_of(st.none(), st.times().map(lambda t: t.strftime("%H:%M"))),
        pain=st.one_of(st.none(), st.integers(0, 10)),
        numbness=st.one_of(st.none(), st.integers(0, 10)),
        soreness=st.integers(0, 10),
        note=notes,
        **more,
    )
