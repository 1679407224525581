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


def _value_classes():
    import importlib
    import pkgutil

    import diary.core
    import diary.store
    from diary.core.value import Value

    for package in (diary.core, diary.store):
        for info in pkgutil.iter_modules(package.__path__):
            importlib.import_module(f"{package.__name__}.{info.name}")

    def walk(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from walk(sub)

    return sorted(walk(Value), key=lambda c: c.__qualname__)


def test_every_value_class_takes_its_fields_in_slot_order():
    """Value's rule: an own ``__init__`` names the fields as ``__slots__`` does, in
    the same order, so ``replace`` and ``as_dict`` round-trip and nothing is left
    unset. (Classes without one take Value's, which reads ``__slots__`` itself.)"""
    import inspect

    from diary.core.value import Value

    classes = _value_classes()
    assert len(classes) >= 15
    own = [cls for cls in classes if cls.__init__ is not Value.__init__]
    assert {c.__name__ for c in own} >= {"Entry", "Procedure", "BlockReading", "Baseline"}
    for cls in own:
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        if [p.kind for p in params] == [inspect.Parameter.VAR_KEYWORD]:
            continue  # ReliefRules: keyword settings, each checked against DEFAULTS
        assert [p.name for p in params] == list(cls.__slots__), cls.__qualname__


def test_values_are_immutable_and_compare_by_fields():
    from diary.core.rules import ReliefRules

    e = Entry(DAY, "08:00", 7, 3, 2, "walked", id=4)
    with pytest.raises(AttributeError):
        e.pain = 1
    with pytest.raises(AttributeError):
        del e.note
    assert e == Entry(DAY, "08:00", 7, 3, 2, "walked", id=4)
    assert e != Entry(DAY, "08:00", 7, 3, 2, "walked", id=5)
    assert hash(e) == hash(Entry(DAY, "08:00", 7, 3, 2, "walked", id=4))
    assert e.replace(pain=1) == Entry(DAY, "08:00", 1, 3, 2, "walked", id=4)
    assert e.with_id(9).id == 9 and e.with_id(9).note == "walked"
    assert repr(Procedure(DAY, id=2)).startswith("Procedure(day=datetime.date(2026, 3, 1), kind=")
    with pytest.raises(InvalidRecord):
        e.replace(pain=11)  # replace checks again
    rules = ReliefRules(substantial_percent=60)
    assert rules.replace(baseline_days=10).substantial_percent == 60
    assert ReliefRules.from_json(rules.to_json()) == rules
    with pytest.raises(TypeError):
        ReliefRules(substantial=60)


def test_values_without_their_own_init_take_every_field_by_position_or_name():
    from diary.core.chart_data import Marker
    from diary.exports.csv_format import CsvProblem

    assert Marker(1.5, "RFA") == Marker(label="RFA", value=1.5) == Marker(1.5, label="RFA")
    assert CsvProblem(2, "pain").replace(line=3) == CsvProblem(3, "pain")
    for bad in ((1.5,), (1.5, "RFA", "x")):
        with pytest.raises(TypeError):
            Marker(*bad)
    with pytest.raises(TypeError):
        Marker(1.5, "RFA", value=2.0)  # given twice
    with pytest.raises(TypeError):
        Marker(1.5, text="RFA")  # not a field


def test_trusted_values_skip_the_checks_and_nothing_else_gets_past_init():
    """The store's way round the checks is ``trusted``/``trusted_replace``; no module
    sets a field of a record or builds one with ``object.__new__`` itself."""
    import ast
    from pathlib import Path

    from diary.core.value import Value

    assert getattr(Value, "__dataclass_transform__", None) is not None  # for type checkers
    checked = Entry(dt.date(2026, 5, 1), "08:30", 7, 3, 2, "a note", 4)
    trusted = Entry.trusted(dt.date(2026, 5, 1), "08:30", 7, 3, 2, "a note", 4, (), False, ())
    assert trusted == checked and hash(trusted) == hash(checked)
    assert Entry.trusted(dt.date(2026, 5, 1), None, 99, None, None, "", 1, (), False, ()).pain == 99
    assert checked.trusted_replace(id=9) == checked.replace(id=9)
    with pytest.raises(TypeError):
        checked.trusted_replace(colour="red")
    with pytest.raises(TypeError):
        Entry.trusted(dt.date(2026, 5, 1))  # every field, in order
    package = Path(__file__).resolve().parents[1] / "diary"
    back_doors = [
        f"{path.relative_to(package)}:{node.lineno}"
        for path in package.rglob("*.py")
        if path.name != "value.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
        and node.attr in ("__setattr__", "__new__")
        and isinstance(node.value, ast.Name)
        and node.value.id == "object"
    ]
    assert back_doors == []
