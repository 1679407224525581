"""Languages: every string translated into Spanish and German, the translations
load, the language setting overrides the system, and the report follows it."""

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from diary.core.i18n import set_translator, tr
from diary.core.records import Entry, Procedure
from diary.qt.language import install_language
from diary.qt.session import DiarySession
from tests.conftest import TODAY

ROOT = Path(__file__).resolve().parents[1]


def load_tool():
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def language(qapp):
    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")
    set_translator(None)


def test_every_string_is_translated_into_spanish_and_german():
    tool = load_tool()
    assert tool.check() == []
    assert sum(len(m) for m in tool.collect().values()) > 350


def test_compiled_translations_are_up_to_date(tmp_path):
    import shutil
    import subprocess
    import sys

    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    if not Path(tool).exists():
        pytest.skip("pyside6-lrelease is not installed")
    for lang in ("es", "de"):
        ts = ROOT / "resources" / "translations" / f"relief_diary_{lang}.ts"
        fresh = tmp_path / f"{lang}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(fresh)], check=True)
        shipped = ts.with_suffix(".qm").read_bytes()
        assert shipped == fresh.read_bytes(), f"run: python tools/i18n.py release ({lang})"


@pytest.mark.parametrize(
    "code, hello, verdict",
    [
        ("es", "¿Cómo está hoy?", "En adaptación: día 9 de 21."),
        ("de", "Wie geht es Ihnen heute?", "Eingewöhnung: Tag 9 von 21."),
        ("en", "How are you today?", "Settling in: day 9 of 21."),
    ],
)
def test_the_window_speaks_the_chosen_language(qtbot, store, language, code, hello, verdict):
    from PySide6.QtWidgets import QGroupBox

    from diary.qt.main_window import MainWindow

    assert language(code) == code
    store.add_procedure(Procedure(TODAY - dt.timedelta(days=9), "rfa", "", None, 7))
    session = DiarySession(store)
    session.today = lambda: TODAY
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.show()
    window.build_chart()
    assert window.findChild(QGroupBox).title() == hello
    assert window.status_panel.verdict.text().startswith(verdict)


def test_numbers_and_dates_follow_the_language(language):
    from diary.core.wording import number, short_date

    language("de")
    assert number(6.5) == "6,5" and short_date(dt.date(2026, 3, 2)) == "2 März 2026"
    assert tr("labels", "Pain") == "Schmerz"
    language("en")
    assert number(6.5) == "6.5" and short_date(dt.date(2026, 3, 2)) == "2 Mar 2026"


def test_the_report_is_in_the_chosen_language(qtbot, store, language, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    from diary.exports.report_data import report_data
    from diary.qt.exports.files import report_bytes

    language("es")
    store.add_procedure(Procedure(TODAY - dt.timedelta(days=40), "rfa", "T7", None, 7))
    store.add_entries([Entry(TODAY - dt.timedelta(days=i), None, 3) for i in range(30)])
    data = report_data(store.entries(), store.procedures(), store.rules(), TODAY)
    out = tmp_path / "r.pdf"
    out.write_bytes(report_bytes(data, "Ana"))
    text = " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(str(out)).pages)
    for needle in (
        "Informe del Diario de alivio de Ana",
        "Dolor basal",
        "Valoración",
        "Anexo: todas las anotaciones",
        "página 1 de",
        "Detalles de cada procedimiento",
        "Diario de alivio · Ana",
    ):
        assert needle in text, needle
    # Headings and the footer were English in a Spanish report (found by a tester).
    for english in ("Details per procedure", "Everything recorded", "Relief Diary ·", "Pain now"):
        assert english not in text, english


def test_the_language_setting_overrides_the_system(language, monkeypatch):
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert language(None) == "de"
    assert language("es") == "es"
    assert QLocale().language() == QLocale.Language.Spanish


def test_a_german_date_at_the_end_of_a_sentence_has_one_full_stop(language):
    from diary.core.daily import day_means
    from diary.core.relief import analyse
    from diary.core.wording import describe, one_stop

    assert one_stop("am 24 Apr.. Weiter") == "am 24 Apr. Weiter"
    assert one_stop("Warten…") == "Warten…" and one_stop("1.5..") == "1.5."
    language("de")
    proc = Procedure(dt.date(2026, 4, 24), "rfa", "T7", None, 7)
    entries = [Entry(proc.day + dt.timedelta(days=i), None, 2) for i in range(0, 60)]
    text = describe(analyse(day_means(entries), [proc], proc.day + dt.timedelta(days=59)).status)
    assert "Apr.." not in text and "24 Apr." in text, text


def test_spanish_clear_button_does_not_read_as_delete(language):
    from diary.qt.entry_form import EntryForm

    language("es")
    form = EntryForm(lambda e: e, lambda: TODAY)
    assert form.clear_button.text() == "Limpiar"  # "Borrar" reads as "delete"
    form.deleteLater()


def test_procedures_comparison_baseline_follows_the_language(language, store):
    from diary.core.daily import day_means
    from diary.core.relief import analyse
    from diary.qt.table_models import EpisodeTableModel

    language("es")
    procs = [Procedure(TODAY - dt.timedelta(days=60), "rfa", "", None, 7)]
    # No baseline recorded for the second: the mean of the 14 days before it, 6.6.
    procs.append(Procedure(TODAY - dt.timedelta(days=10), "rfa", "", None, None))
    entries = [Entry(TODAY - dt.timedelta(days=n), None, 7 if n % 5 else 4) for n in range(11, 25)]
    a = analyse(day_means(entries), procs, TODAY)
    model = EpisodeTableModel()
    model.set_episodes(a.episodes)
    shown = [model.data(model.index(row, 1)) for row in range(2)]
    assert shown[0] == "7"
    value = a.episodes[1].baseline.value
    assert value != int(value) and "," in shown[1] and "." not in shown[1]
