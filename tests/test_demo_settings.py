"""--demo never writes the real settings (the text size changed in a demo used to
change the real diary's)."""

import pytest
from PySide6.QtCore import QSettings

from diary.qt.app import demo_settings, make_application
from diary.qt.main_window import MainWindow
from diary.qt.session import DiarySession
from diary.qt.text_size import apply_text_scale


@pytest.fixture
def real_settings(qapp):
    """The real settings (in the test's private HOME). Qt caches settings files for
    the whole process: they are emptied afterwards, or the next tests speak Spanish."""
    make_application()
    real = QSettings()
    yield real
    real.clear()
    real.sync()


def test_text_size_in_a_demo_stays_in_the_demo(qtbot, store, tmp_path, real_settings):
    app = make_application()
    real = real_settings
    real.setValue("text_scale", 1.5)
    real.setValue("language", "es")
    real.sync()
    settings = demo_settings(real, tmp_path)
    assert settings.value("text_scale") in (1.5, "1.5")
    assert settings.value("language") == "es"
    window = MainWindow(DiarySession(store), demo=True, settings=settings)
    qtbot.addWidget(window)
    try:
        window.set_text_scale(2.0)
        window.close()  # saves the window's place
    finally:
        apply_text_scale(app, 1.0)
    real.sync()
    assert float(QSettings().value("text_scale")) == 1.5
    assert QSettings().value("window/geometry") is None
    assert float(settings.value("text_scale")) == 2.0
    settings.sync()
    assert (tmp_path / "settings.ini").exists()
