"""Starting the window: the application object, the diary file and its errors."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from diary import APP_NAME
from diary.core.i18n import tr
from diary.paths import APPLICATION, DIARY_FILE, ORGANISATION, make_private_dir
from diary.store import DiaryStore, StoreError


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    # Names first: QStandardPaths builds the data folder from them.
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("relief-diary")
    return app


def default_location() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder) / DIARY_FILE


def fill_demo(store: DiaryStore, today) -> None:
    from diary.core.demo import demo_diary

    proc, entries = demo_diary(today)
    store.add_procedure(proc)
    store.add_entries(entries)


DEMO_KEEPS = ("language", "text_scale", "window/geometry")


def demo_settings(real: QSettings, folder: Path) -> QSettings:
    """Settings for ``--demo``: a copy of the real language, text size and window
    place, kept in the demo's temporary folder; the demo never writes the real ones."""
    copy = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    for key in DEMO_KEEPS:
        if real.contains(key):
            copy.setValue(key, real.value(key))
    return copy


def _benchmark_hooks(app: QApplication, window) -> None:
    """For benchmarks/: print a marker and quit once the window is ready for typing
    (RELIEF_DIARY_BENCH=ready) or once the chart has been painted (=chart)."""
    mode = os.environ.get("RELIEF_DIARY_BENCH")
    if mode not in ("ready", "chart"):
        return

    def done() -> None:
        print(mode, flush=True)
        app.quit()

    (window.firstPaint if mode == "ready" else window.chartShown).connect(done)


def run_app(db: Path | None = None, demo: bool = False) -> int:
    import datetime as dt

    from PySide6.QtCore import QTimer

    from diary.qt.language import install_language
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession
    from diary.qt.single_instance import SingleInstance
    from diary.qt.startup import (
        check_after_crash,
        daily_backup,
        open_for_window,
        warn_about_location,
    )
    from diary.qt.text_size import apply_text_scale

    app = make_application()
    settings = QSettings()
    install_language(app, settings.value("language", "") or None)
    # The name in title bars, in the patient's language (Qt adds it to each title).
    app.setApplicationDisplayName(QCoreApplication.translate("app", "Relief Diary"))
    apply_text_scale(app, float(settings.value("text_scale", 1.0)))
    demo_dir = tempfile.TemporaryDirectory(prefix="relief-diary-demo-") if demo else None
    if demo_dir is not None:
        settings = demo_settings(settings, Path(demo_dir.name))
    if demo_dir is not None:
        path = Path(demo_dir.name) / DIARY_FILE
    elif db is not None:
        path = Path(db).absolute()
    else:
        path = default_location()
        make_private_dir(path.parent)
    if not path.parent.is_dir():
        text = tr("startup", "The folder {path} does not exist.").format(path=path.parent)
        QMessageBox.critical(None, APP_NAME, text)
        return 1
    instance = SingleInstance(path)
    if not instance.acquire():
        if instance.ask_first_copy_to_raise():
            print(
                tr(
                    "startup",
                    "Relief Diary is already open with this diary: its window was brought forward.",
                )
            )
            return 0
        text = tr("startup", "The diary {path} is open in another copy of Relief Diary.")
        QMessageBox.warning(None, APP_NAME, text.format(path=path))
        return 1
    try:
        store = open_for_window(path)
        if store is not None and instance.was_stale:
            store = check_after_crash(store)  # the last run did not end cleanly
        if store is None:
            return 1
        if demo:
            try:
                fill_demo(store, dt.date.today())
            except StoreError as exc:
                QMessageBox.critical(None, APP_NAME, str(exc))
                return 1
        session = DiarySession(store)
        window = MainWindow(session, demo=demo, settings=settings)
        instance.raiseRequested.connect(window.bring_forward)
        _benchmark_hooks(app, window)

        def once_shown() -> None:
            instance.listen()
            if demo or os.environ.get("RELIEF_DIARY_BENCH"):
                return
            from diary.qt.welcome import WelcomeWizard, needs_welcome

            message = daily_backup(store, dt.date.today())
            if message:
                window.statusBar().showMessage(message)
            warn_about_location(store, settings, window)
            if needs_welcome(session, settings):
                WelcomeWizard(session, settings, window, type_ahead=window.form.pad).exec()
                window.activateWindow()
                window.form.pad.setFocus()  # "7 3 2 Enter" after the welcome is logged
            window.start_reminders()

        # Backups, the reminder and the welcome wait until the chart is on screen too.
        window.chartShown.connect(lambda: QTimer.singleShot(200, once_shown))
        window.show()
        try:
            return app.exec()
        finally:
            store.close()
    finally:
        instance.release()
        if demo_dir is not None:
            demo_dir.cleanup()
