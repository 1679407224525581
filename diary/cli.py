"""The ``relief-diary`` command: the window, or a subcommand that needs no window.

Subcommands import neither Qt nor pyqtgraph (their start-up time is measured), so
everything Qt is imported lazily, only when the window is started.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
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
    if not (text.isascii() and text.isdigit()) or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(f"{text!r}: must be a whole number from 0 to 10")
    return int(text)


DEMO_SAMPLES = ("repeat",)  # besides the standard sample of a plain --demo


def _demo_arg(text: str) -> str:
    if text not in DEMO_SAMPLES:
        raise argparse.ArgumentTypeError(
            f"{text!r}: the samples are {', '.join(DEMO_SAMPLES)} (or none: plain --demo)"
        )
    return text


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
        nargs="?",
        const=True,
        default=False,
        type=_demo_arg,
        metavar="repeat",
        help="open a temporary diary filled with sample data (your diary is not touched); "
        "'--demo repeat': a sparsely logged diary with a repeat procedure",
    )
    parser.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Relief Diary to your desktop's application menu (Linux)",
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

    imp = sub.add_parser(
        "import", parents=[db], help="add the entries of a CSV file or an Excel workbook"
    )
    imp.add_argument("file", type=Path, nargs="?", metavar="FILE.csv|FILE.xlsx")
    imp.add_argument(
        "--date-order",
        choices=["dmy", "mdy"],
        help="how to read dates such as 01/09/2026 when the file cannot tell: "
        "dmy (day first) or mdy (month first)",
    )
    force = argparse.ArgumentParser(add_help=False)
    force.add_argument("--force", action="store_true", help="replace FILE if it exists")
    exp = sub.add_parser(
        "export", parents=[db, force], help="write every entry to a CSV file or an Excel workbook"
    )
    exp.add_argument("file", type=Path, nargs="?", metavar="FILE.csv|FILE.xlsx")
    # The function ratings (PSFS) have their own CSV, date,activity,ability;
    # --format fhir writes a FHIR R4 Bundle for a clinic's portal.
    imp.add_argument(
        "--function", type=Path, metavar="FILE", help="add the function ratings of a CSV file"
    )
    exp.add_argument(
        "--function", type=Path, metavar="FILE", help="write the function ratings to a CSV file"
    )
    exp.add_argument(
        "--format",
        choices=["csv", "fhir"],
        default="csv",
        help="csv (default; .xlsx by the file's name) or fhir: a FHIR R4 Bundle (JSON) "
        "of everything",
    )
    for name, helptext, metavar in (
        ("report", "write the one-page appointment report (PDF)", "FILE.pdf"),
        ("chart", "write the chart as a picture (PNG or SVG)", "FILE.png|FILE.svg"),
    ):
        cmd = sub.add_parser(name, parents=[db, force], help=helptext)
        cmd.add_argument("file", type=Path, metavar=metavar)
        cmd.add_argument(
            "--from",
            dest="start",
            type=_date_arg,
            metavar="D",
            help="first day (default: the last procedure)",
        )
        cmd.add_argument(
            "--to", dest="end", type=_date_arg, metavar="D", help="last day (default: today)"
        )

    bak = sub.add_parser("backup", parents=[db, force], help="make a checked backup of the diary")
    bak.add_argument(
        "file",
        type=Path,
        nargs="?",
        metavar="FILE",
        help="where (default: the diary's backup folder)",
    )
    res = sub.add_parser("restore", parents=[db], help="replace the diary with a backup")
    res.add_argument("file", type=Path, metavar="FILE")
    sub.add_parser("check", parents=[db], help="check that the diary is sound")

    status = sub.add_parser("status", parents=[db], help="your relief verdict, in words")
    status.add_argument("--as-of", type=_date_arg, metavar="YYYY-MM-DD", help="default: today")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _db_path(args: argparse.Namespace) -> Path:
    # Resolved, so that a symlink to the diary finds the window's lock and the
    # diary's own backups folder.
    return Path(os.path.realpath(getattr(args, "db", None) or default_diary()))


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


def _one_writer(args: argparse.Namespace) -> None:
    """Writing commands wait up to 3 s for the window to close the diary, then refuse."""
    from diary.store.writer import wait_for_window

    wait_for_window(_db_path(args))


def _procedure(args: argparse.Namespace) -> int:
    if args.action == "add":
        proc = Procedure(args.date, args.kind, args.levels, args.side, args.baseline, args.note)
        _one_writer(args)
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
    from diary.core.relief import analyse, status_inputs
    from diary.core.status_json import status_json
    from diary.core.wording import describe

    as_of = args.as_of or dt.date.today()
    with DiaryStore.open(_db_path(args), create=False) as store:
        rules = store.rules()
        first, procs = status_inputs(store.procedures(), as_of, rules)
        means = store.day_means(start=first, end=as_of)
    status = analyse(means, procs, as_of, rules).status
    if args.json:
        print(json.dumps(status_json(status), ensure_ascii=False))
    else:
        print(describe(status))
    return 0


def _function_file(args: argparse.Namespace) -> int:
    """import/export --function FILE: the function ratings' own CSV."""
    from diary.exports.function_csv import export_function_csv, parse_function_csv
    from diary.files import write_private

    path = args.function
    if args.command == "export":
        _safe_target(args, path)
        with DiaryStore.open(_db_path(args), create=False) as store:
            ratings = store.ability_ratings()
        try:
            write_private(path, export_function_csv(ratings))
        except OSError as exc:
            raise CliError(f"cannot write {path}: {exc.strerror}") from None
        print(f"Wrote {len(ratings)} function ratings to {path}.")
        return 0
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    parsed = parse_function_csv(data)
    if parsed.problems:
        more = len(parsed.problems) - 1
        extra = f" (and {more} more problem{'s' if more > 1 else ''})" if more else ""
        raise CliError(f"{path}: {parsed.problems[0]}{extra}; nothing was imported")
    _one_writer(args)
    with DiaryStore.open(_db_path(args)) as store:
        added, skipped = store.import_ability_ratings(parsed.ratings)
    print(f"Imported {added} function ratings; {skipped} already in the diary were skipped.")
    return 0


