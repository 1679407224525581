"""The appointment report: page 1 readable in a minute, then every entry.

Drawn on any paged device, so the PDF and the printout are the same. Page 1 is a
QTextDocument (HTML with the chart at over 300 dpi); the appendix is laid out by
hand so that the header repeats, pages are numbered and no row is split.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from diary.core.function import PGIC_POINTS
from diary.core.i18n import N_, tl, tr
from diary.core.medications import format_medications
from diary.core.records import KIND_LABELS, MEASURES, SIDE_LABELS, Entry
from diary.core.reference import reference_line
from diary.core.warning_signs import WARNING_SIGNS
from diary.core.wording import number, relief_gap, relief_period, rests_on, short_date
from diary.exports.report_data import ReportData, months
from diary.exports.report_details import pgic_text
from diary.qt.exports.report_pages import details_html, lists_heading, procedures_heading

RESOLUTION = 300
COLUMNS = (
    (N_("Day"), 0.19),
    (N_("Time"), 0.08),
    (N_("Pain"), 0.08),
    (N_("Numbness"), 0.11),
    (N_("Soreness"), 0.1),
    (N_("Note"), 0.44),
)
WEEKDAYS = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))
PROCEDURE_HEADERS = (N_("Date"), N_("Kind"), N_("Levels"), N_("Side"), N_("Baseline pain"))
CENTRED = {"Pain", "Numbness", "Soreness"}  # by the English column name
MAX_NOTE = 1500  # characters of a note in the appendix; the rest is elided


def locale_page_size() -> QPageSize:
    """Letter where the locale measures in US units, A4 elsewhere."""
    if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return QPageSize(QPageSize.PageSizeId.Letter)
    return QPageSize(QPageSize.PageSizeId.A4)


def _(text: str) -> str:
    return tr("report", text)


def _d(day: dt.date) -> str:
    """'7 Apr 2026' in the report's language."""
    return short_date(day)


def _e(text: str) -> str:
    return html.escape(text)


# Page 1 shows at most this many of each list; the renderer cuts them further until
# page 1 fits on one page, and the rest are on the details pages ("see page N").
LIMITS = {"procedures": 5, "medications": 6, "warnings": 6, "notes": 12}
SHRINK_ORDER = ("notes", "warnings", "medications", "procedures")


def _more(n: int, page: int | None) -> str:
    if page is None:
        return _("… and {n} more").format(n=n)
    return _("… and {n} more, see page {page}").format(n=n, page=page)


