"""The layer rules, checked: the core knows no Qt and no store; the command line
subcommands load neither Qt nor pyqtgraph."""

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
        "import sys, json, pkgutil, importlib, diary.core, diary.store, diary.cli\n"
        "for m in pkgutil.iter_modules(diary.core.__path__):\n"
        "    importlib.import_module('diary.core.' + m.name)\n"
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
    assert len(contracts) == 5
    assert f"{len(contracts)} kept, 0 broken" in result.stdout
