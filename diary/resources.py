"""Finding the files in resources/ (icons, the desktop file, translations), both in
an installed wheel (diary/resources) and in a source checkout (resources/)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_path(*parts: str) -> Path:
    for base in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        candidate = base.joinpath(*parts)
        if candidate.exists():
            return candidate
    return _PACKAGE.parent.joinpath("resources", *parts)
