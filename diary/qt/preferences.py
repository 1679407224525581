"""Preferences: the reminder (every day or once a week), text size, language and the
name on reports.
Only preferences go into QSettings; the name is stored in the diary itself."""

from __future__ import annotations

import contextlib
import datetime as dt

from PySide6.QtCore import QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diary.core.i18n import N_, tl
from diary.core.reminders import ReminderSettings
from diary.qt.dialog_size import fit_wrapped
from diary.qt.qdates import TimeField
from diary.qt.reminder import load_settings, save_settings
from diary.qt.session import DiarySession
from diary.qt.text_size import TEXT_SCALES
from diary.qt.tick_style import large_tick
from diary.store import StoreError

LANGUAGES = (("", N_("System language")), ("en", "English"), ("es", "Español"), ("de", "Deutsch"))


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.session = settings, session
        self.setWindowTitle(self.tr("Preferences"))
        reminder = load_settings(settings)
        self.remind = large_tick(QCheckBox(self.tr("Remind me if I have not rated my day")))
        self.remind.setChecked(reminder.enabled)
        self.time = TimeField(QTime(reminder.at.hour, reminder.at.minute))
        self.time.setAccessibleName(self.tr("Reminder time"))
        # The weekly rhythm (issue 11): one entry a week is enough after the first
        # weeks; switching back to every day is one choice here.
        from diary.qt.weekly_offer import weekday_box

        self.how_often = QComboBox()
        self.how_often.addItem(self.tr("Every day"), False)
        self.how_often.addItem(self.tr("Once a week"), True)
        self.how_often.setCurrentIndex(1 if reminder.weekly else 0)
        self.how_often.setAccessibleName(self.tr("How often to remind"))
        self.weekday = weekday_box(reminder.weekday if reminder.weekly else 0)
        self.weekday.setAccessibleName(self.tr("Reminder day"))
        weekly_note = QLabel(
            self.tr(
                "After the first weeks, one entry a week is enough to follow your relief "
                "over months."
            )
        )
        weekly_note.setWordWrap(True)
        for widget in (self.time, self.how_often):
            self.remind.toggled.connect(widget.setEnabled)
            widget.setEnabled(reminder.enabled)
        self.remind.toggled.connect(lambda _on: self._follow_how_often())
        self.how_often.currentIndexChanged.connect(lambda _i: self._follow_how_often())
        self._follow_how_often()
        self.text_size = QComboBox()
        current = float(settings.value("text_scale", 1.0))
        for label, scale in TEXT_SCALES:
            self.text_size.addItem(tl(label), scale)
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i][1] - current))
        self.text_size.setCurrentIndex(index)
        self.text_size.setAccessibleName(self.tr("Text size"))
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(tl(label) if not code else label, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("language", "")))
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.name = QLineEdit(session.setting("patient_name", "") or "")
        self.name.setAccessibleName(self.tr("Name on reports"))
        self.name.setPlaceholderText(self.tr("Optional"))
        note = QLabel(self.tr("A new language applies the next time Relief Diary starts."))
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.remind)
        form.addRow(self.tr("How often"), self.how_often)
        form.addRow(self.tr("on"), self.weekday)
        form.addRow(self.tr("at"), self.time)
        form.addRow(self.tr("Text size"), self.text_size)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Name on reports"), self.name)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(weekly_note)
        layout.addWidget(note)
        layout.addWidget(buttons)
        fit_wrapped(self, 50)  # its rows were squeezed over each other at 200 %

    def _follow_how_often(self) -> None:
        self.weekday.setEnabled(self.remind.isChecked() and bool(self.how_often.currentData()))

    def save(self) -> None:
        at = self.time.time()
        weekday = self.weekday.currentData() if self.how_often.currentData() else None
        save_settings(
            self.settings,
            ReminderSettings(self.remind.isChecked(), dt.time(at.hour(), at.minute()), weekday),
        )
        self.settings.setValue("text_scale", self.text_size.currentData())
        self.settings.setValue("language", self.language.currentData())
        with contextlib.suppress(StoreError):  # a preference: not worth stopping for
            self.session.set_setting("patient_name", self.name.text().strip())
        self.accept()
