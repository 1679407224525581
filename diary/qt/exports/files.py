"""Report and chart files from a diary, for the window and the command line alike.

Everything is rendered to bytes first and then written user-only with a temporary
file renamed into place (diary.files), so an interrupted export leaves no half file.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

from diary.core.chart_data import chart_data, clip
from diary.exports.report_data import ReportData, report_data
from diary.exports.report_details import report_extras
from diary.files import write_private
from diary.store import DiaryStore


def ensure_application():
    """A QApplication; offscreen when there is no screen (the command line)."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from diary.qt.application import make_application
    from diary.qt.language import install_language

    app = make_application()
    install_language(app, QSettings().value("language", "") or None)  # the report's language
    return app


def build_report_data(store: DiaryStore, start: dt.date | None, end: dt.date | None) -> ReportData:
    procedures = store.procedures()
    return report_data(
        store.entries(),
        procedures,
        store.rules(),
        end or dt.date.today(),
        start,
        report_extras(store, procedures),
    )


def chart_title(data: ReportData) -> str:
    from diary.core.i18n import tr
    from diary.core.wording import short_date

    return tr("chart", "Pain, numbness and soreness, {start} – {end}").format(
        start=short_date(data.start), end=short_date(data.end)
    )


def export_chart(data: ReportData, scale: float = 1.0, size=None, text_px: int | None = None):
    from diary.qt.exports.chart_export import EXPORT_SIZE, TEXT_PX, ExportChart

    full = chart_data(data.analysis, data.entries, data.procedures)
    rules = data.rules
    levels = (rules.meaningful_percent, rules.substantial_percent, rules.block_percent)
    return ExportChart(
        clip(full, data.start, data.end),
        levels,
        chart_title(data),
        scale,
        size or EXPORT_SIZE,
        text_px or TEXT_PX,
    )


def chart_bytes(data: ReportData, kind: str, size=None, text_px: int | None = None) -> bytes:
    from diary.qt.exports.chart_export import PNG_SCALE, chart_png, chart_svg

    chart = export_chart(data, 1.0 if kind == "svg" else PNG_SCALE, size, text_px)
    try:
        return chart_svg(chart) if kind == "svg" else chart_png(chart)
    finally:
        chart.deleteLater()


def report_bytes(data: ReportData, patient: str) -> bytes:
    from diary.qt.exports.report import report_pdf

    return report_pdf(data, patient, report_chart(data))


def report_chart(data: ReportData) -> bytes:
    """The chart as it goes on the report's page 1 (text at least 8 pt on paper)."""
    from diary.qt.exports.chart_export import REPORT_SIZE, REPORT_TEXT_PX

    return chart_bytes(data, "png", REPORT_SIZE, REPORT_TEXT_PX)


def export_chart_file(store: DiaryStore, path: Path, start=None, end=None) -> None:
    ensure_application()
    data = build_report_data(store, start, end)
    write_private(path, chart_bytes(data, "svg" if path.suffix.lower() == ".svg" else "png"))


def export_report_file(store: DiaryStore, path: Path, start=None, end=None) -> None:
    ensure_application()
    data = build_report_data(store, start, end)
    write_private(path, report_bytes(data, store.setting("patient_name", "") or ""))
