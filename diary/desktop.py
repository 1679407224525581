"""``relief-diary --install-desktop-entry``: put Relief Diary in the Linux menu.

A wheel cannot install a .desktop file system-wide, so the app writes its own into
the user's applications folder, with the icon beside the user's other icons.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from diary.files import write_private
from diary.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _data_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME", "")
    return Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"


def _command() -> str:
    found = shutil.which("relief-diary-gui") or shutil.which("relief-diary")
    if found:
        return f'"{found}"'
    return f'"{sys.executable}" -m diary'


def install_desktop_entry() -> Path:
    """Write the .desktop file and icons; return the .desktop path."""
    if not sys.platform.startswith("linux"):
        raise OSError("desktop entries are for Linux; on this system use the app's shortcut")
    data = _data_home()
    for size in ICON_SIZES:
        target = data / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "relief-diary.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(resource_path("icons", f"relief-diary-{size}.png"), target)
    scalable = data / "icons" / "hicolor" / "scalable" / "apps" / "relief-diary.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(resource_path("icons", "relief-diary.svg"), scalable)
    text = resource_path("relief-diary.desktop").read_text(encoding="utf-8")
    text = text.replace("Exec=relief-diary-gui", f"Exec={_command()}")
    apps = data / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    desktop = apps / "relief-diary.desktop"
    write_private(desktop, text.encode("utf-8"))
    os.chmod(desktop, 0o700 if os.name == "posix" else 0o600)  # launchers may need +x
    return desktop