def _files_given(args: argparse.Namespace) -> int | None:
    """Which file import/export works on; None: the entries' CSV (``file``)."""
    # Usage errors, as argparse reports them (exit status 2, as before FILE was optional).
    if args.function is not None and args.file is not None:
        print(f"relief-diary {args.command}: error: give FILE or --function FILE", file=sys.stderr)
        raise SystemExit(2)
    if args.function is None and args.file is None:
        print(
            f"relief-diary {args.command}: error: a file is needed (FILE, or --function FILE)",
            file=sys.stderr,
        )
        raise SystemExit(2)
    if args.function is not None:
        return _function_file(args)
    return None


def _import(args: argparse.Namespace) -> int:
    from diary.exports.entry_files import parse_entries

    if (done := _files_given(args)) is not None:
        return done
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    parsed = parse_entries(data, args.date_order)
    if parsed.problems:
        raise CliError(f"{args.file}: {parsed.first_problem()}; nothing was imported")
    if parsed.undecided:
        raise CliError(
            f"{args.file}: dates such as {parsed.undecided} could be day first or month "
            "first; say which with --date-order dmy (day first) or --date-order mdy "
            "(month first); nothing was imported"
        )
    _one_writer(args)
    with DiaryStore.open(_db_path(args)) as store:
        added, skipped = store.import_entries(parsed.entries)
    print(f"Imported {added} entries; {skipped} already in the diary were skipped.")
    return 0


def _safe_target(args: argparse.Namespace, path: Path | None = None) -> None:
    """Never onto the diary, its own files or its backups; an existing file only
    with --force."""
    from diary.store.targets import check_target

    check_target(path or args.file, _db_path(args), args.force)


def _export(args: argparse.Namespace) -> int:
    from diary.exports.entry_files import export_entries, export_kind
    from diary.files import write_private

    if getattr(args, "format", "csv") == "fhir":
        if args.function is not None or args.file is None:
            raise CliError("export --format fhir needs one FILE.json")
        _safe_target(args)
        return _export_fhir(args)
    if (done := _files_given(args)) is not None:
        return done
    export_kind(args.file)  # an unknown extension is refused before anything is read
    _safe_target(args)
    with DiaryStore.open(_db_path(args), create=False) as store:
        entries = store.entries()
        procedures = store.procedures()
        outside = store.outside_range()[0]
    try:
        write_private(args.file, export_entries(args.file, entries, procedures))
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror}") from None
    print(f"Wrote {len(entries)} entries to {args.file}.")
    _say_left_out(outside)
    return 0


def _say_left_out(outside: int) -> None:
    """Entries an older version let in with an impossible date are not exported
    (nor could they be imported back): the patient is told, not left to find out."""
    if outside:
        print(
            f"{outside} entries dated before 1900-01-01 or more than a year ahead were "
            "left out (they stay in the diary file).",
            file=sys.stderr,
        )


