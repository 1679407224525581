"""Help (F1): the scales, the reference lines and verdicts with their sources, what
to bring to the appointment, and what happens to the patient's data."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from diary.core.i18n import tr
from diary.core.rules import ReliefRules
from diary.qt.dialog_size import fit_to_text


def _(text: str) -> str:
    return tr("help", text)


def help_html(rules: ReliefRules, diary_path: str, backups: str) -> str:
    r = rules
    values = {
        "meaningful_percent": f"{r.meaningful_percent:.0f}",
        "substantial_percent": f"{r.substantial_percent:.0f}",
        "block_percent": f"{r.block_percent:.0f}",
        "settling_days": r.settling_days,
        "settling_max_days": r.settling_max_days,
        "relief_end_days": r.relief_end_days,
        "smoothing_min_days": r.smoothing_min_days,
        "smoothing_days": r.smoothing_days,
        "sparse_last_days": r.sparse_last_days,
        "sparse_min_days": r.sparse_min_days,
        "sparse_window_days": r.sparse_window_days,
        "diary_path": diary_path,
        "backups": backups,
    }
    sections = [
        _(
            """<h2>Your three ratings</h2>
<p>Each rating is a whole number from <b>0 (none)</b> to <b>10 (worst imaginable)</b>, the
same scale before and after every procedure.</p>
<ul>
<li><b>Pain</b>: the pain the procedure was meant to treat (not the needle sites).</li>
<li><b>Numbness</b>: numb or tingling skin where you were treated. It is expected for a while
after an ablation and is not the pain coming back.</li>
<li><b>Soreness</b>: soreness where the needles went in, common for 1–4 days, sometimes a
week or two.</li>
</ul>
<p>Several entries a day are fine: the day counts as their average.</p>"""
        ),
        _(
            """<h2>The lines on the chart</h2>
<p>Relief compares your <b>smoothed pain</b> with your <b>baseline</b>, your usual pain
before the procedure (or, if none was recorded, the average of the 14 days before it). The
smoothed pain is the average of your last {smoothing_days} days when you rated at least
{smoothing_min_days} of them; when you rate less often, it is the average of your last
{sparse_last_days} entries within {sparse_window_days} days (or of the
{sparse_min_days} there are). The app always says which: "7-day mean" or, for example,
"last 4 entries, over 16 days".</p>
<ul>
<li><b>{meaningful_percent} %</b> (about 2 points): the smallest change patients call
meaningful (Farrar et al. 2001, <i>Pain</i> 94:149).</li>
<li><b>{substantial_percent} %</b>: substantial relief; how success of an ablation is
usually judged (IMMPACT, Dworkin et al. 2008).</li>
<li><b>{block_percent} %</b>: the relief a diagnostic block is expected to give.</li>
</ul>"""
        ),
        _(
            """<h2>What the verdicts mean</h2>
<ul>
<li><b>Settling in</b>: the first {settling_days} days after an ablation (up to
{settling_max_days} while relief has not reached {meaningful_percent} %). Soreness,
numbness and a sunburn-like patch are common; relief often builds over 2–6 weeks.</li>
<li><b>Relief holding</b>: pain is at least {substantial_percent} % below your
baseline. <b>Partial relief</b>: between {meaningful_percent} and
{substantial_percent} %. <b>No meaningful relief</b>: less than
{meaningful_percent} %.</li>
<li><b>Relief may be fading</b>: over the last 4 weeks (up to 8 when you rate less
often) your pain has risen steadily (a
statistical test, not one bad day) by at least 2 points, or 30 % of your baseline if that is
less. Nerves regrow over months, and relief often fades after 6–12 months.</li>
<li><b>Relief ended</b>: pain has been above the {substantial_percent} % line for
{relief_end_days} days in a row after a period of relief. How long relief lasted never
counts days below {substantial_percent} %: while it has not ended, the app counts up to
your last day at {substantial_percent} % or more and says how many days since were below.
If you rated nothing for a while when it ended, it gives the least and the most it can
have lasted.</li>
<li><b>Too few entries</b>: fewer than {sparse_min_days} days rated in the last
{sparse_window_days}.</li>
</ul>
<p>The app reports what you recorded. It is not medical advice and never says whether
anyone qualifies for a procedure. Diary ▸ Relief rules shows every number it uses.</p>"""
        ),
        _(
            """<h2>How often to rate</h2>
<p>Rate every day in the first weeks after a procedure, while things change quickly. After
the first 8 weeks, <b>one entry a week is enough</b> to follow your relief over months: the
app then uses your last entries and says so. If you rate less often, it offers to remind you
once a week instead of every day; Edit ▸ Preferences switches between every day and once a
week at any time. Several entries on one day count as that day's average.</p>"""
        ),
        _(
            """<h2>Call your clinic</h2>
<p>After a procedure, call your clinic for a fever over 38 °C / 100.4 °F; spreading redness,
swelling or drainage at the site; or pain that is worsening and not controlled (UW Health
leaflet 5656).</p>"""
        ),
        _(
            """<h2>Taking it to your appointment</h2>
<p>File ▸ Appointment report (Ctrl+P) makes a one-page summary with the chart and the
numbers your doctor asks for, followed by every entry. Bring it printed or as a PDF. Mark
notes "For the doctor" to put them on the first page.</p>"""
        ),
        _(
            """<h2>Your privacy</h2>
<p>Nothing leaves this computer unless you export or print it. There is no account, no
internet connection and no tracking. Your diary is kept in <code>{diary_path}</code> and
backed up daily to <code>{backups}</code>, both readable by you alone.</p>"""
        ),
    ]
    return "\n".join(section.format(**values) for section in sections)


class HelpDialog(QDialog):
    def __init__(
        self, rules: ReliefRules, diary_path: str, backups: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Relief Diary help"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(help_html(rules, diary_path, backups))
        self.browser.setAccessibleName(self.tr("Help text"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        fit_to_text(self)
