"""The store: the only code that writes SQL. It knows no Qt."""

from diary.store.diary_store import DiaryStore
from diary.store.errors import (
    DamagedDiary,
    DiaryBusy,
    DiaryMissing,
    NewerDiary,
    NotADiary,
    StoreError,
    WriteFailed,
)

__all__ = [
    "DamagedDiary",
    "DiaryBusy",
    "DiaryMissing",
    "DiaryStore",
    "NewerDiary",
    "NotADiary",
    "StoreError",
    "WriteFailed",
]
