"""Test configuration: headless Qt, a private data folder, and diary fixtures."""

import os

# Headless, whoever runs the tests (pytest-qt has no option for the platform).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402
import gc  # noqa: E402

import pytest  # noqa: E402

from diary.store import DiaryStore  # noqa: E402

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory, monkeypatch):
    """Never touch the real user's data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    return home


# Python's cycle collector, left to itself, can free Qt widgets of an earlier test in
# the middle of a later test's paint event (seen once in CI: a segfault in pyqtgraph's
# GraphicsView.paintEvent while pytest-qt processed events; pyqtgraph and napari
# report the same kind of crash from collection during a destructor). Collection runs
# between tests instead, when no widget is painting; reference counting still frees
# everything that is not in a cycle at once.
gc.disable()


_tests_run = [0]


@pytest.fixture(autouse=True)
def _collect_between_tests():
    yield
    # The young generations after every test; everything every 50 tests (a full
    # collection after each one made the suite 80 % slower).
    _tests_run[0] += 1
    if _tests_run[0] % 50 == 0:
        gc.collect()
    else:
        gc.collect(1)


@pytest.fixture
def store(tmp_path):
    s = DiaryStore.open(tmp_path / "diary.sqlite3")
    yield s
    s.close()
