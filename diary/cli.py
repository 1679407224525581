"""The ``relief-diary`` command: the window, or a subcommand that needs no window.

Subcommands import neither Qt nor pyqtgraph (their start-up time is measured), so
everything Qt is imported lazily, only when the window is started.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from diary import __version__
from diary.core.records import InvalidRecord, Procedure, ProcedureKind, Side, parse_day
from diary.paths import default_diary
from diary.store import DiaryStore, StoreError


class CliError(Exception):
    """Bad input on the command line: one line on stderr, exit status 1."""


def _date_arg(text: str) -> dt.date:
    try:
        return parse_day(text)
    except InvalidRecord as exc:
        raise argparse.ArgumentTypeError(f"{text!r}: {exc}") from None


def _rating_arg(text: str) -> int:
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"{text!r}: must be a whole number from 0 to 10")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar="PATH",
        help=f"the diary file (default: {default_diary()})",
    )
    parser = argparse.ArgumentParser(
        prog="relief-diary",
        parents=[db],
        description="Relief Diary: follow your relief after a thoracic rhizotomy. "
        "Without a command, opens the diary window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open a temporary diary filled with sample data (your diary is not touched)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    proc = sub.add_parser("procedure", help="add or list procedures")
    proc_sub = proc.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = proc_sub.add_parser("add", parents=[db], help="record a procedure")
    add.add_argument("--date", type=_date_arg, required=True, metavar="YYYY-MM-DD")
    add.add_argument("--kind", choices=[k.value for k in ProcedureKind], default="rfa")
    add.add_argument("--baseline", type=_rating_arg, metavar="N", help="usual pain before, 0–10")
    add.add_argument("--levels", default="", metavar="TEXT", help="e.g. T6-T8")
    add.add_argument("--side", choices=[s.value for s in Side])
    add.add_argument("--note", default="", metavar="TEXT")
    lst = proc_sub.add_parser("list", parents=[db], help="list procedures")
    lst.add_argument("--json", action="store_true", help="print JSON")

    status = sub.add_parser("status", parents=[db], help="your relief verdict, in words")
    status.add_argument("--as-of", type=_date_arg, metavar="YYYY-MM-DD", help="default: today")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_diary())


def procedure_json(p: Procedure | None) -> dict | None:
    if p is None:
        return None
    return {
        "date": p.day.isoformat(),
        "kind": p.kind.value,
        "baseline": p.baseline,
        "levels": p.levels,
        "side": p.side.value if p.side else None,
        "note": p.note,
    }


def _procedure(args: argparse.Namespace) -> int:
    if args.action == "add":
        proc = Procedure(args.date, args.kind, args.levels, args.side, args.baseline, args.note)
        with DiaryStore.open(_db_path(args)) as store:
            store.add_procedure(proc)
        print(f"Recorded the procedure on {proc.day.isoformat()}.")
        return 0
    with DiaryStore.open(_db_path(args), create=False) as store:
        procs = store.procedures()
    if args.json:
        print(json.dumps([procedure_json(p) for p in procs], ensure_ascii=False))
    elif not procs:
        print("No procedures recorded.")
    else:
        for p in procs:
            base = "no baseline" if p.baseline is None else f"baseline {p.baseline}"
            print(f"{p.day.isoformat()}  {p.label}  ({base})")
    return 0


def _status(args: argparse.Namespace) -> int:
    from diary.core.relief import analyse
    from diary.core.status_json import status_json
    from diary.core.wording import describe

    as_of = args.as_of or dt.date.today()
    with DiaryStore.open(_db_path(args), create=False) as store:
        entries = store.entries(end=as_of)
        procs = store.procedures()
        rules = store.rules()
    status = analyse(entries, procs, as_of, rules).status
    if args.json:
        print(json.dumps(status_json(status), ensure_ascii=False))
    else:
        print(describe(status))
    return 0


def main(argv: list[str] | None = None) -> int:
    # Everything the app creates (diary, backups, exports) is for this user alone.
    os.umask(0o077)
    args = build_parser().parse_args(argv)
    try:
        if args.command == "procedure":
            return _procedure(args)
        if args.command == "status":
            return _status(args)
    except (StoreError, InvalidRecord, CliError) as exc:
        print(f"relief-diary: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    from diary.qt.app import run_app

    return run_app(db=getattr(args, "db", None), demo=args.demo)
