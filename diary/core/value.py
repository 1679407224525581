"""Value: the base of the core's immutable records and results.

A subclass lists its fields in ``__slots__``; Value's ``__init__`` takes them all,
by position or by name. A subclass that checks its fields or has defaults writes
its own ``__init__``, with parameters of the same names in the same order, and
stores them with ``_fill`` (tests/test_records.py checks every subclass does).
Value then gives what a frozen dataclass would: equality and hashing by fields, a
repr, ``replace`` and ``as_dict``, and no assignment after ``__init__``. Type
checkers see it as one (``dataclass_transform``): a subclass without its own
``__init__`` gets the constructor its annotations describe.

Values already checked (a row the store wrote under its CHECK constraints, a copy of
a checked record with an id the store gave) are built with ``trusted`` and
``trusted_replace``, which run no checks: the only way past ``__init__``.

Why not ``dataclasses``: importing it (with ``inspect``, in the ``status`` command)
costs 12-26 ms, and generating 32 frozen, slotted classes 19 ms more (measured for
issue 15 with ``python -X importtime`` and a timed loop), against a start-up budget
of a few ms for all our own work (see README, Performance).
"""

from __future__ import annotations

from typing import Self, dataclass_transform

_set = object.__setattr__


@dataclass_transform(eq_default=True, frozen_default=True)
class Value:
    __slots__ = ()

    def __init__(self, *values: object, **named: object) -> None:
        slots = self.__slots__
        if len(values) > len(slots):
            raise TypeError(f"{type(self).__name__} has {len(slots)} fields")
        given = dict(zip(slots, values, strict=False))  # fewer values: named ones follow
        for name, value in named.items():
            if name not in slots or name in given:
                raise TypeError(f"{type(self).__name__}: unexpected or repeated {name!r}")
            given[name] = value
        missing = [name for name in slots if name not in given]
        if missing:
            raise TypeError(f"{type(self).__name__}: missing {', '.join(missing)}")
        for name in slots:
            _set(self, name, given[name])

    def _fill(self, *values: object) -> None:
        """Store every field, in order: the last step of a subclass's ``__init__``."""
        for name, value in zip(self.__slots__, values, strict=True):
            _set(self, name, value)

    @classmethod
    def trusted(cls, *values: object) -> Self:
        """A record from values already checked, every field in order; no check
        runs (loading 20 years of entries is on the way to the chart)."""
        slots = cls.__slots__
        if len(values) != len(slots):
            raise TypeError(f"{cls.__name__} has {len(slots)} fields")
        record = object.__new__(cls)
        for name, value in zip(slots, values, strict=True):  # _fill inline: 7,300 rows
            _set(record, name, value)
        return record

    def trusted_replace(self, **changes: object) -> Self:
        """A copy with fields changed to values already checked (no check runs);
        ``replace`` checks them again."""
        unknown = set(changes) - set(self.__slots__)
        if unknown:
            raise TypeError(f"{type(self).__name__}: unexpected {', '.join(sorted(unknown))}")
        return self.trusted(*(changes.get(n, getattr(self, n)) for n in self.__slots__))

    def _values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} cannot be changed; use replace()")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} cannot be changed")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self.__slots__)
        return f"{type(self).__name__}({fields})"

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}

    def replace(self, **changes: object):
        """A copy with some fields changed, checked again by ``__init__``."""
        return type(self)(**{**self.as_dict(), **changes})
