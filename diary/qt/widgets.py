"""Small widgets shared by several windows: ElidedLabel (one line that shortens
itself in the middle instead of being cut)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        width = self.contentsRect().width()
        self.setText(self.fontMetrics().elidedText(self.full, Qt.TextElideMode.ElideMiddle, width))


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` in a frameless scroll area that follows its width: very large text
    on a small screen scrolls instead of squeezing or cutting what is inside."""
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if name:
        scroll.setAccessibleName(name)
    return scroll
