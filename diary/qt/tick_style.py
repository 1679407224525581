"""Tick boxes and radio buttons that grow with the text (styles draw them at a fixed
size), so they stay easy to see and to hit with an unsteady hand.

A style sheet on each tick box, sized in ``em`` (the box's own font height), so it
follows the text size with no code. Not a Python ``QProxyStyle``: that answered
every pixel-metric question of every widget through Python, ~9 ms of the window's
start-up (benchmarks/); and not an application style sheet, which would slow every
widget down. tests/a11y.py checks every tick box of the windows it walks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

TICK_SIZE_EM = 0.9
TICK_SHEET = (
    "QCheckBox::indicator, QRadioButton::indicator "
    f"{{ width: {TICK_SIZE_EM}em; height: {TICK_SIZE_EM}em; }}"
)


def large_tick(box: QAbstractButton) -> QAbstractButton:
    """``box`` (a QCheckBox or QRadioButton) with a tick as tall as its text."""
    box.setStyleSheet(TICK_SHEET)
    return box
