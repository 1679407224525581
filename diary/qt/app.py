"""Starting the window: the application object, the diary file and its errors."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox

from diary import APP_NAME
from diary.core.i18n import tr
from diary.paths import DIARY_FILE, make_private_dir
from diary.qt.application import default_location, make_application
from diary.store import DiaryStore, StoreError


def fill_demo(store: DiaryStore, today, sample: str = "standard") -> None:
    """The sample diary of ``--demo`` (``sample`` "repeat": ``--demo repeat``)."""
    from diary.core.demo import demo_diary, demo_repeat_diary

    if sample == "repeat":
        procs, entries = demo_repeat_diary(today)
    else:
        proc, entries = demo_diary(today)
        procs = [proc]
    added = [store.add_procedure(proc) for proc in procs]
    store.add_entries(entries)
    _fill_demo_function(store, added[-1], today)


DEMO_KEEPS = ("language", "text_scale", "window/geometry")


def demo_settings(real: QSettings, folder: Path) -> QSettings:
    """Settings for ``--demo``: a copy of the real language, text size and window
    place, kept in the demo's temporary folder; the demo never writes the real ones."""
    copy = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    for key in DEMO_KEEPS:
        if real.contains(key):
            copy.setValue(key, real.value(key))
    return copy


def _fill_demo_function(store: DiaryStore, proc, today) -> None:
    """Activities, weekly ability and two global impressions (issue 13)."""
    import datetime as dt

    from diary.core.demo_function import DEMO_ACTIVITIES, DEMO_PGIC, demo_ratings
    from diary.core.function import PgicAnswer

    acts = store.set_activities(proc.id, list(DEMO_ACTIVITIES))
    for day, values in demo_ratings(proc.day, today):
        store.rate_activities(day, {a.id: v for a, v in zip(acts, values, strict=True)})
    for days, answer in DEMO_PGIC:
        day = proc.day + dt.timedelta(days=days)
        if day <= today:
            store.save_pgic(PgicAnswer(proc.id, days, day, answer))


def run_app(db: Path | None = None, demo: bool | str = False) -> int:
    """``demo``: True for the standard sample, or a sample's name ("repeat")."""
    import datetime as dt

    from PySide6.QtCore import QTimer

    from diary.qt.language import install_language
    from diary.qt.main_window import MainWindow
    from diary.qt.session import DiarySession
    from diary.qt.single_instance import SingleInstance
    from diary.qt.startup import (
        check_after_crash,
        daily_backup,
        hidden_rows_message,
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
        # Resolved (a symlink, ``..``): the lock and the backups folder are the
        # diary's own, whatever name it was given by.
        path = Path(os.path.realpath(db))
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
                fill_demo(store, dt.date.today(), demo if isinstance(demo, str) else "standard")
            except StoreError as exc:
                QMessageBox.critical(None, APP_NAME, str(exc))
                return 1
        session = DiarySession(store)
        window = MainWindow(session, demo=bool(demo), settings=settings)
        instance.raiseRequested.connect(window.bring_forward)
        if os.environ.get("RELIEF_DIARY_BENCH"):
            from diary.qt.bench_hooks import install

            install(app, window)

        def once_shown() -> None:
            instance.listen()
            if demo or os.environ.get("RELIEF_DIARY_BENCH"):
                return
            from diary.qt.welcome import WelcomeWizard, needs_welcome

            warn_about_location(store, settings, window)
            if needs_welcome(session, settings):
                WelcomeWizard(session, settings, window, type_ahead=window.form.pad).exec()
                window.activateWindow()
                window.form.pad.setFocus()  # "7 3 2 Enter" after the welcome is logged
            window.start_reminders()

        def backup_once_painted() -> None:
            # The daily backup waits for the first paint, not for the chart: a
            # chart that cannot be drawn must never stop the backup.
            if demo or os.environ.get("RELIEF_DIARY_BENCH"):
                return
            message = daily_backup(store, dt.date.today()) or hidden_rows_message(store)
            if message:
                window.statusBar().showMessage(message)

        window.firstPaint.connect(lambda: QTimer.singleShot(200, backup_once_painted))
        # The reminder and the welcome wait until the chart is on screen too.
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
