"""The Qt application object and where its files live.

Everything in ``diary.qt`` that needs a QApplication (the window, the exports the
command line draws) takes it from here; this module imports nothing else of
``diary.qt``, so nothing cycles back through it.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication

from diary import APP_NAME
from diary.paths import APPLICATION, DIARY_FILE, ORGANISATION


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    # Names first: QStandardPaths builds the data folder from them.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("relief-diary")
    return app


def default_location() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DIARY_FILE
