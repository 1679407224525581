"""One window per diary: a lock file beside the diary, and a local socket through
which a second copy asks the first window to come forward.

QLockFile notices a lock left by a crashed copy (its process is gone) and takes it
over, so a crash never locks the patient out.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal


def _server_name(diary: Path) -> str:
    digest = hashlib.sha256(str(Path(diary).resolve()).encode()).hexdigest()[:16]
    user = os.environ.get("USER") or os.environ.get("USERNAME") or "user"
    return f"relief-diary-{user}-{digest}"


class SingleInstance(QObject):
    raiseRequested = Signal()

    def __init__(self, diary: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.diary = Path(diary)
        self.lock = QLockFile(f"{self.diary}.lock")
        self.lock.setStaleLockTime(0)  # stale only when its process is gone
        self.server = None  # a QLocalServer once listening
        self.was_stale = False

    def acquire(self) -> bool:
        """True when this copy owns the diary; False when another copy does."""
        lock_path = Path(f"{self.diary}.lock")
        existed = lock_path.exists()
        if not self.lock.tryLock(200):
            return False
        self.was_stale = existed  # a lock file left behind: the last run did not end cleanly
        if os.name == "posix" and lock_path.exists():
            os.chmod(lock_path, 0o600)
        return True

    def listen(self) -> None:
        """Answer a second copy's knock (started after the first paint: QtNetwork
        costs start-up time, and nobody knocks in the first second)."""
        from PySide6.QtNetwork import QLocalServer

        name = _server_name(self.diary)
        QLocalServer.removeServer(name)  # a socket left by a crashed copy
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self.server.listen(name)

    def ask_first_copy_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        # The first copy listens once its window is painted: a double click can
        # start the second copy before that, so it knocks for a few seconds.
        socket = QLocalSocket()
        deadline = time.monotonic() + 5
        while True:
            socket.connectToServer(_server_name(self.diary))
            if socket.waitForConnected(500):
                break
            socket.abort()
            if time.monotonic() > deadline:
                return False
            time.sleep(0.2)
        socket.write(b"raise\n")
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()

    def _connection(self) -> None:
        socket = self.server.nextPendingConnection()
        if socket is not None:
            socket.readyRead.connect(lambda: self._read(socket))

    def _read(self, socket) -> None:
        if bytes(socket.readAll()).strip() == b"raise":
            self.raiseRequested.emit()
        socket.disconnectFromServer()
