"""Child process for the crash tests: does one kind of write in a loop and prints
what it has committed, so the parent can kill it with SIGKILL at any moment.

    python tests/crash_worker.py MODE DIARY [ARG]
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from diary.core.records import Entry  # noqa: E402
from diary.store import DiaryStore  # noqa: E402


def main() -> None:
    mode, diary = sys.argv[1], Path(sys.argv[2])
    day = dt.date(2026, 1, 1)
    if mode == "add":
        with DiaryStore.open(diary) as store:
            i = 0
            while True:
                e = store.add_entry(
                    Entry(day + dt.timedelta(days=i % 400), None, i % 11, note=f"entry {i}")
                )
                print(f"ok {e.id}", flush=True)  # only after the commit
                i += 1
    elif mode == "import":
        run = sys.argv[3]
        entries = [Entry(day, None, i % 11, note=f"run {run} entry {i}") for i in range(500)]
        with DiaryStore.open(diary) as store:
            print("start", flush=True)
            store.import_entries(entries)
            print("done", flush=True)
    elif mode == "backup":
        with DiaryStore.open(diary) as store:
            print("start", flush=True)
            while True:
                store.backup("manual", Path(sys.argv[3]))
                print("done", flush=True)
    elif mode == "restore":
        from diary.store.recovery import restore

        print("start", flush=True)
        restore(diary, Path(sys.argv[3]))
        print("done", flush=True)
    elif mode == "migrate":
        print("start", flush=True)
        DiaryStore.open(diary).close()
        print("done", flush=True)


if __name__ == "__main__":
    main()
