"""The welcome on the first start: what the ratings mean, the procedure (every field
skippable and editable later), the reminder time, and where the diary is kept."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from diary.core.records import KIND_LABELS, SIDE_LABELS, Procedure, ProcedureKind, Side
from diary.core.reminders import ReminderSettings
from diary.qt.reminder import save_settings
from diary.qt.session import DiarySession
from diary.store import StoreError
from diary.store.backup import backup_dir


def _text_page(title: str, html: str) -> QWizardPage:
    page = QWizardPage()
    page.setTitle(title)
    label = QLabel(html)
    label.setWordWrap(True)
    QVBoxLayout(page).addWidget(label)
    return page


class WelcomeWizard(QWizard):
    def __init__(self, session: DiarySession, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.settings = session, settings
        self.setWindowTitle(self.tr("Welcome to Relief Diary"))
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.addPage(
            _text_page(
                self.tr("Three ratings a day"),
                self.tr(
                    "<p>Each day, rate three things from <b>0 (none)</b> to <b>10 (worst "
                    "imaginable)</b>:</p><ul><li><b>Pain</b>: the pain the procedure was meant "
                    "to treat.</li><li><b>Numbness</b>: numb or tingling skin where you were "
                    "treated (common for a while).</li><li><b>Soreness</b>: where the needles "
                    "went in (common for the first days).</li></ul><p>Type the three numbers and "
                    "press Enter: <b>7 3 2 Enter</b>. <b>T</b> types 10.</p>"
                ),
            )
        )
        self.addPage(self._procedure_page())
        self.addPage(self._reminder_page())
        path = session.store.path
        self.addPage(
            _text_page(
                self.tr("Your diary stays with you"),
                self.tr(
                    "<p>Your diary is kept on this computer only, readable by you alone:</p>"
                    "<p><code>{path}</code></p><p>It is backed up every day to</p>"
                    "<p><code>{backups}</code></p><p>Nothing leaves this computer unless you "
                    "export or print it. Help (F1) explains everything again.</p>"
                ).format(path=path, backups=backup_dir(path)),
            )
        )
        self.resize(720, 560)

    def _procedure_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("Your procedure"))
        page.setSubTitle(self.tr("Every field can be left out and changed later."))
        self.skip_procedure = QCheckBox(self.tr("I will add my procedure later"))
        today = self.session.today()
        self.proc_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.proc_date.setCalendarPopup(True)
        self.proc_date.setDisplayFormat("ddd d MMM yyyy")
        self.proc_date.setAccessibleName(self.tr("Procedure date"))
        self.proc_kind = QComboBox()
        for kind in ProcedureKind:
            self.proc_kind.addItem(self.tr(KIND_LABELS[kind]), kind.value)
        self.proc_kind.setAccessibleName(self.tr("Kind of procedure"))
        self.proc_levels = QLineEdit()
        self.proc_levels.setPlaceholderText(self.tr("e.g. T6–T8"))
        self.proc_levels.setAccessibleName(self.tr("Levels"))
        self.proc_side = QComboBox()
        self.proc_side.addItem(self.tr("Not recorded"), None)
        for side in Side:
            self.proc_side.addItem(self.tr(SIDE_LABELS[side]), side.value)
        self.proc_side.setAccessibleName(self.tr("Side"))
        self.proc_baseline = QComboBox()
        self.proc_baseline.addItem(self.tr("Not recorded"), None)
        for value in range(11):
            self.proc_baseline.addItem(str(value), value)
        self.proc_baseline.setAccessibleName(self.tr("Usual pain before the procedure"))
        form = QFormLayout(page)
        form.addRow(self.skip_procedure)
        form.addRow(self.tr("Date"), self.proc_date)
        form.addRow(self.tr("Kind"), self.proc_kind)
        form.addRow(self.tr("Levels"), self.proc_levels)
        form.addRow(self.tr("Side"), self.proc_side)
        form.addRow(self.tr("Your usual pain before it (0–10)"), self.proc_baseline)
        fields = (
            self.proc_date,
            self.proc_kind,
            self.proc_levels,
            self.proc_side,
            self.proc_baseline,
        )
        self.skip_procedure.toggled.connect(lambda skip: [f.setDisabled(skip) for f in fields])
        return page

    def _reminder_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(self.tr("A daily reminder"))
        self.remind = QCheckBox(self.tr("Remind me if I have not rated my day"))
        self.remind.setChecked(True)
        self.remind_time = QTimeEdit(QTime(19, 0))
        self.remind_time.setDisplayFormat("HH:mm")
        self.remind_time.setAccessibleName(self.tr("Reminder time"))
        self.remind.toggled.connect(self.remind_time.setEnabled)
        form = QFormLayout(page)
        form.addRow(self.remind)
        form.addRow(self.tr("at"), self.remind_time)
        return page

    def procedure(self) -> Procedure | None:
        if self.skip_procedure.isChecked():
            return None
        return Procedure(
            self.proc_date.date().toPython(),
            self.proc_kind.currentData(),
            self.proc_levels.text().strip(),
            self.proc_side.currentData(),
            self.proc_baseline.currentData(),
        )

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
    return not session.store.procedures() and session.store.count_entries() == 0
