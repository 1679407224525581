"""The welcome on the first start: what the ratings mean, the procedure (every field
skippable and editable later), the reminder time, and where the diary is kept.

It never swallows the first ratings: its last page has the focus on "Start", says
what to type after it, and a rating typed there ("7 3 2 Enter") closes the welcome
and goes on to the window's rating pad, where Enter saves it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from diary.core.records import Procedure
from diary.core.reminders import ReminderSettings
from diary.qt.dialog_size import fit_to_text
from diary.qt.dialogs import ProcedureFields
from diary.qt.qdates import TimeField
from diary.qt.rating_pad import ten_key
from diary.qt.reminder import save_settings
from diary.qt.session import DiarySession
from diary.qt.tick_style import large_tick
from diary.qt.widgets import scrolling
from diary.store import StoreError
from diary.store.backup import backup_dir


def _text_page(title: str, html: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    label = QLabel(html)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    scroll = scrolling(label, title)  # very large text scrolls instead of being cut
    QVBoxLayout(page).addWidget(scroll)
    return page


class WelcomeWizard(QWizard):
    def __init__(
        self,
        session: DiarySession,
        settings: QSettings,
        parent: QWidget | None = None,
        type_ahead: QWidget | None = None,
    ):
        """``type_ahead``: the rating pad that ratings typed on the last page go to."""
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.type_ahead = type_ahead
        self.setWindowTitle(self.tr("Welcome to Relief Diary"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Start"))
        self.currentIdChanged.connect(self._page_changed)
        self.addPage(
            _text_page(
                self.tr("Three ratings a day"),
                self.tr(
                    "<p>Each day, rate three things from <b>0 (none)</b> to <b>10 (worst "
                    "imaginable)</b>:</p><ul><li><b>Pain</b>: the pain the procedure was meant "
                    "to treat.</li><li><b>Numbness</b>: numb or tingling skin where you were "
                    "treated (common for a while).</li><li><b>Soreness</b>: where the needles "
                    "went in (common for the first days).</li></ul>"
                ),
            )
        )
        self.addPage(self._procedure_page())
        self.addPage(self._reminder_page())
        path = session.path
        self.addPage(
            _text_page(
                self.tr("Your diary stays with you"),
                self.tr(
                    "<p>Your diary is kept on this computer only, readable by you alone:</p>"
                    "<p><code>{path}</code></p><p>It is backed up every day to</p>"
                    "<p><code>{backups}</code></p><p>Nothing leaves this computer unless you "
                    "export or print it. Help (F1) explains everything again.</p>"
                ).format(path=path, backups=backup_dir(path))
                + self.tr(
                    "<p><b>Press Start</b>, then rate your day: type the three numbers and "
                    "press Enter, for example <b>7 3 2 Enter</b>. <b>{ten}</b> types 10.</p>"
                ).format(ten=ten_key()),
            )
        )
        fit_to_text(self, height_share=0.8)

    def _procedure_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Your procedure"))
        page.setSubTitle(
            self.tr(
                "Every field can be left out and changed later. Leave the page as it is "
                "to add your procedure later."
            )
        )
        self.skip_procedure = large_tick(QCheckBox(self.tr("I will add my procedure later")))
        self.proc = ProcedureFields(self.session.today(), with_note=False)
        self._touched = False  # Enter, Enter, Enter must not invent a procedure
        self.proc.edited.connect(lambda: setattr(self, "_touched", True))
        self.skip_procedure.toggled.connect(self.proc.setDisabled)
        layout = QVBoxLayout(page)
        layout.addWidget(self.skip_procedure)
        layout.addWidget(self.proc)
        return page

    def _reminder_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("A daily reminder"))
        self.remind = large_tick(QCheckBox(self.tr("Remind me if I have not rated my day")))
        self.remind.setChecked(True)
        self.remind_time = TimeField(QTime(19, 0))
        self.remind_time.setAccessibleName(self.tr("Reminder time"))
        self.remind.toggled.connect(self.remind_time.setEnabled)
        form = QFormLayout(page)
        form.addRow(self.remind)
        form.addRow(self.tr("at"), self.remind_time)
        return page

    def _page_changed(self, _page_id: int) -> None:
        if self.currentId() == self.pageIds()[-1]:  # Enter now means "Start"
            start = self.button(QWizard.WizardButton.FinishButton)
            start.setDefault(True)
            # Once the wizard has shown the button (after this signal).
            QTimer.singleShot(0, lambda: start.setFocus(Qt.FocusReason.OtherFocusReason))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # A rating typed on the last page: start, and let the pad have it.
        text = event.text()
        on_last = self.currentId() == self.pageIds()[-1]
        rating_key = len(text) == 1 and (
            text.isdigit() and text.isascii() or text.upper() == ten_key().upper()
        )
        if on_last and rating_key and self.type_ahead is not None:
            pad = self.type_ahead
            self.accept()
            if self.result() == QWizard.DialogCode.Accepted:
                pad.window().activateWindow()
                pad.setFocus(Qt.FocusReason.OtherFocusReason)
                QApplication.sendEvent(
                    pad, QKeyEvent(event.type(), event.key(), event.modifiers(), text)
                )
            return
        super().keyPressEvent(event)

    def procedure(self) -> Procedure | None:
        if self.skip_procedure.isChecked() or not self._touched:
            return None
        return self.proc.procedure()

    def accept(self) -> None:
        at = self.remind_time.time()
        save_settings(
            self.settings,
            ReminderSettings(self.remind.isChecked(), dt.time(at.hour(), at.minute())),
        )
        proc = self.procedure()
        if proc is not None:
            try:
                self.session.add_procedure(proc)
            except StoreError as exc:
                self.button(QWizard.WizardButton.FinishButton).setToolTip(str(exc))
                return
        self.settings.setValue("welcome/done", True)
        super().accept()

    def reject(self) -> None:
        self.settings.setValue("welcome/done", True)  # "skip": not shown again
        super().reject()


def needs_welcome(session: DiarySession, settings: QSettings) -> bool:
    if settings.value("welcome/done", False, type=bool):
        return False
    return not session.procedures() and session.count_entries() == 0
