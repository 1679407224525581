"""Is the diary in a network or cloud-synchronised folder? (SQLite's locking is not
safe there.) A best guess from the path and, on Linux, the mount's file system."""

from __future__ import annotations

import os
import sys
from pathlib import Path

CLOUD_NAMES = (
    "dropbox",
    "onedrive",
    "google drive",
    "googledrive",
    "icloud",
    "mobile documents",
    "nextcloud",
    "owncloud",
    "box sync",
    "pcloud",
    "mega",
)
NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "fuse.rclone",
    "davfs",
    "fuse.gvfsd-fuse",
}


def _mount_type(path: Path) -> str | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, kind = "", None
    target = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3:
            point = parts[1].replace("\\040", " ")
            if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) > len(
                best
            ):
                best, kind = point, parts[2]
    return kind


def risky_location(path: Path) -> str | None:
    """A short reason when ``path`` looks like a network or synchronised folder."""
    lowered = [part.lower() for part in Path(path).resolve().parts]
    for name in CLOUD_NAMES:
        if any(name == part or part.startswith(name + " ") for part in lowered):
            return "a folder synchronised with an online service"
    if os.name == "nt" and str(path).startswith("\\\\"):
        return "a network folder"
    kind = _mount_type(Path(path).parent)
    if kind in NETWORK_FS:
        return "a network folder"
    return None
