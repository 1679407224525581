"""The command line: the same numbers as the window, one-line errors, exit codes."""

import datetime as dt
import json

import pytest

from diary.cli import main
from diary.core.daily import day_means
from diary.core.records import Entry
from diary.core.relief import analyse
from diary.core.wording import describe
from diary.store import DiaryStore

CONTRACT_KEYS = {
    "as_of",
    "verdict",
    "procedure",
    "smoothed_pain",
    "relief_percent",
    "relief_start",
    "relief_end",
    "relief_days",
    "relief_ongoing",
    "trend_per_week",
}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_procedure_add_and_list(tmp_path, capsys):
    db = str(tmp_path / "d.sqlite3")
    code, out, _ = run(
        capsys,
        "procedure",
        "add",
        "--date",
        "2026-03-02",
        "--kind",
        "rfa",
        "--baseline",
        "7",
        "--levels",
        "T6-T8",
        "--side",
        "both",
        "--note",
        "first",
        "--db",
        db,
    )
    assert code == 0 and "2026-03-02" in out
    code, out, _ = run(capsys, "procedure", "list", "--json", "--db", db)
    assert code == 0
    assert json.loads(out) == [
        {
            "date": "2026-03-02",
            "kind": "rfa",
            "baseline": 7,
            "levels": "T6-T8",
            "side": "both",
            "note": "first",
        }
    ]
    code, out, _ = run(capsys, "procedure", "list", "--db", db)
    assert "2026-03-02" in out and "baseline 7" in out


@pytest.mark.parametrize(
    "args",
    [
        ["--date", "2026-02-30"],
        ["--date", "2026-03-01", "--baseline", "11"],
        ["--date", "2026-03-01", "--kind", "surgery"],
        ["--date", "2026-03-01", "--side", "up"],
    ],
)
def test_bad_procedure_input_changes_nothing(tmp_path, capsys, args):
    db = tmp_path / "d.sqlite3"
    with pytest.raises(SystemExit) as exc:
        main(["procedure", "add", *args, "--db", str(db)])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not db.exists()


def test_status_json_has_the_contract_keys_and_agrees_with_the_window(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    start = dt.date(2026, 1, 1)
    with DiaryStore.open(db) as store:
        store.add_entries(
            [Entry(start + dt.timedelta(days=i), None, 7 if i < 14 else 3) for i in range(90)]
        )
    run(capsys, "procedure", "add", "--date", "2026-01-15", "--db", str(db))
    as_of = "2026-03-31"
    code, out, _ = run(capsys, "status", "--as-of", as_of, "--json", "--db", str(db))
    data = json.loads(out)
    assert code == 0 and set(data) >= CONTRACT_KEYS
    # Baseline from the 14 days before: 7. Pain 3 from the procedure: R = 4/7.
    assert data["verdict"] == "relief_holding"
    assert data["relief_percent"] == round(100 * 4 / 7, 1)
    assert data["smoothed_pain"] == 3
    assert data["procedure"] == {
        "date": "2026-01-15",
        "kind": "rfa",
        "baseline": None,
        "levels": "",
        "side": None,
    }
    # P7(20 Jan) = days 14..20 = (7 + 6 * 3) / 7 = 3.57 -> R 49 %; P7(21 Jan) = 3 -> 57 %.
    assert data["relief_start"] == "2026-01-21"
    assert data["relief_end"] is None and data["relief_ongoing"] is True
    # Ongoing: from the start through the last day at >= 50 % (today, 31 Mar), inclusive.
    assert data["relief_days"] == (dt.date(2026, 3, 31) - dt.date(2026, 1, 21)).days + 1
    # Second edition's keys: P rests on 7 rated days over 7 calendar days; no gap.
    assert data["smoothed_days"] == 7 and data["smoothed_span_days"] == 7
    assert data["below_substantial_days"] == 0
    assert data["relief_days_min"] == data["relief_days"]
    assert data["trend_per_week"] == 0
    code, text, _ = run(capsys, "status", "--as-of", as_of, "--db", str(db))
    with DiaryStore.open(db) as store:
        expected = describe(
            analyse(day_means(store.entries()), store.procedures(), dt.date(2026, 3, 31)).status
        )
    assert text.strip() == expected == data["message"]


def test_status_without_procedure_or_diary(tmp_path, capsys):
    db = tmp_path / "d.sqlite3"
    DiaryStore.open(db).close()
    code, out, _ = run(capsys, "status", "--json", "--db", str(db))
    assert json.loads(out)["verdict"] == "no_procedure"
    assert json.loads(out)["procedure"] is None
    code, out, err = run(capsys, "status", "--db", str(tmp_path / "none.sqlite3"))
    assert code == 1 and out == "" and err.count("\n") == 1 and "no diary" in err
    assert not (tmp_path / "none.sqlite3").exists()


def test_foreign_file_is_refused_in_one_line(tmp_path, capsys):
    db = tmp_path / "notes.txt"
    db.write_text("my shopping list\n")
    code, _, err = run(capsys, "procedure", "add", "--date", "2026-01-01", "--db", str(db))
    assert code == 1 and err.startswith("relief-diary: ") and err.count("\n") == 1
    assert db.read_text() == "my shopping list\n"


def test_default_diary_is_in_the_data_folder(capsys, _private_home):
    code, _, _ = run(capsys, "procedure", "add", "--date", "2026-01-01")
    assert code == 0
    assert (_private_home / "data" / "ReliefDiary" / "relief-diary" / "diary.sqlite3").exists()


def test_without_arguments_the_window_opens_the_default_diary(monkeypatch):
    """``main([])`` skips the parser; it must do what the parser would have said."""
    import inspect

    import diary.qt.app
    from diary.cli import build_parser

    params = inspect.signature(diary.qt.app.run_app).parameters
    assert {name: p.default for name, p in params.items()} == {"db": None, "demo": False}
    parsed = build_parser().parse_args([])
    assert (parsed.command, getattr(parsed, "db", None), parsed.demo) == (None, None, False)
    assert not parsed.install_desktop_entry

    calls = []
    monkeypatch.setattr(diary.qt.app, "run_app", lambda **kw: calls.append(kw) or 0)
    assert main([]) == 0
    assert main(["--demo"]) == 0
    assert main(["--demo", "repeat"]) == 0
    assert calls == [
        {},  # run_app's defaults above
        {"db": None, "demo": True},  # plain --demo exactly as before
        {"db": None, "demo": "repeat"},
    ]
