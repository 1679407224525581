"""AppointmentPrompts: the banner that asks, in the window and never as a modal
dialog, what the doctor and the payer will ask for: the global impression (PGIC) at
4 weeks, 3, 6 and 12 months after a procedure, naming the activities that the pain
makes hard with a new procedure, and re-rating them once a week. Each question can
be skipped; a skipped PGIC time point is recorded as skipped and not asked again."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.function import PGIC_POINTS, PgicAnswer, Prompt, appointment_prompt
from diary.core.i18n import tl
from diary.core.wording import short_date
from diary.qt.session import DiarySession
from diary.qt.theme import banner_style, banner_text_style
from diary.store import StoreError

SNOOZE_KEY = "function_prompt_snoozed_until"
SNOOZE_DAYS = {"name": 1, "first": 1, "rerate": 7}  # "not now": ask again tomorrow / next week
POINT_WORDS = dict(PGIC_POINTS)  # "4 weeks" … "12 months", translated as labels


class AppointmentPrompts(QFrame):
    openFunction = Signal(object)  # the procedure whose activities to name or rate

    def __init__(self, session: DiarySession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.prompt: Prompt | None = None
        self.room = True  # False: the window needs this height for the chart just now
        self.setObjectName("appointmentPrompts")
        self.setStyleSheet(
            "QFrame#appointmentPrompts { " + banner_style("#eef6e8", "#1d3a12") + " }"
        )
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(banner_text_style("#1d3a12"))
        self.primary = QPushButton()
        self.skip = QPushButton()
        for b in (self.primary, self.skip):
            b.setMinimumHeight(44)
        self.primary.clicked.connect(self._primary)
        self.skip.clicked.connect(self._skip)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()  # an empty line otherwise; shown with a message
        # The question and its two buttons side by side: two lines high at most, so
        # that it can sit above the tabs (seen on every tab) without taking the chart's
        # room on a short screen. The PGIC's seven answers open in their own dialog.
        layout = QVBoxLayout(self)
        body = QHBoxLayout()
        body.addWidget(self.text, 1)
        body.addWidget(self.primary, 0, Qt.AlignmentFlag.AlignVCenter)
        body.addWidget(self.skip, 0, Qt.AlignmentFlag.AlignVCenter)
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

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, prompt: Prompt | None) -> None:
        self._say("")
        if prompt is None:
            self.hide()
            return
        day = short_date(prompt.procedure.day, self.session.today())
        if prompt.kind == "pgic":
            # One line here; the full question is in the dialog that "Answer…" opens.
            self.text.setText(
                self.tr("<b>{when} since your procedure of {day}:</b> how are you overall?").format(
                    when=tl(POINT_WORDS[prompt.point_days]), day=day
                )
            )
            self.primary.setText(self.tr("Answer…"))
            self.skip.setText(self.tr("Skip this question"))
        elif prompt.kind == "name":
            self.text.setText(
                self.tr(
                    "<b>Your procedure of {day}:</b> name up to three activities your pain "
                    "makes hard, and rate them."
                ).format(day=day)
            )
            self.primary.setText(self.tr("Name activities…"))
            self.skip.setText(self.tr("Not now"))
        elif prompt.kind == "first":
            self.text.setText(
                self.tr(
                    "<b>Your activities are named.</b> Now rate the same activities as they "
                    "are today (a few seconds)."
                )
            )
            self.primary.setText(self.tr("Rate activities…"))
            self.skip.setText(self.tr("Not now"))
        else:
            self.text.setText(
                self.tr(
                    "<b>A week has passed:</b> please rate your activities again (a few seconds)."
                )
            )
            self.primary.setText(self.tr("Rate activities…"))
            self.skip.setText(self.tr("Not this week"))
        self.setVisible(self.room)

    def set_room(self, room: bool) -> None:
        """Whether the banner may take its height now (a question waits otherwise)."""
        self.room = room
        self.setVisible(room and self.prompt is not None)

    def _question(self, prompt: Prompt) -> str:
        day = short_date(prompt.procedure.day, self.session.today())
        return self.tr(
            "<b>{when} since your procedure of {day}.</b> Since the procedure, how "
            "would you describe the change in your pain condition overall?"
        ).format(when=tl(POINT_WORDS[prompt.point_days]), day=day)

    def _primary(self) -> None:
        prompt = self.prompt
        if prompt is None:
            return
        if prompt.kind != "pgic":
            self.openFunction.emit(prompt.procedure)
            return
        from diary.qt.pgic_dialog import PgicDialog  # only when the patient answers

        dialog = PgicDialog(
            self._question(prompt), lambda answer: self._write_pgic(prompt, answer), self
        )
        if dialog.exec():
            self.refresh()

    def _write_pgic(self, prompt: Prompt, answer: int | None) -> str | None:
        """Save an answer (None: skipped); the reason when it could not be saved."""
        try:
            self.session.save_pgic(
                PgicAnswer(prompt.procedure.id, prompt.point_days, self.session.today(), answer)
            )
        except StoreError as exc:
            return str(exc)
        return None

    def _save_pgic(self, prompt: Prompt, answer: int | None) -> None:
        problem = self._write_pgic(prompt, answer)
        if problem:
            self._say("⚠ " + problem)
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
            self._say("⚠ " + str(exc))
            return
        self.refresh()
