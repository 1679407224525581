"""Hooks for ``benchmarks/``: only loaded when RELIEF_DIARY_BENCH is set.

``ready``: print a marker and quit once the window is ready for typing (its first
paint); ``chart``: once the chart has been painted.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import QApplication


def install(app: QApplication, window) -> None:
    mode = os.environ.get("RELIEF_DIARY_BENCH")
    if mode not in ("ready", "chart"):
        return

    def done() -> None:
        print(mode, flush=True)
        app.quit()

    (window.firstPaint if mode == "ready" else window.chartShown).connect(done)
