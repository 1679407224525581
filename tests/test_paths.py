"""The command line and the window find the same default diary."""

from pathlib import Path

from diary import paths


def test_default_path_matches_qstandardpaths(qapp, _private_home):
    from diary.qt.application import default_location, make_application

    make_application()
    assert default_location() == paths.default_diary()
    assert str(paths.default_diary()).startswith(str(_private_home))


def test_xdg_data_home_is_honoured(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert paths.data_dir() == tmp_path / paths.ORGANISATION / paths.APPLICATION
    monkeypatch.setenv("XDG_DATA_HOME", "relative/is/ignored")
    assert paths.data_dir() == Path.home() / ".local" / "share" / "ReliefDiary" / "relief-diary"
