"""Medications: the text form, the store, the CSV extra columns and the report."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from diary.core.medications import format_medications, parse_medications
from diary.core.records import Entry
from diary.exports.csv_format import export_csv, parse_csv

DAY = dt.date(2026, 3, 1)


@pytest.mark.parametrize(
    "text, meds",
    [
        ("ibuprofen 400 mg", (("ibuprofen", "400 mg"),)),
        (
            "ibuprofen 400 mg; paracetamol 1,5 g",
            (("ibuprofen", "400 mg"), ("paracetamol", "1,5 g")),
        ),
        ("Vitamin D3 1000 IU", (("Vitamin D3", "1000 IU"),)),
        ("  heat pad  ;; ", (("heat pad", ""),)),
        ("", ()),
    ],
)
def test_text_form(text, meds):
    assert parse_medications(text) == meds


@pytest.mark.parametrize("bad", ["400 mg", "x" * 81 + " 1 mg"])
def test_bad_medications(bad):
    with pytest.raises(ValueError):
        parse_medications(bad)


names = st.text(st.characters(whitelist_categories=("L",)), min_size=1, max_size=10)
doses = st.one_of(st.just(""), st.from_regex(r"[0-9][0-9,.]{0,4} ?(mg|g|IU)?", fullmatch=True))


@given(st.lists(st.tuples(names, doses), max_size=4))
def test_text_form_reads_back_the_same(meds):
    meds = parse_medications(format_medications(meds))
    assert parse_medications(format_medications(meds)) == meds


def test_store_keeps_medications_and_remembers_names(store):
    e = store.add_entry(Entry(DAY, None, 4, medications=(("ibuprofen", "400 mg"),)))
    store.add_entry(Entry(DAY, None, 3, medications=(("paracetamol", "1 g"),)))
    assert store.entry(e.id).medications == (("ibuprofen", "400 mg"),)
    assert store.medication_names() == ["paracetamol", "ibuprofen"]
    store.update_entry(Entry(DAY, None, 4, medications=(("naproxen", "250 mg"),), id=e.id))
    assert store.entries()[0].medications == (("naproxen", "250 mg"),)
    deleted = store.delete_entry(e.id)
    assert deleted.medications == (("naproxen", "250 mg"),)
    store.add_entry(deleted)  # undo puts them back
    assert store.entry(e.id).medications == (("naproxen", "250 mg"),)


def test_csv_has_the_extra_columns_only_when_used():
    plain = export_csv([Entry(DAY, None, 4)])
    assert plain.startswith(b"\xef\xbb\xbfdate,time,pain,numbness,soreness,note\r\n")
    rich = export_csv(
        [Entry(DAY, None, 4, note="n", for_doctor=True, medications=(("ibuprofen", "400 mg"),))]
    )
    assert rich == (
        b"\xef\xbb\xbfdate,time,pain,numbness,soreness,note,for_doctor,medications\r\n"
        b"2026-03-01,,4,,,n,yes,ibuprofen 400 mg\r\n"
    )
    parsed = parse_csv(rich)
    assert parsed.entries[0].for_doctor and parsed.entries[0].medications == (
        ("ibuprofen", "400 mg"),
    )
    assert export_csv(parsed.entries) == rich


def test_import_accepts_unknown_extra_columns_and_checks_known_ones():
    data = (
        b"date,time,pain,numbness,soreness,note,mood,for_doctor\r\n"
        b"2026-03-01,,4,,,,happy,yes\r\n2026-03-02,,4,,,,sad,perhaps\r\n"
    )
    parsed = parse_csv(data)
    assert [str(p) for p in parsed.problems] == ["line 3: for_doctor must be yes or empty"]
    assert parsed.entries[0].for_doctor


def test_warning_signs_go_out_and_come_back_through_the_csv():
    data = export_csv([Entry(DAY, None, 4, warnings=("fever", "site")), Entry(DAY, None, 2)])
    assert data.startswith(b"\xef\xbb\xbfdate,time,pain,numbness,soreness,note,warning_signs\r\n")
    assert b",fever;site\r\n" in data
    parsed = parse_csv(data)
    assert parsed.problems == [] and parsed.entries[0].warnings == ("fever", "site")
    assert export_csv(parsed.entries) == data
    bad = parse_csv(
        b"date,time,pain,numbness,soreness,note,warning_signs\r\n2026-03-01,,4,,,,rash\r\n"
    )
    assert [str(p) for p in bad.problems] == [
        "line 2: warning_signs must be codes such as fever;site"
    ]


def test_field_offers_names_used_before_for_the_item_being_typed(qtbot):
    from PySide6.QtCore import Qt

    from diary.qt.medication_field import MedicationField

    field = MedicationField(lambda: ["paracetamol", "ibuprofen"])
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()  # the names are read when the field gets the focus
    qtbot.waitUntil(lambda: field.model.rowCount() == 2)
    qtbot.keyClicks(field, "paracetamol 1 g; IBU")
    completer = field.completer()
    assert completer.completionCount() == 1  # only the last item is completed
    # What choosing it puts in the field: the earlier items are kept.
    assert completer.currentCompletion() == "paracetamol 1 g; ibuprofen "
    assert completer.caseSensitivity() == Qt.CaseSensitivity.CaseInsensitive
