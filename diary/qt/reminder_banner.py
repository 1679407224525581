"""ReminderBanner: the in-window reminder where the desktop has no tray."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from diary.qt.theme import banner_style, banner_text_style


class ReminderBanner(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet("QFrame#reminderBanner { " + banner_style("#e0ecfa", "#0b2f5a") + " }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Reminder"))
        self.text.setStyleSheet(banner_text_style("#0b2f5a"))
        self.dismiss = QPushButton(self.tr("Later"))
        self.turn_off = QPushButton(self.tr("Turn reminders off"))
        for b in (self.dismiss, self.turn_off):
            b.setMinimumHeight(44)
        self.dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.dismiss)
        layout.addWidget(self.turn_off)
        self.hide()

    def show_text(self, text: str) -> None:
        self.text.setText(text)
        self.show()

    def hide_if_logged_today(self, session) -> None:
        today = session.today()
        if any(e.day == today for e in session.entries()):
            self.hide()
