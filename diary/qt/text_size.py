"""The app's own text size (on top of the system's), for tired or poor eyes."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
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
    # Tick boxes grow with the text (styles draw them at a fixed size otherwise),
    # so that they stay easy to see and to hit with an unsteady hand.
    size = round(QFontMetrics(font).height() * 0.9)
    app.setStyleSheet(
        f"QCheckBox::indicator, QRadioButton::indicator {{ width: {size}px; height: {size}px; }}"
    )
    for widget in app.topLevelWidgets():
        if hasattr(widget, "fit_splitter"):
            widget.fit_splitter()
