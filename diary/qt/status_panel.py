"""StatusPanel: the verdict in plain words, above the chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from diary.core.verdict import Verdict
from diary.core.wording import describe, relief_period, short_date
from diary.qt.theme import banner_style

if TYPE_CHECKING:
    from diary.core.relief import Analysis

_TONES = {
    Verdict.RELIEF_HOLDING: ("#e6f4ea", "#0d4f22"),
    Verdict.PARTIAL_RELIEF: ("#eef3fb", "#123a6b"),
    Verdict.RELIEF_FADING: ("#fff1c2", "#5c3d00"),
    Verdict.RELIEF_ENDED: ("#fde8e4", "#6b1a0d"),
}
_NEUTRAL = ("#eef0f3", "#1a1a1a")


class StatusPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setAccessibleName(self.tr("Relief verdict"))
        self.period = QLabel()
        self.period.setWordWrap(True)
        self.period.setAccessibleName(self.tr("Relief period"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.period)

    def show_analysis(self, analysis: Analysis) -> None:
        status = analysis.status
        bg, fg = _TONES.get(status.verdict, _NEUTRAL)
        self.verdict.setStyleSheet(banner_style(bg, fg))
        self.verdict.setText(describe(status))
        ep = status.episode
        if ep is not None and ep.baseline is not None and ep.baseline.value > 0:
            text = relief_period(ep, status.rules.substantial_percent)
            if ep.best_relief is not None:
                text += self.tr(" · best relief {pct:.0f} % on {day}").format(
                    pct=ep.best_relief, day=short_date(ep.best_relief_day, status.as_of)
                )
            self.period.setText(text)
            self.period.show()
        else:
            self.period.hide()
