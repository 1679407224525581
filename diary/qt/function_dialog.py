"""FunctionDialog: name up to three activities the pain makes hard, with a
procedure, and rate how well they can be done (the Patient-Specific Functional
Scale). The first rating is the baseline, dated the procedure day; later ones are
today's. Nothing is saved until Save, and a failed save keeps what was typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from diary.core.function import MAX_ACTIVITIES, MAX_ACTIVITY_NAME, function_course
from diary.core.records import InvalidRecord, Procedure
from diary.core.wording import short_date
from diary.qt.session import DiarySession
from diary.qt.theme import message_style
from diary.qt.widgets import scrolling
from diary.store import StoreError

EXAMPLES = ("sitting for an hour", "lifting my grandchild", "turning in bed")


class FunctionDialog(QDialog):
    def __init__(
        self,
        session: DiarySession,
        procedure: Procedure,
        today: dt.date,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.session, self.procedure, self.today = session, procedure, today
        self.setWindowTitle(self.tr("Activities and ability"))
        self.activities = session.activities(procedure.id)
        rated = session.ability_ratings_of(procedure.id)
        has_baseline = any(d <= procedure.day for d in rated)
        # The first rating is how things were before the procedure: the baseline.
        self.day = today if has_baseline else min(procedure.day, today)
        intro = QLabel(
            self.tr(
                "Name up to three activities your pain makes hard (for example "
                "“{a}”, “{b}” or “{c}”) and rate how well you can do each: "
                "0 = unable to do it, 10 = as well as before the problem."
            ).format(a=self.tr(EXAMPLES[0]), b=self.tr(EXAMPLES[1]), c=self.tr(EXAMPLES[2]))
        )
        intro.setWordWrap(True)
        if has_baseline:
            when = self.tr("Your ratings for today, {day}:").format(day=short_date(self.day))
        else:
            when = self.tr(
                "Your ratings for just before the procedure of {day} (your starting point):"
            ).format(day=short_date(procedure.day))
        self.when = QLabel(when)
        self.when.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Activity</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Ability (0–10)</b>")), 0, 1)
        self.names: list[QLineEdit] = []
        self.ratings: list[QComboBox] = []
        today_ratings = rated.get(self.day, {})
        for row in range(MAX_ACTIVITIES):
            name = QLineEdit()
            name.setMaxLength(MAX_ACTIVITY_NAME)
            name.setPlaceholderText(
                self.tr("e.g. {example}").format(example=self.tr(EXAMPLES[row]))
            )
            name.setAccessibleName(self.tr("Activity {n}").format(n=row + 1))
            rating = QComboBox()
            rating.addItem(self.tr("not rated"), None)
            for value in range(11):
                rating.addItem(str(value), value)
            rating.setAccessibleName(self.tr("Ability in activity {n}, 0 to 10").format(n=row + 1))
            if row < len(self.activities):
                act = self.activities[row]
                name.setText(act.name)
                # A rated activity keeps its name: its ratings must stay comparable.
                name.setReadOnly(any(act.id in day for day in rated.values()))
                rating.setCurrentIndex(rating.findData(today_ratings.get(act.id)))
            grid.addWidget(name, row + 1, 0)
            grid.addWidget(rating, row + 1, 1)
            self.names.append(name)
            self.ratings.append(rating)
        grid.setColumnStretch(0, 1)
        self.plot = None
        if rated:
            from diary.qt.function_plot import FunctionPlot  # pyqtgraph only when needed

            self.plot = FunctionPlot()
            self.plot.set_course(
                function_course(procedure, self.activities, session.ability_ratings())
            )
        self.message = QLabel()
        self.message.setStyleSheet(message_style(ok=False))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        for b in buttons.buttons():
            b.setMinimumHeight(44)
        # Very large text on a small screen scrolls instead of squeezing the rows.
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addWidget(self.when)
        column.addLayout(grid)
        if self.plot is not None:
            column.addWidget(self.plot, 1)
        column.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(body), 1)
        layout.addWidget(buttons)
        hint = body.sizeHint()
        width = max(640, hint.width() + 40)
        height = hint.height() + buttons.sizeHint().height() + 60
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.9))
        self.resize(width, height)

    def save(self) -> bool:
        names = [n.text().strip() for n in self.names]
        if not any(names):
            self.message.setText("⚠ " + self.tr("Name at least one activity."))
            return False
        try:
            acts = self.session.set_activities(self.procedure.id, [n for n in names if n])
            by_name = {a.name.casefold(): a.id for a in acts}
            values = {}
            for name, rating in zip(names, self.ratings, strict=True):
                key = " ".join(name.split()).casefold()
                if name and rating.currentData() is not None and key in by_name:
                    values[by_name[key]] = rating.currentData()
            if values:
                self.session.rate_activities(self.day, values)
        except (InvalidRecord, StoreError) as exc:
            self.message.setText("⚠ " + str(exc))
            return False
        self.accept()
        return True
