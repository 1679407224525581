"""AppointmentPrompts: the banner that asks, in the window and never as a modal
dialog, what the doctor and the payer will ask for: the global impression (PGIC) at
4 weeks, 3, 6 and 12 months after a procedure, naming the activities that the pain
makes hard with a new procedure, and re-rating them once a week. Each question can
be skipped; a skipped PGIC time point is recorded as skipped and not asked again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.function import PGIC_ANSWERS, PgicAnswer, Prompt, appointment_prompt
from diary.core.i18n import tl
from diary.core.wording import short_date
from diary.qt.session import DiarySession
from diary.qt.theme import banner_style, banner_text_style
from diary.qt.tick_style import large_tick
from diary.store import StoreError

SNOOZE_KEY = "function_prompt_snoozed_until"
SNOOZE_DAYS = {"name": 1, "rerate": 7}  # "not now": ask again tomorrow / next week
POINT_WORDS = {28: "4 weeks", 91: "3 months", 182: "6 months", 365: "12 months"}


class AppointmentPrompts(QFrame):
    openFunction = Signal(object)  # the procedure whose activities to name or rate

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.prompt: Prompt | None = None
        self.setObjectName("appointmentPrompts")
        self.setStyleSheet(
            "QFrame#appointmentPrompts { " + banner_style("#eef6e8", "#1d3a12") + " }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(banner_text_style("#1d3a12"))
        self.answers = QWidget()
        # Two columns (improved | no change and worse): the banner stays short enough
        # for the form to keep its place beside or below it.
        answers = QGridLayout(self.answers)
        answers.setContentsMargins(0, 0, 0, 0)
        self.group = QButtonGroup(self)
        for value, label in PGIC_ANSWERS.items():
            radio = large_tick(QRadioButton(f"{value}  {tl(label)}"))
            self.group.addButton(radio, value)
            answers.addWidget(radio, (value - 1) % 4, (value - 1) // 4)
        self.primary = QPushButton()
        self.skip = QPushButton()
        for b in (self.primary, self.skip):
            b.setMinimumHeight(44)
        self.primary.clicked.connect(self._primary)
        self.skip.clicked.connect(self._skip)
        self.message = QLabel()
        self.message.setWordWrap(True)
        row = QVBoxLayout()
        row.addWidget(self.primary)
        row.addWidget(self.skip)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        body = QHBoxLayout()  # the answers, with the buttons at their side
        body.addWidget(self.answers, 1)
        body.addLayout(row)
        layout.addLayout(body)
        layout.addWidget(self.message)
        self.hide()

    def refresh(self) -> None:
        today = self.session.today()
        try:
            asked: dict[int, set[int]] = {}
            for a in self.session.pgic_answers():
                asked.setdefault(a.procedure_id, set()).add(a.point_days)
            snoozed = self.session.setting(SNOOZE_KEY)
            procedures = self.session.procedures()
            newest = max(
                (p for p in procedures if p.kind.value != "block" and p.day <= today),
                key=lambda p: (p.day, p.id or 0),
                default=None,
            )
            rated = self.session.ability_ratings_of(newest.id) if newest else {}
            self.prompt = appointment_prompt(
                procedures,
                self.session.activities(),
                max(rated) if rated else None,
                asked,
                today,
                dt.date.fromisoformat(snoozed) if snoozed else None,
            )
        except (StoreError, ValueError):
            self.prompt = None
        self._show(self.prompt)

    def _show(self, prompt: Prompt | None) -> None:
        self.message.clear()
        if prompt is None:
            self.hide()
            return
        day = short_date(prompt.procedure.day, self.session.today())
        self.answers.setVisible(prompt.kind == "pgic")
        if prompt.kind == "pgic":
            self.group.setExclusive(False)
            for b in self.group.buttons():
                b.setChecked(False)
            self.group.setExclusive(True)
            self.text.setText(
                self.tr(
                    "<b>{when} since your procedure of {day}.</b> Since the procedure, how "
                    "would you describe the change in your pain condition overall?"
                ).format(when=self.tr(POINT_WORDS[prompt.point_days]), day=day)
            )
            self.primary.setText(self.tr("Save my answer"))
            self.skip.setText(self.tr("Skip this question"))
        elif prompt.kind == "name":
            self.text.setText(
                self.tr(
                    "<b>Your procedure of {day}:</b> name up to three activities your pain "
                    "makes hard, and rate them. Your doctor can then see how your "
                    "function changes, not only your pain."
                ).format(day=day)
            )
            self.primary.setText(self.tr("Name activities…"))
            self.skip.setText(self.tr("Not now"))
        else:
            self.text.setText(
                self.tr(
                    "<b>A week has passed:</b> please rate your activities again (a few seconds)."
                )
            )
            self.primary.setText(self.tr("Rate activities…"))
            self.skip.setText(self.tr("Not this week"))
        self.show()

    def _primary(self) -> None:
        prompt = self.prompt
        if prompt is None:
            return
        if prompt.kind != "pgic":
            self.openFunction.emit(prompt.procedure)
            return
        answer = self.group.checkedId()
        if answer < 1:
            self.message.setText("⚠ " + self.tr("Choose one answer, or skip the question."))
            return
        self._save_pgic(prompt, answer)

    def _save_pgic(self, prompt: Prompt, answer: int | None) -> None:
        try:
            self.session.save_pgic(
                PgicAnswer(prompt.procedure.id, prompt.point_days, self.session.today(), answer)
            )
        except StoreError as exc:
            self.message.setText("⚠ " + str(exc))  # the choice stays on screen
            return
        self.refresh()

    def _skip(self) -> None:
        prompt = self.prompt
        if prompt is None:
            return
        if prompt.kind == "pgic":
            self._save_pgic(prompt, None)  # recorded as skipped: not asked again
            return
        until = self.session.today() + dt.timedelta(days=SNOOZE_DAYS[prompt.kind])
        try:
            self.session.set_setting(SNOOZE_KEY, until.isoformat())
        except StoreError as exc:
            self.message.setText("⚠ " + str(exc))
            return
        self.refresh()
