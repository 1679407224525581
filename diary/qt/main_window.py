"""MainWindow: puts the entry form, the status, the chart and the tables together.

It only wires widgets to the session; each part lives in its own module. The chart
(pyqtgraph) is built after the first paint so the form is ready for typing first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from diary import APP_NAME
from diary.qt.appointment_prompts import AppointmentPrompts
from diary.qt.entry_form import EntryForm
from diary.qt.reminder_banner import ReminderBanner
from diary.qt.session import DiarySession
from diary.qt.status_panel import StatusPanel
from diary.qt.widgets import ElidedLabel, scrolling
from diary.qt.window_actions import WindowActionsMixin
from diary.resources import resource_path

DEFAULT_SIZE = (1400, 900)  # the form beside the chart on a 1920 x 1080 screen
MIN_PLOT_PX = 160  # as diary.qt.chart (not imported here: pyqtgraph loads later)


class MainWindow(WindowActionsMixin, QMainWindow):
    firstPaint = Signal()  # the rating pad has been painted: ready for typing
    chartShown = Signal()  # the chart has been painted (or built, when out of sight)

    def __init__(
        self, session: DiarySession, demo: bool = False, settings: QSettings | None = None
    ):
        super().__init__()
        self.session = session
        self.settings = settings
        # Qt adds " — Relief Diary" (the application's display name) itself.
        self.setWindowTitle(self.tr("sample data") if demo else session.path.name)
        # PNG sizes, not the SVG: the SVG image plugin would load before the first paint.
        icon = QIcon()
        for size in (16, 32, 48, 64, 128, 256):
            icon.addFile(str(resource_path("icons", f"relief-diary-{size}.png")))
        self.setWindowIcon(icon)
        self._fit_to_screen()
        if settings is not None and settings.value("window/geometry") is not None:
            self.restoreGeometry(settings.value("window/geometry"))
        self.chart = None
        self._chart_announced = False
        self.demo = demo
        self.weekly_offer = None  # made after the first paint, when it is considered

        self.form = EntryForm(
            session.add_entry,
            session.today,
            procedures=session.procedures,
            medication_names=session.medication_names,
        )
        box = QGroupBox(self.tr("How are you today?"))
        QVBoxLayout(box).addWidget(self.form)
        self.status_panel = StatusPanel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        # The reminder sits over the splitter (or the tabs), seen whatever tab is open.
        self.banner = ReminderBanner()
        # PGIC and function questions, asked in the window (never modal), beside it.
        self.prompts = AppointmentPrompts(session)
        self.prompts.openFunction.connect(self.open_function)
        top_layout.addWidget(self.status_panel)
        # An empty diary, or one without a procedure: what to do next, with a button.
        self.getting_started = QWidget()
        start_row = QHBoxLayout(self.getting_started)
        start_row.setContentsMargins(0, 0, 0, 0)
        self.start_text = QLabel()
        self.start_text.setWordWrap(True)
        self.add_procedure_button = QPushButton(self.tr("Add procedure…"))
        self.add_procedure_button.setMinimumHeight(44)
        self.add_procedure_button.clicked.connect(self._add_procedure)
        start_row.addWidget(self.start_text, 1)
        start_row.addWidget(self.add_procedure_button, 0, Qt.AlignmentFlag.AlignTop)
        self.getting_started.hide()
        top_layout.addWidget(self.getting_started)
        top_layout.addWidget(box)
        top_layout.addStretch(1)  # spare height below the form, not between its rows
        top_layout.setContentsMargins(6, 6, 6, 0)
        self.top = top
        scroll = scrolling(top)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Save entry stays in view below the form when the form has to scroll (150 %
        # and 200 % text on a 1366x768 screen put it below the fold).
        self.today_area = QWidget()
        today_layout = QVBoxLayout(self.today_area)
        today_layout.setContentsMargins(0, 0, 0, 0)
        today_layout.addWidget(scroll, 1)
        sticky = QWidget()
        sticky_layout = QVBoxLayout(sticky)
        sticky_layout.setContentsMargins(16, 4, 16, 6)
        sticky_layout.addWidget(self.form.button_row)
        today_layout.addWidget(sticky)
        self.form_scroll = scroll

        self.chart_tab = QWidget()
        QVBoxLayout(self.chart_tab).setContentsMargins(0, 0, 0, 0)
        # In the tabbed layout (very large text) the verdict is repeated over the chart.
        self.chart_status = StatusPanel()
        self.chart_status.hide()
        self.chart_tab.layout().addWidget(self.chart_status)
        # The History and Procedures tabs are filled after the first paint.
        self.history = QWidget()
        self.procedures = QWidget()
        self._panels_built = False
        self.tabs = QTabWidget()
        self.tabs.addTab(self.chart_tab, self.tr("&Trend"))
        self.tabs.addTab(self.history, self.tr("Hi&story"))
        self.tabs.addTab(self.procedures, self.tr("&Procedures"))
        self.tabs.currentChanged.connect(lambda _index: self._place_prompts())
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.today_area)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.banner)
        central_layout.addWidget(self.prompts)  # two lines high: seen on every tab
        central_layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        where = self.tr("temporary sample (deleted on exit)") if demo else str(session.path)
        self.where = ElidedLabel(self.tr("Diary: {path}").format(path=where))
        self.statusBar().addWidget(self.where, 1)

        self._build_menus()
        session.entriesChanged.connect(self.refresh)
        session.entriesChanged.connect(lambda: self.banner.hide_if_logged_today(session))
        session.entriesChanged.connect(self._forget_stale_messages)
        session.proceduresChanged.connect(self.refresh)
        session.proceduresChanged.connect(self.prompts.refresh)
        session.rulesChanged.connect(self.refresh)
        session.failed.connect(lambda text: QMessageBox.warning(self, APP_NAME, text))
        self._today = session.today()
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(60_000)  # a minute: QTimer does not count during sleep
        # The analysis (numpy) and the chart (pyqtgraph) load only once the form
        # has been painted, so the window accepts typing as soon as a bare Qt
        # window would.
        self.form.pad.installEventFilter(self)
        self.firstPaint.connect(lambda: QTimer.singleShot(0, self.build_chart))

    def _fit_to_screen(self) -> None:
        width, height = DEFAULT_SIZE
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None and screen.width() > 0:
            width = min(width, int(screen.width() * 0.95))
            height = min(height, int(screen.height() * 0.92))
        self.resize(width, height)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not getattr(self, "_sized", False):
            self._sized = True
            self.fit_splitter()
            self.form.pad.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            # Once the layouts have taken in the new size (the next turn of the loop).
            QTimer.singleShot(0, self._follow_font)

    def _follow_font(self) -> None:
        # Qt gives a widget with its own style sheet (the rating pad and its buttons,
        # the tick boxes, the banners) its font when the sheet is applied, and keeps
        # it when the application's font changes: applying the sheets again passes
        # a new text size on to them.
        for widget in self.findChildren(QWidget):
            if widget.styleSheet():
                widget.setStyleSheet(widget.styleSheet())
        # A hidden tab's layouts keep their old sizes until told (the form, when the
        # Trend tab is in front): the layout choice below needs the new ones.
        for layout in self.findChildren(QLayout):
            layout.invalidate()
        self.fit_splitter()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_splitter()

    def is_tabbed(self) -> bool:
        return self.tabs.indexOf(self.today_area) >= 0

    def _place_prompts(self) -> None:
        """On a short screen (the tabbed layout) the questions are asked over the
        Today tab only, where the patient rates the day: the chart keeps its height."""
        self.prompts.set_room(not self.is_tabbed() or self.tabs.currentWidget() is self.today_area)

    def chart_needs(self, width: int) -> int:
        """The height the Trend tab needs at this width for two usable plots."""
        tab_bar = self.tabs.tabBar().sizeHint().height()
        if self.chart is not None:
            return self.chart.minimum_useful_height(width) + tab_bar + 12
        # Before the chart exists (the first paint): the same sum, estimated.
        line = self.fontMetrics().height()
        return tab_bar + 2 * MIN_PLOT_PX + 9 * line + 60

    def fit_splitter(self) -> None:
        """Choose the layout that gives the form and the chart room enough.

        Wide, short screens put the form beside the chart; tall ones put it above;
        when neither fits (large text on a small screen) the form becomes the first
        tab, "Today", and the chart has a tab of its own. Each plot keeps at least
        MIN_PLOT_PX in every layout.
        """
        hint = self.top.sizeHint()
        hint.setHeight(hint.height() + self.form.button_row.sizeHint().height() + 10)
        width = self.width()
        height = self.height() - self.menuBar().height() - self.statusBar().height()
        # The questions count whether or not they show just now (they are hidden over
        # the chart in the tabbed layout), so that the choice does not swing back.
        asking = self.prompts.prompt is not None
        for above in (self.banner, self.prompts):
            if not above.isHidden() or (above is self.prompts and asking):
                # At this width: a wrapped question's size hint is for a narrow one.
                wraps = above.hasHeightForWidth()
                height -= above.heightForWidth(width) if wraps else above.sizeHint().height()
        chart_width = max(width - hint.width() - 24, 1)
        least_width = max(560, self.chart.minimumSizeHint().width() if self.chart else 0)
        beside = (
            chart_width >= least_width
            and width > 1.3 * height
            and self.chart_needs(chart_width) <= height
            and hint.height() <= height + 40  # the form scrolls a little, no more
        )
        above = hint.height() + 4 + self.chart_needs(width) <= height
        tabbed = not beside and not above
        if tabbed != self.is_tabbed():
            if tabbed:
                self.tabs.insertTab(0, self.today_area, self.tr("T&oday"))
                self.tabs.setCurrentIndex(0)
            else:
                self.tabs.removeTab(0)
                self.splitter.insertWidget(0, self.today_area)
                self.today_area.show()
        self._place_prompts()
        # The verdict over the chart, in the tabbed layout, when there is room for it.
        room = self.chart_needs(width) + self.chart_status.sizeHint().height() <= height
        self.chart_status.setVisible(tabbed and room)
        if tabbed:
            return
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        self.splitter.setOrientation(orientation)
        if beside:
            total, want = self.splitter.width(), hint.width() + 24
            least = least_width
        else:
            total, want = self.splitter.height(), hint.height() + 4
            least = self.chart_needs(width)
        top = min(want, max(total - least, 200))
        self.splitter.setSizes([top, max(total - top, least)])

    def bring_forward(self) -> None:
        """A second copy was started: show this window instead."""
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            if obj is self.form.pad:
                self.form.pad.removeEventFilter(self)
                self.firstPaint.emit()
            elif self.chart is not None and obj is self.chart.view.viewport():
                obj.removeEventFilter(self)
                QTimer.singleShot(0, self._chart_on_screen)  # once this paint is done
        return super().eventFilter(obj, event)

    def build_panels(self) -> None:
        """The History and Procedures tabs (hidden behind the chart until chosen)."""
        if self._panels_built:
            return
        from diary.qt.record_panels import HistoryPanel, ProceduresPanel

        self._panels_built = True
        current = self.tabs.currentIndex()
        for old_attr, panel, title in (
            ("history", HistoryPanel(self.session), self.tr("Hi&story")),
            ("procedures", ProceduresPanel(self.session), self.tr("&Procedures")),
        ):
            index = self.tabs.indexOf(getattr(self, old_attr))
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, panel, title)
            setattr(self, old_attr, panel)
        self.tabs.setCurrentIndex(current)
        if self.chart is not None:  # else build_chart's refresh fills them
            self.procedures.show_episodes(self.session.analysis(), self.session.rules())

    def build_chart(self) -> None:
        self.banner.hide_if_logged_today(self.session)
        self.prompts.refresh()
        if self.chart is not None:
            return
        from diary.qt.chart import TrendChart  # pyqtgraph: only after the first paint

        self.chart = TrendChart()
        self.chart_tab.layout().addWidget(self.chart)
        self.refresh()
        # The tabs behind the chart are built once it has been painted. Built before
        # it (and with the start-up chores of app.py), they kept it off the screen:
        # painted 80-120 ms after it was built, against 20 ms now (measured).
        self.chartShown.connect(lambda: QTimer.singleShot(0, self.build_panels))
        if self.chart_tab.isVisible():
            self.chart.view.viewport().installEventFilter(self)
            # A window minimised at once never paints: the rest must not wait for it.
            QTimer.singleShot(2000, self._chart_on_screen)
        else:  # the Today tab is in front: nothing to wait for
            self._chart_on_screen()

    def _chart_on_screen(self) -> None:
        if not self._chart_announced:
            self._chart_announced = True
            self.chartShown.emit()

    def refresh(self) -> None:
        if self.chart is None:
            return  # before the first paint; build_chart refreshes
        from diary.core.chart_data import chart_data

        analysis = self.session.analysis()
        self.status_panel.show_analysis(analysis)
        self.chart_status.show_analysis(analysis)
        self.consider_weekly_offer(analysis)
        self._show_getting_started()
        self.form.refresh_checklist()
        if self._panels_built:
            self.procedures.show_episodes(analysis, self.session.rules())
        rules = self.session.rules()
        data = chart_data(analysis, self.session.entries(), self.session.procedures())
        levels = (rules.meaningful_percent, rules.substantial_percent, rules.block_percent)
        self.chart.set_data(data, levels)

    def _show_getting_started(self) -> None:
        """Empty-diary and no-procedure states: their own sentence, not a verdict."""
        entries = self.session.entries()
        treated = [p for p in self.session.procedures() if p.kind != "block"]
        if not entries and not treated:
            text = self.tr(
                "Your diary is empty. Rate your day below (for example 7 3 2, then Enter), "
                "and add the date of your procedure to see your relief."
            )
        elif not entries:
            text = self.tr("No ratings yet. Rate your day below: three numbers, then Enter.")
        elif not treated:
            text = self.tr("Add the date of your procedure to see your relief.")
        else:
            self.getting_started.hide()
            for panel in (self.status_panel, self.chart_status):
                panel.verdict.show()
            return
        self.start_text.setText(text)
        self.add_procedure_button.setVisible(not treated)
        self.getting_started.show()
        # The verdict has nothing to judge yet: the sentence above replaces it.
        for panel in (self.status_panel, self.chart_status):
            panel.verdict.setVisible(bool(entries) and bool(treated))

    def _forget_stale_messages(self) -> None:
        """ "✓ Saved …" goes once that entry was deleted or changed (an undo, the
        History tab)."""
        saved = self.form.last_saved
        if saved is not None and saved not in self.session.entries():
            self.form.forget_message()

    def _tick(self) -> None:
        today = self.session.today()
        if today != self._today:
            self.form.refresh_today(self._today)
            self._today = today
            self.refresh()
            self.prompts.refresh()