def _export_fhir(args: argparse.Namespace) -> int:
    from diary.exports.fhir import fhir_bundle
    from diary.files import write_private

    with DiaryStore.open(_db_path(args), create=False) as store:
        bundle = fhir_bundle(
            store.entries(),
            store.procedures(),
            store.activities(),
            store.ability_ratings(),
            store.pgic_answers(),
            store.setting("patient_name", "") or "",
        )
        outside = store.outside_range()[0]
    try:
        write_private(args.file, json.dumps(bundle, ensure_ascii=False, indent=1).encode())
    except OSError as exc:
        raise CliError(f"cannot write {args.file}: {exc.strerror}") from None
    print(f"Wrote {len(bundle['entry'])} FHIR resources to {args.file}.")
    _say_left_out(outside)
    return 0


def _picture(args: argparse.Namespace) -> int:
    """report and chart: these need Qt (offscreen when there is no screen)."""
    from diary.qt.exports.files import export_chart_file, export_report_file

    suffix = args.file.suffix.lower()
    if args.command == "chart" and suffix not in (".png", ".svg"):
        raise CliError("the chart file must end in .png or .svg")
    if args.command == "report" and suffix != ".pdf":
        raise CliError("the report file must end in .pdf")
    if args.start and args.end and args.start > args.end:
        raise CliError("--from must not be after --to")
    _safe_target(args)
    with DiaryStore.open(_db_path(args), create=False) as store:
        try:
            if args.command == "chart":
                export_chart_file(store, args.file, args.start, args.end)
            else:
                export_report_file(store, args.file, args.start, args.end)
        except OSError as exc:
            raise CliError(f"cannot write {args.file}: {exc.strerror}") from None
    print(f"Wrote {args.file}.")
    return 0


def _backup(args: argparse.Namespace) -> int:
    if args.file is not None:
        _safe_target(args)
    with DiaryStore.open(_db_path(args), create=False) as store:
        info = store.backup("manual", args.file)
    print(f"Backed up {info.entries} entries to {info.path}.")
    return 0


def _restore(args: argparse.Namespace) -> int:
    from diary.store.recovery import restore

    _one_writer(args)
    done = restore(_db_path(args), args.file)
    print(f"Restored {done.entries} entries from {args.file}.")
    if done.before:
        print(f"Your diary as it was is kept as {done.before}: restore that file to undo.")
    if done.aside:
        print(f"The damaged file was kept as {done.aside}.")
    return 0


def _check(args: argparse.Namespace) -> int:
    with DiaryStore.open(_db_path(args), create=False) as store:
        problem = store.integrity_problem()
        count = store.count_entries()
        entries, procedures = store.outside_range()
    if problem:
        raise CliError(f"{_db_path(args)}: {problem}")
    print(f"The diary is sound ({count} entries).")
    if entries or procedures:
        print(
            f"{entries} entries and {procedures} procedures are dated before 1900-01-01 or "
            "more than a year ahead: they are kept in the file but not shown or counted "
            "in your relief."
        )
    return 0


COMMANDS = {
    "backup": _backup,
    "restore": _restore,
    "check": _check,
    "procedure": _procedure,
    "status": _status,
    "import": _import,
    "export": _export,
    "report": _picture,
    "chart": _picture,
}


def main(argv: list[str] | None = None) -> int:
    # Everything the app creates (diary, backups, exports) is for this user alone.
    os.umask(0o077)
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        # How the desktop starts the app. With nothing to parse, building the parser
        # of every command (~5 ms of start-up, measured in benchmarks/) is skipped.
        from diary.qt.app import run_app

        return run_app()
    args = build_parser().parse_args(argv)
    try:
        if args.install_desktop_entry:
            from diary.desktop import install_desktop_entry

            try:
                print(f"Added Relief Diary to the application menu: {install_desktop_entry()}")
            except OSError as exc:
                raise CliError(str(exc.strerror or exc)) from None
            return 0
        if args.command in COMMANDS:
            return COMMANDS[args.command](args)
    except (StoreError, InvalidRecord, CliError) as exc:
        print(f"relief-diary: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:
        from diary.store.errors import open_error

        print(f"relief-diary: {open_error(exc, _db_path(args))}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"relief-diary: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    from diary.qt.app import run_app

    return run_app(db=getattr(args, "db", None), demo=args.demo)
