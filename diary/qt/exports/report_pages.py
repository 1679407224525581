"""The report's details pages (HTML for a QTextDocument): per procedure, the ≥ 50 %
relief period beside the reference durations, function and the global impression
at the same time points, medications before, during and after the relief period,
and the diagnostic block days before it; then every warning sign, note for the
doctor and medication in full; then the appendix's week-by-week table.

Written for the doctor: the patient is "the patient".
"""

from __future__ import annotations

import html

from diary.core.i18n import tl, tr
from diary.core.records import KIND_LABELS, SIDE_LABELS
from diary.core.reference import reference_line
from diary.core.warning_signs import WARNING_SIGNS
from diary.core.wording import number, percent, relief_period, short_date
from diary.exports.report_data import ReportData
from diary.exports.report_details import (
    ProcedureFigures,
    function_text,
    pgic_text,
    procedure_title,
    rate_text,
    time_points,
)

# Headings the renderer looks up to say on which page a full list is.


def procedures_heading() -> str:
    """The details pages' heading (also how page 1 finds their page number)."""
    return tr("report", "Details per procedure")


def lists_heading() -> str:
    return tr("report", "Everything recorded for the doctor")


def _(text: str) -> str:
    return tr("report", text)


def _e(text: str) -> str:
    return html.escape(text)


