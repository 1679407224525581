"""The layer rules, checked: the core knows no Qt and no store; the command line
subcommands load neither Qt nor pyqtgraph; widgets hold the session, never the store."""

import ast
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    ).stdout


def test_core_and_store_import_no_qt():
    out = _run(
        "import sys, json, pkgutil, importlib, diary.core, diary.exports, diary.store, diary.cli\n"
        "for package in (diary.core, diary.exports):\n"
        "    for m in pkgutil.iter_modules(package.__path__):\n"
        "        importlib.import_module(package.__name__ + '.' + m.name)\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in"
        " ('PySide6', 'pyqtgraph', 'shiboken6') or m.startswith('diary.qt'))))"
    )
    assert json.loads(out) == []


def test_status_command_imports_no_qt(tmp_path):
    db = tmp_path / "d.sqlite3"
    code = (
        "import sys, diary.cli\n"
        f"diary.cli.main(['procedure', 'add', '--date', '2026-01-01', '--db', r'{db}'])\n"
        f"diary.cli.main(['status', '--db', r'{db}'])\n"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))])"
    )
    assert _run(code).strip().splitlines()[-1] == "[]"


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    if not Path(lint).exists():
        pytest.skip("import-linter is not installed")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    # Every contract in pyproject.toml is checked: none broken, none skipped.
    names = re.findall(r'^name = "(.+)"$', (ROOT / "pyproject.toml").read_text(), re.M)
    contracts = [n for n in names if n != "relief-diary"]
    assert len(contracts) == 6
    assert f"{len(contracts)} kept, 0 broken" in result.stdout


# The modules of diary/qt that may hold the store itself: the session, and those that
# open the diary before a session exists (start-up) or for the command line (exports).
STORE_HOLDERS = {"session.py", "session_records.py", "app.py", "startup.py", "exports/files.py"}


def _store_uses(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Attribute) and node.attr == "store":
            found.append(f"{path.name}:{node.lineno} .store")
        elif isinstance(node, ast.Name) and node.id == "DiaryStore":
            found.append(f"{path.name}:{node.lineno} DiaryStore")
        elif isinstance(node, ast.ImportFrom) and any(a.name == "DiaryStore" for a in node.names):
            found.append(f"{path.name}:{node.lineno} imports DiaryStore")
    return found


def test_widgets_hold_the_session_never_the_store():
    """Every read and write of a widget goes through DiarySession, so undo and the
    change signals can never miss a write."""
    qt = ROOT / "diary" / "qt"
    assert _store_uses(qt / "session_records.py")  # the scan does see a use
    offenders = [
        use
        for path in sorted(qt.rglob("*.py"))
        if path.relative_to(qt).as_posix() not in STORE_HOLDERS
        for use in _store_uses(path)
    ]
    assert offenders == []
