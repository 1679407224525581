"""The app's own text size (on top of the system's), for tired or poor eyes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from diary.core.i18n import N_

BASE_POINT_SIZE = 12.0  # large and clear by default, whatever the platform's default
TEXT_SCALES = (
    (N_("Normal"), 1.0),
    (N_("Large (150 %)"), 1.5),
    (N_("Very large (200 %)"), 2.0),
)


def apply_text_scale(app: QApplication, scale: float) -> None:
    font = app.font()
    system = app.property("system_point_size")
    if system is None:
        system = font.pointSizeF() if font.pointSizeF() > 0 else BASE_POINT_SIZE
        app.setProperty("system_point_size", system)
    font.setPointSizeF(max(float(system), BASE_POINT_SIZE) * scale)
    app.setFont(font)
