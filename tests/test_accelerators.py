"""Each language has its own accelerators without clashes (menu bar and tabs share
Alt; each menu its own letters), its own key for 10, and a translated title."""

import re

import pytest
from PySide6.QtWidgets import QMenu

from diary.core.i18n import set_translator
from diary.qt.language import install_language
from diary.qt.main_window import MainWindow
from diary.qt.rating_pad import ten_key
from diary.qt.session import DiarySession
from diary.qt.text_size import apply_text_scale


@pytest.fixture
def language(qapp):
    yield lambda code: install_language(qapp, code)
    install_language(qapp, "en")
    set_translator(None)


def accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    seen: dict[str, list[str]] = {}
    for text in texts:
        key = accelerator(text)
        if key:
            seen.setdefault(key, []).append(text)
    return {k: v for k, v in seen.items() if len(v) > 1}


def window_in(qtbot, store, code, language):
    language(code)
    window = MainWindow(DiarySession(store))
    qtbot.addWidget(window)
    window.resize(800, 600)
    window.show()
    window.build_chart()
    window.build_panels()
    return window


@pytest.mark.parametrize("code", ["en", "es", "de"])
def test_no_accelerator_is_used_twice(qtbot, store, language, qapp, code):
    apply_text_scale(qapp, 2.0)  # the tabbed layout: "Today" is a tab too
    try:
        window = window_in(qtbot, store, code, language)
        qtbot.waitUntil(window.is_tabbed)
        menus = [a for a in window.menuBar().actions()]
        tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
        top = [a.text() for a in menus] + tabs
        assert clashes(top) == {}, top
        assert all(accelerator(t) for t in top), top  # each reachable with Alt
        for menu in window.findChildren(QMenu):
            items = [a.text() for a in menu.actions() if not a.isSeparator()]
            assert clashes(items) == {}, (menu.title(), items)
    finally:
        apply_text_scale(qapp, 1.0)


@pytest.mark.parametrize("code, key", [("en", "T"), ("es", "D"), ("de", "Z")])
def test_each_language_has_its_own_key_for_ten(qtbot, store, language, code, key):
    window = window_in(qtbot, store, code, language)
    assert ten_key() == key
    assert f"<b>{key}</b>" in window.form.hint.text()
    pad = window.form.pad
    qtbot.keyClicks(pad, key.lower())
    assert pad.values()["pain"] == 10
    if code != "en":
        pad.clear()
        qtbot.keyClicks(pad, "t")
        assert pad.values()["pain"] is None  # "T" means nothing in Spanish or German


@pytest.mark.parametrize("code, demo_word", [("es", "datos de ejemplo"), ("de", "Beispieldaten")])
def test_title_is_translated_and_does_not_repeat_the_name(qtbot, store, language, code, demo_word):
    language(code)
    window = MainWindow(DiarySession(store), demo=True)
    qtbot.addWidget(window)
    assert window.windowTitle() == demo_word
    assert "Relief Diary" not in window.windowTitle()


def test_undo_names_the_change_in_the_language(qtbot, store, language):
    from diary.core.records import Entry
    from tests.conftest import TODAY

    window = window_in(qtbot, store, "es", language)
    saved = window.session.add_entry(Entry(TODAY, "09:00", pain=5))
    window.session.delete_entry(saved.id)
    what = window.session.undo_stack.undoText()
    assert what and what != "Delete entry"
    edit = window.menuBar().actions()[1].menu()
    undo = edit.actions()[0].text()
    assert what in undo and "Delete" not in undo, undo


@pytest.mark.parametrize(
    "code, day", [("es", "sábado 21 noviembre 2026 a las 09:30"), ("de", "Samstag")]
)
def test_recovery_dates_and_words_are_in_the_language(language, code, day, tmp_path):
    import datetime as dt

    from diary.qt.startup import recovery_text
    from diary.store.backup import BackupInfo

    language(code)
    backup = BackupInfo(tmp_path / "b.sqlite3", dt.datetime(2026, 11, 21, 9, 30), "daily", 20)
    text = recovery_text("…", backup)
    assert day in text
    assert "Saturday" not in text and "Nothing in the file" not in text
