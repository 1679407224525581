"""Render the app's windows to PNG (for the README and for looking at changes).

    python tools/screenshots.py OUT_DIR [--scale 2.0] [--screen 1366x768] [--lang es]
                                        [--dialogs] [--size 1120x1010] [--sample repeat]

Uses the offscreen platform with a screen of the given size (the window is shown
maximised on it unless --size is given), the demo diary and a fixed "today", so the
pictures only change when the app does. --dialogs renders every dialog too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2026, 11, 21)


def use_screen(width: int, height: int, folder: Path) -> None:
    """An offscreen screen of this size (as benchmarks/run.py configures one)."""
    screen = {"name": "shots", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96}
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def settle(app, rounds: int = 4) -> None:
    for _ in range(rounds):
        app.processEvents()


def dialogs(window, session):
    """(name, dialog) for every dialog a patient meets."""
    from PySide6.QtCore import QSettings

    from diary.qt.block_day_window import BlockDayWindow
    from diary.qt.dialogs import EntryDialog, ProcedureDialog
    from diary.qt.exports.report_dialog import ReportDialog
    from diary.qt.help_dialog import HelpDialog
    from diary.qt.preferences import PreferencesDialog
    from diary.qt.rules_dialog import RulesDialog
    from diary.qt.welcome import WelcomeWizard

    entry = session.entries()[-1]
    proc = session.procedures()[-1]
    settings = QSettings(str(Path(session.store.path).with_suffix(".ini")), QSettings.IniFormat)
    block = proc.replace(kind=type(proc.kind)("block"), id=None)
    yield "edit-entry", EntryDialog(entry, session.update_entry, session.today, window)
    yield "procedure", ProcedureDialog(session.update_procedure, proc, TODAY, window)
    yield "rules", RulesDialog(session.rules(), session.set_rules, window)
    yield "preferences", PreferencesDialog(settings, session, window)
    yield "report", ReportDialog(session, window)
    yield "help", HelpDialog(session.rules(), "/home/me/diary.sqlite3", "/home/me/backups", window)
    wizard = WelcomeWizard(session, settings, window)
    for page in range(4):
        yield f"welcome{page + 1}", wizard
        wizard.next()
    now = dt.datetime.combine(TODAY, dt.time(9, 0))
    yield "block-day", BlockDayWindow(session, block, session.rules(), lambda: now, window)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size (1.0, 1.5, 2.0)")
    parser.add_argument("--sample", default="standard", choices=("standard", "repeat"))
    parser.add_argument("--screen", default="1920x1080", help="the screen, maximised on")
    parser.add_argument("--size", default="", help="a window size instead of maximised")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--dialogs", action="store_true")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="shots-"))
    if "QT_QPA_PLATFORM" not in os.environ:
        use_screen(*(int(v) for v in args.screen.split("x")), tmp)

    from diary.qt.app import fill_demo, make_application
    from diary.qt.language import install_language
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession
    from diary.qt.text_size import apply_text_scale
    from diary.store import DiaryStore

    app = make_application()
    install_language(app, args.lang)
    apply_text_scale(app, args.scale)
    args.out.mkdir(parents=True, exist_ok=True)
    store = DiaryStore.open(tmp / "demo.sqlite3")
    fill_demo(store, TODAY, args.sample)
    session = DiarySession(store)
    session.today = lambda: TODAY
    window = MainWindow(session, demo=True)
    if args.size:
        window.resize(*(int(v) for v in args.size.split("x")))
        window.show()
    else:
        window.showMaximized()
    settle(app)
    window.build_chart()
    window.build_panels()
    window.fit_splitter()
    settle(app)
    suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"  # as README's names
    if args.sample != "standard":
        suffix = f"-{args.sample}{suffix}"
    names = ["main", "history", "procedures"]
    if window.is_tabbed():
        names = ["main", "trend", "history", "procedures"]
    for index, name in enumerate(names):
        window.tabs.setCurrentIndex(index)
        settle(app)
        path = args.out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(path)
    window.tabs.setCurrentIndex(0)
    if args.dialogs:
        for name, dialog in dialogs(window, session):
            dialog.show()
            settle(app)
            path = args.out / f"{name}{suffix}.png"
            dialog.grab().save(str(path))
            print(path, dialog.width(), "x", dialog.height())
            if not name.startswith("welcome"):
                dialog.close()
    window.close()
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
