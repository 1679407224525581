"""The window's menus and what they open: files, reports, backups, the block day,
the relief rules, preferences, help and reminders.

A mixin of MainWindow (so ``self.tr`` keeps the window's translation context); the
window itself only lays out and wires its parts.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from diary import APP_NAME, __version__
from diary.core.i18n import tl
from diary.qt.text_size import TEXT_SCALES, apply_text_scale


def _room_for_text(menu) -> None:
    """Qt 6's Fusion style cuts the longest item of a menu short once the text is
    large ("About R…f Diary" at 200 %): it draws the text in less room than it
    measured for it. Two lines' height more, worked out each time the menu opens
    (for the text size of the moment), leaves room for the whole text."""
    menu.setMinimumWidth(menu.sizeHint().width() + 2 * menu.fontMetrics().height())


class WindowActionsMixin:
    """Needs ``session``, ``settings``, ``demo``, ``banner``, ``procedures``,
    ``top``, ``weekly_offer`` and ``build_panels``."""

    def _build_menus(self) -> None:
        stack = self.session.undo_stack
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        report = file_menu.addAction(self.tr("Appointment &report…"))
        report.setShortcut(QKeySequence.StandardKey.Print)
        report.triggered.connect(self.open_report)
        chart = file_menu.addAction(self.tr("Save the &chart as a picture…"))
        chart.triggered.connect(lambda: self._exports().save_chart_file(self.session, self))
        file_menu.addSeparator()
        export = file_menu.addAction(self.tr("&Export entries (CSV)…"))
        export.setShortcut(QKeySequence("Ctrl+E"))
        export.triggered.connect(lambda: self._exports().export_csv_file(self.session, self))
        imp = file_menu.addAction(self.tr("&Import entries (CSV)…"))
        imp.triggered.connect(lambda: self._files().import_csv(self.session, self))
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, self.tr("&Redo"))
        # On Linux/xcb the platform's Redo already is Ctrl+Shift+Z: a key bound twice
        # is ambiguous and fires nothing, so each sequence goes in once.
        keys = [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
            QKeySequence("Ctrl+Shift+Z"),
        ]
        redo.setShortcuts(list({k.toString(): k for k in keys}.values()))
        edit.addAction(undo)
        edit.addAction(redo)
        diary_menu = self.menuBar().addMenu(self.tr("&Diary"))
        add_proc = diary_menu.addAction(self.tr("Add &procedure…"))
        add_proc.triggered.connect(self._add_procedure)
        function = diary_menu.addAction(self.tr("Rate &activities…"))
        function.triggered.connect(lambda: self.open_function(None))
        diary_menu.addSeparator()
        backup = diary_menu.addAction(self.tr("Back &up now…"))
        backup.triggered.connect(lambda: self._files().backup_now(self.session, self))
        restore = diary_menu.addAction(self.tr("Re&store from a backup…"))
        restore.triggered.connect(lambda: self._files().restore_backup(self.session, self))
        diary_menu.addSeparator()
        block = diary_menu.addAction(self.tr("&Block day…"))
        block.triggered.connect(self.open_block_day)
        rules = diary_menu.addAction(self.tr("Relief &rules…"))
        rules.triggered.connect(self.edit_rules)
        view = self.menuBar().addMenu(self.tr("&View"))
        sizes = view.addMenu(self.tr("&Text size"))
        group = QActionGroup(self)
        current = float(self.settings.value("text_scale", 1.0)) if self.settings else 1.0
        for label, scale in TEXT_SCALES:
            action = QAction(tl(label), self, checkable=True)
            action.setChecked(abs(scale - current) < 0.01)
            action.triggered.connect(lambda _c=False, s=scale: self.set_text_scale(s))
            group.addAction(action)
            sizes.addAction(action)
        prefs = edit.addAction(self.tr("&Preferences…"))
        prefs.setShortcut(QKeySequence.StandardKey.Preferences)
        prefs.triggered.connect(self.open_preferences)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_action = help_menu.addAction(self.tr("&Help"))
        help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        help_action.triggered.connect(self.open_help)
        about = help_menu.addAction(self.tr("&About {app}").format(app=APP_NAME))
        about.triggered.connect(self._about)
        for menu in (file_menu, edit, diary_menu, view, sizes, help_menu):
            menu.aboutToShow.connect(lambda m=menu: _room_for_text(m))

    def _add_procedure(self) -> None:
        self.build_panels()  # in the first moments the Procedures tab may not exist yet
        self.procedures.add()

    def block_procedure(self):
        """Today's (or yesterday's) diagnostic block, if one is recorded."""
        today = self.session.today()
        blocks = [
            p
            for p in self.session.procedures()
            if p.kind.value == "block" and 0 <= (today - p.day).days <= 1
        ]
        return max(blocks, key=lambda p: (p.day, p.id)) if blocks else None

    def open_block_day(self) -> None:
        from diary.qt.block_day_window import BlockDayWindow
        from diary.qt.dialogs import ProcedureDialog

        current = getattr(self, "block_window", None)
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return
        proc = self.block_procedure()
        if proc is None:
            # The block's details now; it is recorded with its pre-block rating only,
            # so opening Block day and closing it changes nothing in the diary.
            dialog = ProcedureDialog(lambda p: p, None, self.session.today(), self, kind="block")
            dialog.setWindowTitle(self.tr("Today's diagnostic block"))
            if not dialog.exec():
                return
            proc = dialog.procedure()
        self.block_window = BlockDayWindow(self.session, proc, self.session.rules(), parent=self)
        self.block_window.show()

    def open_function(self, procedure=None) -> None:
        """Name and rate the activities of ``procedure`` (default: the newest one
        that opens an episode)."""
        from diary.qt.function_dialog import FunctionDialog

        today = self.session.today()
        if procedure is None:
            episodes = [
                p for p in self.session.procedures() if p.kind.value != "block" and p.day <= today
            ]
            if not episodes:
                QMessageBox.information(
                    self,
                    APP_NAME,
                    self.tr("Add your procedure first: activities are named with a procedure."),
                )
                return
            procedure = max(episodes, key=lambda p: (p.day, p.id))
        if FunctionDialog(self.session, procedure, today, self).exec():
            self.statusBar().showMessage(self.tr("Activities saved."), 10_000)
        self.prompts.refresh()

    # The file actions load at their first use, not before the window's first paint.

    @staticmethod
    def _files():
        from diary.qt import file_actions

        return file_actions

    @staticmethod
    def _exports():
        from diary.qt.exports import export_actions

        return export_actions

    def open_report(self) -> None:
        from diary.qt.exports.report_dialog import ReportDialog

        ReportDialog(self.session, self).exec()

    def edit_rules(self) -> None:
        from diary.qt.rules_dialog import RulesDialog

        RulesDialog(self.session.rules(), self.session.set_rules, self).exec()

    def set_text_scale(self, scale: float) -> None:
        apply_text_scale(QApplication.instance(), scale)
        if self.settings is not None:
            self.settings.setValue("text_scale", scale)

    def start_reminders(self) -> None:
        """The daily reminder (tray where there is one, this window's banner otherwise)."""
        from diary.qt.notifier import Notifier
        from diary.qt.reminder import DailyReminder

        if self.settings is None or self.demo:
            return
        self.notifier = Notifier(self, self.banner.show_text)
        self.reminder = DailyReminder(self.session, self.settings, self.notifier, parent=self)
        self.banner.turn_off.clicked.connect(self._reminders_off)
        self.reminder.tick()

    def consider_weekly_offer(self, analysis) -> None:
        """Offer once (per procedure) a weekly reminder to a patient who rates on
        fewer than 4 days a week from week 8 on (never in the sample diary)."""
        proc = analysis.status.procedure
        if self.settings is None or self.demo or proc is None:
            return
        if self.weekly_offer is None:
            from diary.qt.weekly_offer import WeeklyOffer

            self.weekly_offer = WeeklyOffer(self.settings, self.session)
            self.weekly_offer.switched.connect(self._weekly_switched)
            self.top.layout().insertWidget(1, self.weekly_offer)
        rated = {e.day for e in self.session.entries()}
        self.weekly_offer.consider(proc.day, rated, self.session.today())

    def _weekly_switched(self) -> None:
        from diary.qt.reminder import load_settings

        at = load_settings(self.settings).at
        self.statusBar().showMessage(
            self.tr(
                "Reminders: once a week at {time}. Edit ▸ Preferences switches back to every day."
            ).format(time=at.strftime("%H:%M")),
            15_000,
        )

    def _reminders_off(self) -> None:
        from diary.qt.reminder import load_settings, save_settings

        current = load_settings(self.settings)
        save_settings(self.settings, current.replace(enabled=False))
        self.banner.hide()
        self.statusBar().showMessage(
            self.tr("Reminders are off. Edit ▸ Preferences turns them on again."), 10_000
        )

    def open_help(self) -> None:
        from diary.qt.help_dialog import HelpDialog
        from diary.store.backup import backup_dir

        path = self.session.path
        HelpDialog(self.session.rules(), str(path), str(backup_dir(path)), self).exec()

    def open_preferences(self) -> None:
        from diary.qt.preferences import PreferencesDialog

        if self.settings is None:
            return
        if PreferencesDialog(self.settings, self.session, self).exec():
            self.set_text_scale(float(self.settings.value("text_scale", 1.0)))

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {app}").format(app=APP_NAME),
            self.tr(
                "<b>{app} {version}</b><p>A follow-up diary for thoracic rhizotomy "
                "(medial branch radiofrequency ablation).</p><p>It reports what you "
                "recorded; it is not medical advice. Your diary stays on this computer.</p>"
            ).format(app=APP_NAME, version=__version__),
        )
