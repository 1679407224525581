"""Test configuration: headless Qt, a private data folder, and diary fixtures."""

import os

# Headless, whoever runs the tests (pytest-qt has no option for the platform).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import datetime as dt  # noqa: E402

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


@pytest.fixture
def store(tmp_path):
    s = DiaryStore.open(tmp_path / "diary.sqlite3")
    yield s
    s.close()
