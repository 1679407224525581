"""The Qt binding in use must not break Python's reference counts.

PySide6-Essentials 6.12.0 drops a reference to None on every call of a method that
returns nothing: QPainter.drawLine and drawRect, but also QLabel.setText,
QRectF.adjust, setPen. Python < 3.12 aborts when None's count reaches zero
("deallocating None"), which pyqtgraph's axes reach after a minute of panning a
chart, and a window's labels after some thousands of updates. The dependency pins
exclude it; these tests catch a binding that brings it back.
"""

import sys

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPen
from PySide6.QtWidgets import QLabel

CALLS = 200


def _lost(calls) -> int:
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        calls()
    return before - sys.getrefcount(None)


def test_painting_keeps_reference_counts(qapp):
    image = QImage(50, 50, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:

        def paint() -> None:
            painter.drawLine(QPointF(0, 0), QPointF(5, 5))
            painter.drawLine(QLineF(0, 0, 5, 5))
            painter.drawRect(QRectF(0, 0, 5, 5))
            painter.setPen(QPen())

        lost = _lost(paint)
    finally:
        painter.end()
    assert lost < 50, f"the Qt binding dropped {lost} references to None in {4 * CALLS} calls"


def test_other_calls_that_return_nothing_keep_reference_counts(qapp):
    label = QLabel()
    rect = QRectF(0, 0, 10, 10)

    def update() -> None:
        label.setText("7")
        rect.adjust(0, 0, 0, 0)

    lost = _lost(update)
    assert lost < 50, f"the Qt binding dropped {lost} references to None in {2 * CALLS} calls"
