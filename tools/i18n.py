"""The translation pipeline (Qt Linguist files).

    python tools/i18n.py update    # collect the strings into resources/translations/*.ts
    python tools/i18n.py release   # compile them with pyside6-lrelease into *.qm
    python tools/i18n.py check     # fail if a string is missing or untranslated

The strings are found in the source with ``ast``: ``self.tr("…")`` (context: the
class, and every subclass of it in the package, as PySide looks the context up by
the object's own class), ``tr("context", "…")``, module helpers such as
``def _(text): return tr("wording", text)``, and ``N_("…")`` labels (context
"labels"). Existing translations in the .ts files are kept; edit them with
pyside6-linguist.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "diary"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "de")


def _const(node) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _helpers(tree: ast.Module) -> dict[str, str]:
    """Module-level one-argument functions that translate in a fixed context."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            ret = node.body[-1]
            if isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call):
                call = ret.value
                name = getattr(call.func, "id", None) or getattr(call.func, "attr", None)
                if name in ("tr", "translate") and len(call.args) == 2 and _const(call.args[0]):
                    found[node.name] = _const(call.args[0])
    return found


def collect() -> dict[str, list[str]]:
    messages: dict[str, list[str]] = defaultdict(list)
    bases: dict[str, list[str]] = {}
    class_strings: dict[str, list[str]] = defaultdict(list)

    def add(context: str, text: str) -> None:
        if text not in messages[context]:
            messages[context].append(text)

    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        helpers = _helpers(tree)

        def visit(node, cls: str | None, helpers: dict = helpers) -> None:
            if isinstance(node, ast.ClassDef):
                bases[node.name] = [getattr(b, "id", getattr(b, "attr", "")) for b in node.bases]
                cls = node.name
            if isinstance(node, ast.Call):
                func = node.func
                name = getattr(func, "id", None) or getattr(func, "attr", None)
                args = node.args
                if (
                    isinstance(func, ast.Attribute)
                    and name == "tr"
                    and cls
                    and isinstance(func.value, ast.Name)
                    and func.value.id == "self"
                    and args
                    and _const(args[0]) is not None
                ):
                    class_strings[cls].append(_const(args[0]))
                elif (
                    name in ("tr", "translate")
                    and len(args) == 2
                    and _const(args[0])
                    and _const(args[1]) is not None
                ):
                    add(_const(args[0]), _const(args[1]))
                elif (
                    isinstance(func, ast.Name)
                    and name in helpers
                    and args
                    and _const(args[0]) is not None
                ):
                    add(helpers[name], _const(args[0]))
                elif isinstance(func, ast.Name) and name == "N_" and args and _const(args[0]):
                    add("labels", _const(args[0]))
            for child in ast.iter_child_nodes(node):
                visit(child, cls, helpers)

        visit(tree, None)

    def ancestors(cls: str) -> list[str]:
        out = []
        for base in bases.get(cls, []):
            if base in bases:
                out += [base, *ancestors(base)]
        return out

    for cls in bases:
        if cls.endswith("Mixin"):
            continue  # a mixin's self.tr() runs in the context of the class using it
        for owner in [cls, *ancestors(cls)]:
            for text in class_strings.get(owner, []):
                add(cls, text)
    return {ctx: msgs for ctx, msgs in sorted(messages.items()) if msgs}


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                out[(name, msg.findtext("source"))] = translation.text or ""
    return out


def write_ts(
    path: Path,
    language: str,
    messages: dict[str, list[str]],
    known: dict[tuple[str, str], str],
    fallback: dict[str, str],
) -> int:
    root = ET.Element("TS", version="2.1", language=language)
    missing = 0
    for context, sources in messages.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = context
        for source in sources:
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            text = known.get((context, source)) or fallback.get(source)
            translation = ET.SubElement(msg, "translation")
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
                missing += 1
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def update(fallbacks: dict[str, dict[str, str]] | None = None) -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    messages = collect()
    total = sum(len(m) for m in messages.values())
    missing = 0
    for lang in LANGUAGES:
        path = TRANSLATIONS / f"relief_diary_{lang}.ts"
        n = write_ts(path, lang, messages, read_ts(path), (fallbacks or {}).get(lang, {}))
        print(f"{path.name}: {total} strings, {n} untranslated")
        missing += n
    return missing


def release() -> None:
    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    for lang in LANGUAGES:
        ts = TRANSLATIONS / f"relief_diary_{lang}.ts"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(ts.with_suffix(".qm").name)


def check() -> list[str]:
    """Problems: strings in the source missing from a .ts, or left untranslated."""
    problems = []
    messages = collect()
    for lang in LANGUAGES:
        known = read_ts(TRANSLATIONS / f"relief_diary_{lang}.ts")
        for context, sources in messages.items():
            for source in sources:
                if not known.get((context, source)):
                    problems.append(f"{lang}: {context}: {source[:60]!r}")
    return problems


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    else:
        found = check()
        print("\n".join(found) or "every string is translated")
        sys.exit(1 if found else 0)
