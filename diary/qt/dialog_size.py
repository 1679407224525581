"""Dialogs sized for their text: about ``chars`` characters a line at the text size of
the moment, within the screen (fixed pixel sizes were cramped at 200 % and wasted
room at 100 %)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_text(dialog: QWidget, chars: int = 80, height_share: float = 0.85) -> None:
    width = dialog.fontMetrics().averageCharWidth() * chars
    height = dialog.fontMetrics().lineSpacing() * 30
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None and screen.width() > 0:
        width = min(width, int(screen.width() * 0.9))
        height = min(max(height, dialog.sizeHint().height()), int(screen.height() * height_share))
    dialog.resize(max(width, dialog.minimumSizeHint().width()), height)


def fit_wrapped(dialog: QWidget, chars: int) -> None:
    """About ``chars`` characters a line (within 90 % of the screen), and never less
    tall than the wrapped text then needs: sized from its hint alone, a dialog with
    word-wrapped labels under-counts their height and squeezes its rows at 200 %."""
    layout = dialog.layout()
    width = dialog.fontMetrics().averageCharWidth() * chars
    screen = dialog.screen().availableGeometry() if dialog.screen() else None
    if screen is not None and screen.width() > 0:
        width = min(width, int(screen.width() * 0.9))
    width = max(width, layout.minimumSize().width())
    dialog.setMinimumSize(width, layout.totalHeightForWidth(width))
