"""The app's few own colours, in one place, so that they follow the desktop: darker
or lighter for a dark or light scheme, and none at all (the desktop's palette, with
strong borders) when the system asks for high contrast."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette


def high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10+
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def message_style(ok: bool) -> str:
    if high_contrast():
        return "font-weight: bold;"
    if ok:
        return (
            "color: #7ee2a0; font-weight: bold;" if dark() else "color: #1a7f37; font-weight: bold;"
        )
    return "color: #ff9b8f; font-weight: bold;" if dark() else "color: #b42318; font-weight: bold;"


def banner_style(background: str, foreground: str) -> str:
    """A tinted box (its own light background and dark text read on any scheme)."""
    if high_contrast():
        return (
            "border: 3px solid palette(window-text); border-radius: 6px; padding: 8px;"
            "font-weight: bold;"
        )
    return (
        f"background: {background}; color: {foreground}; border-radius: 6px; padding: 8px;"
        "font-weight: bold;"
    )


def banner_text_style(foreground: str) -> str:
    """Text inside a tinted box (style sheets do not pass colours to children)."""
    if high_contrast():
        return "font-weight: bold;"
    return f"color: {foreground}; font-weight: bold; background: transparent;"


def primary_button_style() -> str:
    if high_contrast():
        return "QPushButton { font-weight: bold; border: 3px solid palette(button-text); }"
    return (
        "QPushButton { background: #0b5cad; color: white; font-weight: bold;"
        " border-radius: 6px; padding: 6px 18px; }"
        "QPushButton:focus { border: 3px solid #f2b600; }"
    )


def rating_pad_style(px: int) -> str:
    if high_contrast():
        return f"""
QFrame#ratingPad {{ border: 2px solid palette(window-text); }}
QFrame#ratingPad:focus {{ border: 4px solid palette(highlight); }}
QLabel[active="true"] {{ background: palette(highlight); color: palette(highlighted-text); }}
QPushButton[rating="true"] {{ min-width: {px}px; min-height: {px}px; font-weight: bold;
    border: 2px solid palette(button-text); }}
QPushButton[rating="true"]:checked {{ background: palette(highlight);
    color: palette(highlighted-text); border: 4px solid palette(window-text); }}
"""
    return f"""
QFrame#ratingPad {{ border: 2px solid palette(mid); border-radius: 8px; }}
QFrame#ratingPad:focus {{ border: 3px solid #0b5cad; }}
QLabel[active="true"] {{ background: #fff1c2; color: #1a1a1a; border-radius: 6px; }}
QPushButton[rating="true"] {{
    min-width: {px}px; min-height: {px}px; border-radius: 6px;
    border: 1px solid #7a7a7a; background: #f4f4f4; color: #1a1a1a; font-weight: bold;
}}
QPushButton[rating="true"]:hover {{ background: #e0ecfa; }}
QPushButton[rating="true"]:checked {{ background: #0b5cad; color: white;
    border: 2px solid #062f5a; }}
"""
