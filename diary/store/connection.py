"""Opening a diary file safely, migrating it, and running write transactions.

A file is only ever initialised when it did not exist: a new diary is built in a
temporary file beside it and linked into place, so a file at the diary's path is
always either a complete Relief Diary or something that is refused untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from diary.core.i18n import tr
from diary.paths import make_private_dir
from diary.store.errors import (
    DamagedDiary,
    DiaryMissing,
    NewerDiary,
    NotADiary,
    StoreError,
    open_error,
    os_error,
    write_error,
)
from diary.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from diary.store.sqlite_files import BUSY_TIMEOUT_S, connect
from diary.store.verify import (
    FileProblem,
    header_problem,
    schema_problem,
    statements,
    stored_problem,
)

SQLITE_HEADER = b"SQLite format 3\x00"


def _(text: str) -> str:
    return tr("store", text)


def _connect(path: Path) -> sqlite3.Connection:
    return connect(path, "rw", BUSY_TIMEOUT_S)


@contextlib.contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE … COMMIT``; on any failure everything is rolled back and an
    sqlite3 error becomes a ``StoreError`` with a message for the patient."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise write_error(exc) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        with contextlib.suppress(sqlite3.Error):
            if conn.in_transaction:
                conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise write_error(exc) from None
        raise


def _migrate(conn: sqlite3.Connection) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for step in range(version, SCHEMA_VERSION):
        with transaction(conn):
            for statement in statements(MIGRATIONS[step]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")


def _create(path: Path) -> None:
    """Build a new empty diary beside ``path`` and link it into place."""
    if not path.parent.exists():
        make_private_dir(path.parent)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        leftover.unlink(missing_ok=True)
    os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        conn = _connect(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            _migrate(conn)
        finally:
            conn.close()
        try:
            os.link(tmp, path)  # fails rather than replace a file that appeared meanwhile
        except FileExistsError:
            pass
        except OSError:
            os.rename(tmp, path)  # filesystems without hard links (Windows: no replace)
    finally:
        tmp.unlink(missing_ok=True)


def _check_header(path: Path) -> None:
    if not path.is_file():
        raise NotADiary(_("{path} is not a file.").format(path=path))
    with open(path, "rb") as fh:
        head = fh.read(100)
    if not head:
        raise NotADiary(_("{path} is empty: it is not a Relief Diary file.").format(path=path))
    if head[: len(SQLITE_HEADER)] != SQLITE_HEADER or len(head) < 100:
        raise NotADiary(_("{path} is not a Relief Diary file.").format(path=path))
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    # A database file is whole pages; anything else has been cut short.
    if page_size < 512 or path.stat().st_size % page_size:
        raise DamagedDiary(_("{path} is damaged (it has been cut short).").format(path=path))


def _tidy(fresh: list[Path]) -> None:
    """After a failed open (a full disk, say), remove the -wal and -shm files SQLite
    had just created for it, when the -wal is still empty: no stray files."""
    wal = next((p for p in fresh if p.name.endswith("-wal")), None)
    if wal is None or not wal.exists() or wal.stat().st_size:
        return
    for part in fresh:
        with contextlib.suppress(OSError):
            part.unlink()


def _refusal(path: Path, problem: FileProblem) -> StoreError:
    if problem.kind == "foreign":
        return NotADiary(
            _("{path} is a database of another program, not a Relief Diary.").format(path=path)
        )
    if problem.kind == "newer":
        return NewerDiary(
            _("{path}: {problem}. Please update the app.").format(path=path, problem=problem)
        )
    return DamagedDiary(_("{path} cannot be used: {problem}.").format(path=path, problem=problem))


def _verify_open(conn: sqlite3.Connection, path: Path) -> int:
    """Header, exact schema, quick_check and foreign keys; returns the version."""
    problem = header_problem(conn)
    if problem is not None:
        raise _refusal(path, problem)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    text = schema_problem(conn, version)
    if text is not None:
        raise _refusal(path, FileProblem(text))
    if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise DamagedDiary(_("{path} is damaged.").format(path=path))
    if conn.execute("PRAGMA foreign_key_check").fetchone() is not None:
        raise DamagedDiary(
            _("{path} is damaged: some rows point to records that do not exist.").format(path=path)
        )
    text = stored_problem(conn, version)
    if text is not None:
        raise _refusal(path, FileProblem(text))
    return version


def open_diary(path: Path, create: bool = True) -> tuple[sqlite3.Connection, str]:
    """Open (creating if absent and allowed) a diary; return it and its journal mode.

    Raises a ``StoreError`` for a missing, foreign, newer, doctored or damaged file,
    and changes nothing in it. A full disk, a read-only folder, missing permission
    or a lock held by another program get their own messages (``DiaryUnavailable``,
    ``DiaryBusy``), never ``DamagedDiary``.
    """
    path = Path(path)
    try:
        if not path.exists():
            if not create:
                raise DiaryMissing(_("There is no diary at {path}.").format(path=path))
            _create(path)
        _check_header(path)
    except sqlite3.Error as exc:
        raise open_error(exc, path) from None
    except OSError as exc:
        raise os_error(exc, path, _("The diary cannot be opened")) from None
    fresh = [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if not p.exists()]
    try:
        conn = _connect(path)
    except sqlite3.Error as exc:
        _tidy(fresh)
        raise open_error(exc, path) from None
    try:
        version = _verify_open(conn, path)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        if os.name == "posix" and os.stat(path).st_uid == os.getuid():
            os.chmod(path, 0o600)
        if version < SCHEMA_VERSION:
            from diary.store.backup import automatic_backup

            automatic_backup(conn, path, f"before-migration-v{version}")
        _migrate(conn)
    # quick_check of a damaged file can report bytes that are not UTF-8.
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        conn.close()
        _tidy(fresh)
        raise open_error(exc, path) from None
    except OSError as exc:
        conn.close()
        raise os_error(exc, path, _("The diary cannot be opened")) from None
    except BaseException:
        conn.close()
        raise
    return conn, mode
