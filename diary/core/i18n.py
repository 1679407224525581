"""Translation without Qt: the core's sentences go through ``tr``; the window
installs Qt's translator behind it (``set_translator``), so the command line, the
window and the report share one catalogue (resources/translations/*.ts).

``N_`` marks a label in a table for translation without translating it yet (the
table is built at import time); ``tl`` translates such a label when it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_decimal_point = "."


def set_translator(translate: Callable[[str, str], str] | None, point: str = ".") -> None:
    global _translator, _decimal_point
    _translator = translate
    _decimal_point = point


def decimal_point() -> str:
    return _decimal_point


def tr(context: str, text: str) -> str:
    return _translator(context, text) if _translator is not None else text


def N_(text: str) -> str:  # noqa: N802 - the usual name of this marker
    return text


def tl(text: str) -> str:
    """A label marked with N_, translated now."""
    return tr("labels", text)
