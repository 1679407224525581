"""Render the app's windows to PNG (for the README and for looking at changes).

    python tools/screenshots.py OUT_DIR [--scale 2.0] [--sample repeat]

Uses the offscreen platform and the demo diary, with a fixed "today" so the
pictures only change when the app does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TODAY = dt.date(2026, 11, 21)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=float, default=1.0, help="text size (1.0, 1.5, 2.0)")
    parser.add_argument("--size", default="1120x1010")
    parser.add_argument("--sample", default="standard", choices=("standard", "repeat"))
    args = parser.parse_args()

    from diary.qt.app import fill_demo, make_application
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession
    from diary.qt.text_size import apply_text_scale
    from diary.store import DiaryStore

    app = make_application()
    apply_text_scale(app, args.scale)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        store = DiaryStore.open(Path(tmp) / "demo.sqlite3")
        fill_demo(store, TODAY, args.sample)
        session = DiarySession(store)
        session.today = lambda: TODAY
        window = MainWindow(session, demo=True)
        window.resize(*(int(v) for v in args.size.split("x")))
        window.show()
        app.processEvents()
        window.build_chart()
        window.build_panels()
        window.fit_splitter()
        suffix = "" if args.scale == 1.0 else f"-{int(args.scale * 100)}"
        if args.sample != "standard":
            suffix = f"-{args.sample}{suffix}"
        names = ["main", "history", "procedures"]
        if window.is_tabbed():
            names = ["main", "trend", "history", "procedures"]
        for index, name in enumerate(names):
            window.tabs.setCurrentIndex(index)
            for _ in range(3):
                app.processEvents()
            path = args.out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