def _rows_html(rows: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><td class='k'>{_e(k)}</td><td>{v}</td></tr>" for k, v in rows)


def _cut(items: list[str], limit: int, page: int | None, sep: str = "<br>") -> str:
    shown = sep.join(items[:limit])
    if len(items) > limit:
        shown += sep + _e(_more(len(items) - limit, page))
    return shown


def _medication_items(data: ReportData) -> list[str]:
    """Each medication with its first and last day (newest episode), else days."""
    fig = data.newest_figures
    if fig is not None and fig.medications:
        return [
            _e(m.name)
            + " ("
            + _("{first} – {last}").format(first=_d(m.first), last=_d(m.last))
            + ")"
            for m in fig.medications
        ]
    return [
        _e(n) + " (" + (_("1 day") if d == 1 else _("{n} days").format(n=d)) + ")"
        for n, d in data.medication_days
    ]


def figure_rows(data: ReportData) -> list[tuple[str, str]]:
    """The numbers of page 1 as (label, HTML) rows: one place to add more figures."""
    status, rules = data.analysis.status, data.rules
    ep = data.episode
    rows: list[tuple[str, str]] = []
    base = status.baseline
    if base is not None:
        how = (
            _("recorded with the procedure")
            if base.source == "recorded"
            else _("mean of {n} days before the procedure").format(n=base.days)
        )
        rows.append((_("Baseline pain"), f"<b>{number(base.value)}</b> / 10 ({how})"))
    if status.smoothed_pain is not None:
        # Says what the figure rests on: sparse loggers get the last few entries.
        basis = rests_on(
            status.smoothed_days,
            status.smoothed_span_days,
            status.smoothed_weekly,
            rules.smoothing_days,
            status.smoothed_age_days,
        )
        rows.append((_("Pain now"), f"<b>{number(status.smoothed_pain)}</b> / 10 ({_e(basis)})"))
    if status.relief_percent is not None:
        rows.append(
            (
                _("Relief now"),
                _("<b>{pct} %</b> below baseline").format(pct=f"{status.relief_percent:.0f}"),
            )
        )
    if ep is not None and ep.best_relief is not None:
        rows.append(
            (
                _("Best relief"),
                _("{pct} % on {date}").format(
                    pct=f"{ep.best_relief:.0f}", date=_d(ep.best_relief_day)
                ),
            )
        )
    fig = data.newest_figures
    if ep is not None and base is not None:
        text = relief_period(ep, rules.substantial_percent)
        days = ep.relief_days()
        if relief_gap(ep, rules.substantial_percent):
            # "for between 70 and 169 days: no entries from …": the range is the figure.
            shown = text
        else:
            shown = text.split(": ", 1)[-1]
            if days is not None:
                shown += " ≈ " + _("{n} months").format(n=number(months(days)))
        rows.append(
            (
                _("≥ {pct} % relief").format(pct=f"{rules.substantial_percent:.0f}"),
                _e(shown),
            )
        )
        if fig is not None:
            refs = "<br>".join(
                _e(reference_line(r, rules.substantial_percent, data.end)) for r in fig.references
            )
            rows.append((_("Reference durations"), refs))
    if fig is not None and fig.function.activities:
        rows.append((_("Function (PSFS)"), _e(function_summary(fig))))
    if fig is not None and fig.pgic:
        answers = [
            f"{tl(label)}: {_e(pgic_text(fig.pgic.get(days)))}"
            for days, label in PGIC_POINTS
            if days in fig.pgic
        ]
        rows.append((_("Global impression (PGIC)"), " · ".join(answers)))
    rows.append((_("Verdict"), f"<b>{_e(data.verdict_text)}</b>"))
    if ep is not None:
        # One row for both: page 1 keeps its room for the lists.
        settled = [
            _("{what} after {n} days").format(what=title, n=days)
            if days is not None
            else _("{what}: not yet").format(what=title)
            for title, days in (
                (_("Soreness settled"), data.soreness_settled),
                (_("Numbness settled"), data.numbness_settled),
            )
        ]
        rows.append((_("Settling"), " · ".join(settled)))
    return rows


def function_summary(fig) -> str:
    course = fig.function
    if course.baseline is None:
        return _("activities named ({names}); no baseline rating").format(
            names=", ".join(course.activities)
        )
    text = _("{base} / 10 before the procedure").format(base=number(course.baseline))
    latest = course.latest()
    if latest is not None:
        text += "; " + _("{score} / 10 on {day}").format(
            score=number(course.scores[latest]), day=_d(latest)
        )
        change = course.change_on(latest)
        if change is not None:
            text += " " + _("(change {change} % of the room to improve)").format(
                change=f"{change:+.0f}"
            )
    return text


def summary_html(
    data: ReportData,
    patient: str,
    width_px: float,
    limits: dict[str, int] | None = None,
    see: dict[str, int] | None = None,
    body_pt: float = 10,
) -> str:
    """Page 1. ``limits`` caps each list; ``see`` gives the page of the full list;
    ``body_pt`` is the size of its text (9 on a crowded page; never below 8)."""
    limits = {**LIMITS, **(limits or {})}
    see = see or {}
    rows = figure_rows(data)
    if data.warnings:
        signs = [
            f"{_d(e.day)}: " + _e(", ".join(tl(WARNING_SIGNS[c]) for c in e.warnings))
            for e in data.warnings
        ]
        rows.append((_("Warning signs ticked"), _cut(signs, limits["warnings"], see.get("lists"))))
    meds = _medication_items(data)
    if meds:
        rows.append(
            (_("Medications recorded"), _cut(meds, limits["medications"], see.get("lists")))
        )
    if data.doctor_notes:
        notes = [f"{_d(e.day)}: {_e(_short(e.note))}" for e in data.doctor_notes]
        rows.append((_("Notes for the doctor"), _cut(notes, limits["notes"], see.get("lists"))))

    shown = data.procedures[-limits["procedures"] :] if limits["procedures"] else []
    procs = (
        "".join(
            f"<tr><td>{_d(p.day)}</td><td>{_e(tl(KIND_LABELS[p.kind]))}</td>"
            f"<td>{_e(p.levels)}</td><td>{_e(tl(SIDE_LABELS[p.side])) if p.side else ''}</td>"
            f"<td align='center'>{'' if p.baseline is None else p.baseline}</td></tr>"
            for p in shown
        )
        or "<tr><td colspan='5'>" + _("No procedure recorded.") + "</td></tr>"
    )
    earlier = len(data.procedures) - len(shown)
    if earlier:
        procs = (
            "<tr><td colspan='5'>"
            + _e(_more(earlier, see.get("procedures")))
            + "</td></tr>"
            + procs
        )
    title = (
        _("Relief Diary report for {name}").format(name=_e(patient))
        if patient
        else _("Relief Diary report")
    )
    heads = "".join(f"<th>{tl(h)}</th>" for h in PROCEDURE_HEADERS)
    made = _(
        "{start} – {end} · pain, numbness and soreness rated 0 (none) to 10 (worst "
        "imaginable) by the patient · made on {today}"
    ).format(start=_d(data.start), end=_d(data.end), today=_d(dt.date.today()))
    chart_title = _("Ratings and relief, {start} – {end}").format(
        start=short_date(data.start, data.end), end=short_date(data.end, data.end)
    )
    footnote = _(
        "The app reports what the patient recorded; it does not diagnose and does not say "
        "whether anyone qualifies for a procedure. Relief = (baseline − smoothed pain) / "
        "baseline, where smoothed pain is the {window}-day mean, or the mean of the last "
        "{last} entries within {within} days when fewer than {least} of the last {window} "
        "days were rated. The rules and reference lines are explained on page 2; details "
        "per procedure and every entry follow."
    ).format(
        window=data.rules.smoothing_days,
        last=data.rules.sparse_last_days,
        within=data.rules.sparse_window_days,
        least=data.rules.smoothing_min_days,
    )
    return f"""
<html><head>{STYLE.replace("font-size: 10pt;", f"font-size: {body_pt:g}pt;")}</head><body>
<h1>{title}</h1>
<p>{made}</p>
<h2>{_("Procedures")}</h2>
<table width="100%"><tr>{heads}</tr>{procs}</table>
<h2>{chart_title}</h2>
<p align="center" style="margin: 0"><img src="chart.png" width="{int(width_px)}"></p>
<h2>{_("Numbers")}</h2>
<table width="100%">{_rows_html(rows)}</table>
<p class="small">{footnote}</p>
</body></html>"""


STYLE = """<style>
body { font-family: sans-serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; margin: 0; }
p.h2 { font-size: 12pt; font-weight: bold; margin-top: 8px; margin-bottom: 2px; }
p.h3 { font-size: 10pt; font-weight: bold; margin-top: 6px; margin-bottom: 2px; }
table { border-collapse: collapse; }
td, th { padding: 2px 6px; border: 1px solid #999; }
th { background: #e8e8e8; text-align: left; }
td.k { font-weight: bold; width: 30%; }
.small { font-size: 8.5pt; color: #333; }  /* 8 pt printed as 7.9 (whole pixels) */
p { margin-top: 3px; margin-bottom: 3px; }
</style>"""

NOTE_ON_PAGE_1 = 160  # characters of a note on page 1; the whole note is in the appendix


def rules_note(data: ReportData) -> str:
    rules = data.rules
    return _(
        "Reference lines: {m} % (smallest change patients call meaningful, Farrar 2001), "
        "{s} % (substantial relief, IMMPACT 2008), {b} % (positive diagnostic block). "
        "≥ {s} % relief starts after {start} days at that level and ends after {end} days "
        "below it. Reference durations set beside it: {short} and {long} days (settings). "
        "Function: Patient-Specific Functional Scale (Stratford 1995), each activity 0 "
        "(unable) to 10 (as before the problem); change = (F − F0) / (10 − F0). Global "
        "impression: PGIC (Guy 1976), 1 very much improved … 7 very much worse."
    ).format(
        m=f"{rules.meaningful_percent:.0f}",
        s=f"{rules.substantial_percent:.0f}",
        b=f"{rules.block_percent:.0f}",
        start=rules.relief_start_days,
        end=rules.relief_end_days,
        short=rules.reference_short_days,
        long=rules.reference_long_days,
    )


def _short(note: str) -> str:
    return note if len(note) <= NOTE_ON_PAGE_1 else note[:NOTE_ON_PAGE_1].rstrip() + " …"


class ReportRenderer:
    def __init__(self, data: ReportData, patient: str, chart_png: bytes):
        self.data, self.patient, self.chart_png = data, patient, chart_png

    def render(self, device: QPagedPaintDevice) -> int:
        """Draw every page on ``device``; return the number of pages."""
        layout = device.pageLayout()
        res = device.logicalDpiY()
        page = layout.paintRectPixels(res)
        width, height = float(page.width()), float(page.height())
        footer = res * 0.3
        body = height - footer
        # QTextDocument scales HTML pixel sizes by the device's dpi / 96.
        image_px = (width - res * 0.15) * 96 / res
        details = self._document(
            device, details_html(self.data, STYLE, rules_note(self.data)), width, body
        )
        see = {
            "procedures": _page_of(details, procedures_heading(), body, 2),
            "lists": _page_of(details, lists_heading(), body, 2),
        }
        summary = self._first_page(device, width, body, image_px, see)
        painter = QPainter(device)
        font = QFont("DejaVu Sans", 9)
        painter.setFont(font)
        pages = self._paginate(painter, width, height - footer * 2)
        docs = [(summary, summary.pageCount()), (details, details.pageCount())]
        total = sum(n for _doc, n in docs) + len(pages)
        number_ = 0
        for doc, count in docs:
            for i in range(count):
                if number_:
                    device.newPage()
                number_ += 1
                painter.save()
                painter.translate(0, -i * body)
                doc.drawContents(painter, QRectF(0, i * body, width, body))
                painter.restore()
                self._footer(painter, number_, total, width, height)
        for n, rows in enumerate(pages):
            device.newPage()
            number_ += 1
            self._appendix_page(painter, rows, width, n == 0)
            self._footer(painter, number_, total, width, height)
        painter.end()
        return total

    def _document(self, device, text: str, width: float, height: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(QFont("DejaVu Sans", 10))
        doc.addResource(
            QTextDocument.ResourceType.ImageResource,
            QUrl("chart.png"),
            QImage.fromData(self.chart_png),
        )
        # Qt sizes <h2>/<h3> by its own scale whatever the style sheet says (they
        # printed about 15 pt): styled paragraphs keep the sizes of STYLE.
        for tag in ("h2", "h3"):
            text = text.replace(f"<{tag}>", f"<p class='{tag}'>").replace(f"</{tag}>", "</p>")
        doc.setHtml(text)
        doc.setPageSize(QSizeF(width, height))
        return doc

    def _first_page(self, device, width: float, height: float, image_px: float, see: dict):
        """Page 1, with its lists cut (and then the chart made smaller) until it
        fits on one page: it never overflows onto a page of its own."""
        data = self.data
        counts = {
            "procedures": len(data.procedures),
            "medications": len(_medication_items(data)),
            "warnings": len(data.warnings),
            "notes": len(data.doctor_notes),
        }
        limits = {k: min(v, counts[k]) for k, v in LIMITS.items()}
        scale, body_pt = 1.0, 10.0
        while True:
            html_ = summary_html(data, self.patient, image_px * scale, limits, see, body_pt)
            doc = self._document(device, html_, width, height)
            if doc.pageCount() <= 1:
                self.fitted = (limits, body_pt, round(scale, 2))  # what page 1 needed
                return doc
            # Each list down to 3 items first, then to 1, then 9 pt text, then a smaller chart.
            shrink = next((k for k in SHRINK_ORDER if limits[k] > 3), None)
            shrink = shrink or next((k for k in SHRINK_ORDER if limits[k] > 1), None)
            if shrink is not None:
                limits[shrink] -= 1
            elif body_pt > 9:
                body_pt = 9.0
            elif scale > 0.6:
                scale -= 0.05
            else:
                return doc  # nothing left to cut (never met in the tests' crowded diary)

    # Appendix -------------------------------------------------------------------

    def _cells(self, e: Entry, show_medications: bool = True) -> list[str]:
        note = e.note if len(e.note) <= MAX_NOTE else e.note[:MAX_NOTE] + " …"
        if e.warnings:
            note = (
                "⚠ "
                + ", ".join(tl(WARNING_SIGNS[c]) for c in e.warnings)
                + ("\n" + note if note else "")
            )
        if e.for_doctor and note:
            note = _("For the doctor: ") + note
        if e.medications and show_medications:
            meds = _("Medications: ") + format_medications(e.medications)
            note = f"{note}\n{meds}" if note else meds
        ratings = ["" if e.rating(m) is None else str(e.rating(m)) for m in MEASURES]
        weekday = tl(WEEKDAYS[e.day.weekday()])
        return [f"{weekday} {_d(e.day)}", e.time or "", *ratings, note]

    def _row_height(self, painter: QPainter, cells: list[str], width: float) -> float:
        metrics = QFontMetricsF(painter.font(), painter.device())
        tallest = metrics.height()
        for (_name, share), text in zip(COLUMNS, cells, strict=True):
            rect = metrics.boundingRect(
                QRectF(0, 0, width * share - 12, 1e6), int(Qt.TextFlag.TextWordWrap), text
            )
            tallest = max(tallest, rect.height())
        return tallest + 10

    def _paginate(self, painter: QPainter, width: float, height: float):
        head = self._row_height(painter, [tl(n) for n, _s in COLUMNS], width)
        title = head * 1.6
        pages, rows, used = [], [], title + head
        last_meds: tuple = ()
        for e in self.data.entries:
            # Medications are listed when they change, not on every row.
            changed = bool(e.medications) and e.medications != last_meds
            if e.medications:
                last_meds = e.medications
            cells = self._cells(e, changed)
            h = min(self._row_height(painter, cells, width), height - title - head)
            if rows and used + h > height:
                pages.append(rows)
                rows, used = [], head
            rows.append((cells, h))
            used += h
        if rows or not pages:
            pages.append(rows)
        return pages

    def _appendix_page(self, painter: QPainter, rows, width: float, first: bool) -> None:
        y = 0.0
        head = self._row_height(painter, [tl(n) for n, _s in COLUMNS], width)
        if first:
            bold = QFont(painter.font())
            bold.setBold(True)
            bold.setPointSize(11)
            painter.save()
            painter.setFont(bold)
            text = _("Appendix: every entry, {start} – {end}").format(
                start=_d(self.data.start), end=_d(self.data.end)
            )
            if not rows:
                text += " " + _("(none)")
            painter.drawText(
                QRectF(0, 0, width, head * 1.5), int(Qt.AlignmentFlag.AlignVCenter), text
            )
            painter.restore()
            y = head * 1.6
        painter.save()
        bold = QFont(painter.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.fillRect(QRectF(0, y, width, head), QColor("#e8e8e8"))
        self._draw_row(painter, [tl(n) for n, _s in COLUMNS], y, head, width)
        painter.restore()
        y += head
        for cells, h in rows:
            self._draw_row(painter, cells, y, h, width)
            y += h

    def _draw_row(self, painter: QPainter, cells: list[str], y: float, h: float, width: float):
        x = 0.0
        painter.setPen(QColor("#999999"))
        painter.drawLine(0, int(y + h), int(width), int(y + h))
        painter.setPen(QColor("#000000"))
        for (name, share), text in zip(COLUMNS, cells, strict=True):
            w = width * share
            align = Qt.AlignmentFlag.AlignHCenter if name in CENTRED else Qt.AlignmentFlag.AlignLeft
            painter.drawText(
                QRectF(x + 6, y + 5, w - 12, h - 10),
                int(align | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                text,
            )
            x += w

    def _footer(self, painter: QPainter, n: int, total: int, width: float, height: float) -> None:
        painter.save()
        painter.setPen(QColor("#333333"))
        who = f"{self.patient} · " if self.patient else ""
        app = tr("app", "Relief Diary")  # the name in the patient's language
        text = f"{app} · {who}{_d(self.data.start)} – {_d(self.data.end)} · " + _(
            "page {n} of {total}"
        ).format(n=n, total=total)
        painter.drawText(
            QRectF(
                0,
                height - painter.fontMetrics().height() * 1.5,
                width,
                painter.fontMetrics().height() * 1.5,
            ),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            text,
        )
        painter.restore()


def _page_of(doc: QTextDocument, text: str, page_height: float, first: int) -> int | None:
    """The page (numbered from ``first``) on which ``text`` starts in ``doc``."""
    cursor = doc.find(text)
    if cursor.isNull():
        return None
    top = doc.documentLayout().blockBoundingRect(cursor.block()).top()
    return first + int(top // page_height)


def report_pdf(data: ReportData, patient: str, chart_png: bytes) -> bytes:
    buffer_data = QByteArray()
    buffer = QBuffer(buffer_data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle("Relief Diary report")
    writer.setCreator("Relief Diary")
    writer.setPageLayout(
        QPageLayout(
            locale_page_size(),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    ReportRenderer(data, patient, chart_png).render(writer)
    buffer.close()
    return bytes(buffer_data)
