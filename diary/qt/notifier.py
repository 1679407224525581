"""Notifier: a gentle prompt through the desktop's tray, or inside the window.

``QSystemTrayIcon`` exists only where the desktop has a tray (not offscreen, not
plain GNOME/Wayland); elsewhere the window shows a banner and asks the desktop to
flash it. Health data never goes into a notification: only the time and the ask.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget


class Notifier:
    def __init__(self, window: QWidget, banner: Callable[[str], None], icon: QIcon | None = None):
        self._window = window
        self._banner = banner
        self._tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self._tray = QSystemTrayIcon(icon or window.windowIcon(), window)
            self._tray.show()

    def notify(self, title: str, text: str) -> None:
        self._banner(text)
        QApplication.beep()
        QApplication.alert(self._window)
        if self._tray is not None and self._tray.supportsMessages():
            self._tray.showMessage(title, text)
