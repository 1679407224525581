"""BlockDayWindow: the guided hours after a diagnostic medial branch block.

A pre-block rating (left and right), the moment the block was given, then prompts
every 15 minutes for an hour and hourly for 8 hours, a live chart of % relief with
the 80 % line, and the summary. Prompts tick against the wall clock every 20 s,
so a computer that slept still asks once it wakes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.block_day import SIDES, BlockReading, due_prompt, prompt_status, summarise
from diary.core.records import Procedure
from diary.core.rules import ReliefRules
from diary.qt.chart_style import BLOCK_RELIEF_RANGE, INK, RELIEF_LEVEL_STYLE, SCHEMES, SIDE_SERIES
from diary.qt.notifier import Notifier
from diary.qt.rating_pad import RatingPad
from diary.qt.session import DiarySession
from diary.qt.theme import banner_style, message_style, primary_button_style
from diary.qt.widgets import scrolling
from diary.store import StoreError


class BlockDayWindow(QDialog):
    def __init__(
        self,
        session: DiarySession,
        procedure: Procedure,
        rules: ReliefRules,
        now: Callable[[], dt.datetime] = dt.datetime.now,
        parent: QWidget | None = None,
        save_procedure: Callable[[Procedure], Procedure] | None = None,
        cancel_procedure: Callable[[Procedure], None] | None = None,
    ):
        """``procedure`` may be unsaved (no id): it is written, with
        ``save_procedure`` (default: the session's, undoable), only together with the
        pre-block rating, so opening the window and closing it again records nothing.
        ``cancel_procedure`` (default: undo that addition) takes it back when the
        rating then cannot be written."""
        super().__init__(parent)
        self.session, self.procedure, self.rules, self.now = session, procedure, rules, now
        self._save_procedure = save_procedure or session.add_procedure
        self._cancel_procedure = cancel_procedure or (lambda _p: session.undo_stack.undo())
        self.setWindowTitle(self.tr("Block day"))
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.instructions = QLabel(
            self.tr(
                "Rate only the pain the block is for, left and right separately, while "
                "doing something that usually hurts. No naps and no pain medication "
                "until the last rating. Type a number for each side, then Enter."
            )
        )
        self.instructions.setWordWrap(True)
        self.step = QLabel()
        self.step.setWordWrap(True)
        self.step.setStyleSheet("font-weight: bold; font-size: 120%;")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(banner_style("#fff1c2", "#5c3d00"))
        self.banner.hide()
        self.pad = RatingPad([("left", self.tr("Left side")), ("right", self.tr("Right side"))])
        self.save_button = QPushButton()
        self.save_button.setMinimumHeight(44)
        self.save_button.setStyleSheet(primary_button_style())
        self.save_button.clicked.connect(self.save_rating)
        self.given_button = QPushButton(self.tr("The block has been given now"))
        self.given_button.setMinimumHeight(44)
        self.given_button.clicked.connect(self.block_given)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.schedule = QLabel()
        self.schedule.setWordWrap(True)
        self.schedule.setTextFormat(Qt.TextFormat.RichText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Block day summary"))
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMinimumHeight(260)
        self.plot.setAccessibleName(self.tr("Relief after the block"))
        self.plot.setLabel("left", self.tr("Relief (%)"))
        # x is minutes after the block; the axis reads as clock times.
        self.plot.setLabel("bottom", self.tr("Time"))
        self.plot.setYRange(*BLOCK_RELIEF_RANGE)
        self.plot.setXRange(-30, 570, padding=0)  # room for the first and last times
        self.plot.setMouseEnabled(x=False, y=False)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(INK)
            axis.setTextPen(INK)
        self.plot.addItem(
            pg.InfiniteLine(
                pos=rules.block_percent,
                angle=0,
                pen=pg.mkPen(SCHEMES["light"]["reference"], width=2, style=RELIEF_LEVEL_STYLE),
                label=f"{rules.block_percent:.0f} %",
                # Right-aligned inside the plot: at large text it was cut by the edge.
                labelOpts={"color": INK, "position": 0.98, "anchors": [(1, 1), (1, 1)]},
            )
        )
        # The legend in the window's text size (pyqtgraph's default is 9 pt).
        self.plot.addLegend(
            offset=(-10, -10),  # bottom right: relief is high early, at the top left
            labelTextColor=INK,
            labelTextSize=f"{self.font().pointSizeF():.0f}pt",
        )
        self.curves = {
            side: self.plot.plot(
                name=self.tr(side.capitalize()),
                pen=pg.mkPen(SIDE_SERIES[side][0], width=3, style=SIDE_SERIES[side][1]),
                symbol=SIDE_SERIES[side][2],
                symbolBrush=SIDE_SERIES[side][0],
                symbolPen=None,
            )
            for side in SIDES
        }
        # One above the other: side by side they are wider than the pad at 200 %.
        buttons = QVBoxLayout()
        for widget in (self.given_button, self.save_button):  # the next step first
            buttons.addWidget(widget, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.message)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.instructions)
        layout.addWidget(self.banner)
        layout.addWidget(self.step)
        layout.addWidget(self.pad)
        layout.addLayout(buttons)
        layout.addWidget(self.schedule)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        # Very large text must scroll, never squash the pad or the chart.
        QVBoxLayout(self).addWidget(scrolling(body, self.tr("Block day")))
        self.notifier = Notifier(self, self._show_banner)
        self._notified: dt.datetime | None = None
        self._clock = QTimer(self)
        self._clock.timeout.connect(self.tick)
        self._clock.start(20_000)
        # As large as the content asks (very large text), within the screen.
        hint = body.sizeHint()
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = max(900, hint.width() + 40), max(860, hint.height() + 40)
        if screen is not None and screen.width() > 0:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)
        self.refresh()
        self.pad.setFocus()

    # State ----------------------------------------------------------------------

    def readings(self) -> list[BlockReading]:
        if self.procedure.id is None:
            return []  # not recorded until the pre-block rating is saved
        return self.session.block_readings(self.procedure.id)

    def block_at(self) -> dt.datetime | None:
        if self.procedure.id is None:
            return None
        return self.session.block_time(self.procedure.id)

    def refresh(self) -> None:
        block_at = self.block_at()
        readings = self.readings()
        pre_done = any(r.before_block for r in readings)
        if not pre_done:
            self.step.setText(self.tr("Step 1: before the block, rate your usual pain now."))
            self.save_button.setText(self.tr("Save the pre-block rating"))
        elif block_at is None:
            self.step.setText(
                self.tr("Step 2: press “The block has been given now” once it has been given.")
            )
            self.save_button.setText(self.tr("Change the pre-block rating"))
        else:
            self.step.setText(self.tr("Step 3: rate your pain at the times below."))
            self.save_button.setText(self.tr("Save rating"))
        waiting = pre_done and block_at is None
        self.given_button.setVisible(waiting)
        # The blue button is always the next step.
        self.given_button.setStyleSheet(primary_button_style() if waiting else "")
        self.save_button.setStyleSheet("" if waiting else primary_button_style())
        self._clock_axis(block_at)
        self._show_schedule(block_at, readings)
        summary = summarise(readings, self.rules.block_percent, self.rules.meaningful_percent)
        for side, s in summary.items():
            if block_at is None or not s.points:
                self.curves[side].setData([], [])
                continue
            x = [(t - block_at).total_seconds() / 60 for t, _v in s.points]
            self.curves[side].setData(x, [v for _t, v in s.points])
        self.summary.setText(self._summary_text(summary))

    def _clock_axis(self, block_at: dt.datetime | None) -> None:
        """Hours after the block labelled with the clock time (09:00, 10:00 …)."""
        axis = self.plot.getAxis("bottom")
        if block_at is None:
            axis.setTicks([[(m, "") for m in range(0, 541, 60)]])
            return
        major = [(m, f"{block_at + dt.timedelta(minutes=m):%H:%M}") for m in range(0, 541, 60)]
        minor = [(m, "") for m in range(15, 60, 15)]
        axis.setTicks([major, minor])

    def _show_schedule(self, block_at, readings) -> None:
        if block_at is None:
            self.schedule.setText("")
            return
        answered = [r.at for r in readings if not r.before_block]
        marks = {"done": " ✓", "missed": " ✗", "due": " ●", "upcoming": ""}
        parts = []
        for t, state in prompt_status(block_at, self.now(), answered):
            text = f"{t:%H:%M}{marks[state]}"
            parts.append(f"<b>{text}</b>" if state == "due" else text)
        self.schedule.setText(
            self.tr("Ratings due at (✓ done, ● now, ✗ missed): ") + " · ".join(parts)
        )

    def _summary_text(self, summary) -> str:
        lines = []
        for side in SIDES:
            s = summary[side]
            title = self.tr("Left") if side == "left" else self.tr("Right")
            if s.before is None:
                continue
            if s.peak_relief is None:
                lines.append(
                    f"<b>{title}</b>: "
                    + self.tr("before the block {b}; no ratings after it yet").format(b=s.before)
                )
                continue
            line = self.tr("before the block {b}; peak relief {p:.0f} % at {t}").format(
                b=s.before, p=s.peak_relief, t=f"{s.peak_at:%H:%M}"
            )
            if s.minutes_at_threshold is not None:
                held = self.tr(" (still at the last rating)") if s.threshold_held_to_end else ""
                line += self.tr("; at or above {lvl:.0f} % for {m} minutes{held}").format(
                    lvl=self.rules.block_percent, m=s.minutes_at_threshold, held=held
                )
            else:
                line += self.tr("; never at or above {lvl:.0f} %").format(
                    lvl=self.rules.block_percent
                )
            if s.pain_back_at is not None:
                line += self.tr("; pain came back at {t}").format(t=f"{s.pain_back_at:%H:%M}")
            lines.append(f"<b>{title}</b>: {line}")
        return "<br>".join(lines)

    # Actions --------------------------------------------------------------------

    def save_rating(self) -> bool:
        values = self.pad.values()
        if all(v is None for v in values.values()):
            self._say(self.tr("Choose a rating for at least one side."), error=True)
            return False
        pre = self.block_at() is None
        at = self.now().replace(second=0, microsecond=0)
        readings = [BlockReading(at, side, v, pre) for side, v in values.items() if v is not None]
        new = self.procedure.id is None
        try:
            if new:
                self.procedure = self._save_procedure(self.procedure)
            self.session.add_block_readings(self.procedure.id, readings)
        except StoreError as exc:
            if new and self.procedure.id is not None:  # no block without its rating
                try:
                    self._cancel_procedure(self.procedure)
                    self.procedure = self.procedure.replace(id=None)
                except StoreError:
                    pass  # kept: the patient sees the error and can delete it
            self._say(str(exc), error=True)
            return False
        self._say(self.tr("✓ Saved at {t}.").format(t=f"{at:%H:%M}"))
        self.pad.clear()
        self.banner.hide()
        self.refresh()
        return True

    def block_given(self) -> None:
        if self.procedure.id is None:
            return  # the pre-block rating first
        try:
            self.session.set_block_time(
                self.procedure.id, self.now().replace(second=0, microsecond=0)
            )
        except StoreError as exc:
            self._say(str(exc), error=True)
            return
        self.refresh()
        self.pad.setFocus()

    def tick(self) -> None:
        block_at = self.block_at()
        if block_at is None:
            return
        answered = [r.at for r in self.readings() if not r.before_block]
        due = due_prompt(block_at, self.now(), answered)
        if due is not None and due != self._notified:
            self._notified = due
            self.notifier.notify(
                self.tr("Block day"),
                self.tr("It is time to rate your pain ({t}).").format(t=f"{due:%H:%M}"),
            )
        self.refresh()

    def closeEvent(self, event) -> None:  # noqa: N802
        self._clock.stop()  # no more prompts once the block day is closed
        super().closeEvent(event)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.show()

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(message_style(ok=not error))
        self.message.setText(("⚠ " if error else "") + text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_rating()
            return
        super().keyPressEvent(event)