def _table(head: list[str], rows: list[list[str]]) -> str:
    th = "".join(f"<th>{_e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table width='100%'><thead><tr>{th}</tr></thead>{body}</table>"


def _procedure(data: ReportData, f: ProcedureFigures) -> str:
    rules = data.rules
    ep = f.episode
    out = [f"<h3>{_e(procedure_title(f.procedure))}</h3>"]
    rows = []
    if f.procedure.baseline is not None:
        rows.append((_("Baseline pain"), _("{n} / 10").format(n=f.procedure.baseline)))
    elif ep is not None and ep.baseline is not None:
        rows.append((_("Baseline pain"), _("{n} / 10").format(n=number(ep.baseline.value))))
    if ep is not None:
        text = relief_period(ep, rules.substantial_percent)
        rows.append(
            (
                _("≥ {pct} % relief").format(pct=f"{rules.substantial_percent:.0f}"),
                text.split(": ", 1)[-1],
            )
        )
        for r in f.references:
            head, _sep, rest = reference_line(r, rules.substantial_percent, data.end).partition(
                ": "
            )
            rows.append((head, rest))
        if ep.best_relief is not None:
            rows.append(
                (
                    _("Best relief"),
                    _("{pct} % on {date}").format(
                        pct=f"{ep.best_relief:.0f}", date=short_date(ep.best_relief_day)
                    ),
                )
            )
    out.append(
        "<table width='100%'>"
        + "".join(f"<tr><td class='k'>{_e(k)}</td><td>{_e(v)}</td></tr>" for k, v in rows)
        + "</table>"
    )
    course = f.function
    points = time_points(f)
    if course.activities or f.pgic:
        table = []
        if course.baseline is not None:
            table.append(
                [
                    _e(_("Before (baseline), {day}").format(day=short_date(course.baseline_day))),
                    _e(_("{score} / 10").format(score=number(course.baseline))),
                    "",
                ]
            )
        for label, day in points:
            days = (day - f.procedure.day).days
            table.append(
                [
                    _e(f"{label} ({short_date(day)})"),
                    _e(function_text(course, day)) if course.activities else "",
                    _e(pgic_text(f.pgic.get(days))),
                ]
            )
        if table:
            out.append(
                _table(
                    [
                        _("Time point"),
                        _("Function (PSFS, mean of the activities)"),
                        _("Global impression (PGIC)"),
                    ],
                    table,
                )
            )
        if course.activities:
            out.append(
                "<p>"
                + _e(
                    _("Activities the patient named: {names}.").format(
                        names="; ".join(course.activities)
                    )
                )
                + "</p>"
            )
    if f.medications:
        if ep is not None and ep.relief_start is not None:
            head = [
                _("Medication"),
                _("First day"),
                _("Last day"),
                _("Days a week before"),
                _("during"),
                _("after the relief period"),
            ]
        else:
            head = [_("Medication"), _("First day"), _("Last day"), _("Days a week"), "", ""]
        out.append(
            _table(
                head,
                [
                    [
                        _e(m.name),
                        short_date(m.first),
                        short_date(m.last),
                        rate_text(m.before),
                        rate_text(m.during),
                        rate_text(m.after),
                    ]
                    for m in f.medications
                ],
            )
        )
        out.append(
            "<p class='small'>"
            + _e(
                _(
                    "Days a week are counted over the days with entries in each part, from "
                    "{n} days before the procedure."
                ).format(n=rules.baseline_days)
            )
            + "</p>"
        )
    for b in f.blocks:
        title = _("Diagnostic block of {day}").format(day=short_date(b.procedure.day))
        if not b.sides:
            out.append(f"<p><b>{_e(title)}</b>: " + _e(_("no block-day ratings.")) + "</p>")
            continue
        parts = []
        for side in b.sides:
            peak = "–" if side.peak_relief is None else f"{side.peak_relief:.0f} %"
            minutes = (
                _("not reached")
                if side.minutes_at_threshold is None
                else _("{n} minutes").format(n=side.minutes_at_threshold)
            )
            parts.append(
                _("{side}: peak relief {peak}; at ≥ {pct} % for {minutes}").format(
                    side=tl(SIDE_LABELS[side.side]),
                    peak=peak,
                    pct=f"{rules.block_percent:.0f}",
                    minutes=minutes,
                )
            )
        out.append(f"<p><b>{_e(title)}</b>: " + _e("; ".join(parts)) + "</p>")
    return "".join(out)


def _lists(data: ReportData) -> str:
    out = [f"<h2>{_e(lists_heading())}</h2>"]
    if data.warnings:
        out.append(f"<h3>{_e(_('Warning signs ticked'))}</h3><p>")
        out.append(
            "<br>".join(
                _e(f"{short_date(e.day)}: " + ", ".join(tl(WARNING_SIGNS[c]) for c in e.warnings))
                for e in data.warnings
            )
        )
        out.append("</p>")
    if data.doctor_notes:
        out.append(f"<h3>{_e(_('Notes for the doctor'))}</h3><p>")
        out.append("<br>".join(_e(f"{short_date(e.day)}: {e.note}") for e in data.doctor_notes))
        out.append("</p>")
    if data.medication_days:
        out.append(f"<h3>{_e(_('Medications recorded'))}</h3><p>")
        out.append(
            "<br>".join(
                _e(n) + " (" + (_("1 day") if d == 1 else _("{n} days").format(n=d)) + ")"
                for n, d in data.medication_days
            )
        )
        out.append("</p>")
    if len(out) == 1:
        out.append("<p>" + _e(_("No warning signs, notes for the doctor or medications.")) + "</p>")
    return "".join(out)


def _weeks(data: ReportData) -> str:
    rows = []
    for w in data.weeks:
        rows.append(
            [
                _e(short_date(w.start)),
                "" if w.mean_pain is None else number(w.mean_pain),
                "" if w.relief is None else percent(w.relief),
                str(w.entries),
                "" if w.function is None else number(w.function),
            ]
        )
    return (
        f"<h2>{_e(_('Appendix: week by week'))}</h2>"
        + _table(
            [
                _("Week from"),
                _("Mean pain"),
                _("Relief"),
                _("Entries"),
                _("Function (0–10)"),
            ],
            rows,
        )
        + (
            "<p class='small'>"
            + _e(
                _(
                    "Relief: the week's mean pain against the baseline of the procedure "
                    "before it (not smoothed); blank for a week without entries."
                )
            )
            + "</p>"
        )
    )


def details_html(data: ReportData, style: str, note: str = "") -> str:
    parts = [f"<html><head>{style}</head><body>"]
    parts.append(f"<h2>{_e(procedures_heading())}</h2>")
    if note:
        parts.append(f"<p class='small'>{_e(note)}</p>")
    if data.procedures:
        parts.append(
            _table(
                [_("Date"), _("Kind"), _("Levels"), _("Side"), _("Baseline pain")],
                [
                    [
                        short_date(p.day),
                        _e(tl(KIND_LABELS[p.kind])),
                        _e(p.levels),
                        _e(tl(SIDE_LABELS[p.side])) if p.side else "",
                        "" if p.baseline is None else str(p.baseline),
                    ]
                    for p in data.procedures
                ],
            )
        )
    if data.figures:
        parts.extend(_procedure(data, f) for f in reversed(data.figures))
    else:
        parts.append("<p>" + _e(_("No procedure recorded.")) + "</p>")
    earlier = [p for p in data.procedures if p.kind.value == "block"]
    if earlier and not data.figures:
        parts.append(
            "<p>"
            + _e(
                _("Diagnostic blocks: {days}").format(
                    days=", ".join(short_date(p.day) for p in earlier)
                )
            )
            + "</p>"
        )
    parts.append(_lists(data))
    parts.append(_weeks(data))
    parts.append("</body></html>")
    return "".join(parts)
