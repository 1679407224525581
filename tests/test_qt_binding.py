"""The Qt binding in use must not break Python's reference counts while painting.

PySide6-Essentials 6.12.0 drops a reference to None on every QPainter.drawLine and
drawRect call. Python < 3.12 aborts when None's count reaches zero ("deallocating
None"), which pyqtgraph's axes reach after a minute of panning a chart. The
dependency pins exclude it; this test catches a binding that brings it back.
"""

import sys

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QImage, QPainter


def test_painting_keeps_reference_counts(qapp):
    image = QImage(50, 50, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        before = sys.getrefcount(None)
        for _ in range(200):
            painter.drawLine(QPointF(0, 0), QPointF(5, 5))
            painter.drawLine(QLineF(0, 0, 5, 5))
            painter.drawRect(QRectF(0, 0, 5, 5))
        lost = before - sys.getrefcount(None)
    finally:
        painter.end()
    assert lost < 50, f"the Qt binding dropped {lost} references to None in 600 calls"
