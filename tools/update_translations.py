"""Bring the Korean catalogue up to date: ``python tools/update_translations.py``.

1. ``pyside6-lupdate`` reads every ``cnnbuilder/**/*.py`` and adds new
   strings to ``resources/i18n/cnnbuilder_ko.ts`` (translations kept, strings
   no longer in the code dropped);
2. you translate the new entries (Qt Linguist: ``pyside6-linguist FILE.ts``,
   or any editor: fill ``<translation>`` and remove ``type="unfinished"``);
3. run the script again: it compiles the ``.ts`` to ``cnnbuilder_ko.qm``
   with ``pyside6-lrelease``.

``--check`` changes nothing and exits 1 when the ``.ts`` misses a string of
the code, has an unfinished entry, or the ``.qm`` is not the ``.ts`` compiled
(tests/test_translations.py runs it). docs/TRANSLATING.md has the details.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cnnbuilder"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("ko",)


def tool(name: str) -> str:
    """Return the path of a Qt Linguist tool shipped with PySide6 (pyside6-NAME)."""
    beside = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(beside) if beside.exists() else shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: pip install PySide6-Essentials")
    return found


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository (stable order)."""
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def lupdate(ts: Path) -> None:
    """Merge the code's strings into ``ts`` (created if missing)."""
    command = [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete"]
    command += [*sources(), "-target-language", ts.stem.split("_")[-1], "-ts", str(ts)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    command = [tool("lrelease"), "-silent", str(ts), "-qm", str(qm)]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)


def problems(ts: Path) -> list[str]:
    """What is wrong with one committed catalogue (empty when up to date)."""
    from cnnbuilder.i18n import read_catalogue, read_messages

    qm = ts.with_suffix(".qm")
    if not ts.is_file():
        return [f"{ts.name} is missing"]
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        shutil.copy(ts, fresh)
        lupdate(fresh)
        missing = set(read_messages(fresh)) - set(read_messages(ts))
        found += [f"{ts.name} misses {context}: {text!r}" for context, text, _ in sorted(missing)]
        done = read_catalogue(ts)
        found += [
            f"{ts.name}: unfinished {context}: {text!r}"
            for context, text, comment in sorted(read_messages(ts))
            if (context, text, comment) not in done
        ]
        compiled = Path(tmp) / qm.name
        lrelease(ts, compiled)
        if not qm.is_file() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not {ts.name} compiled (older?): run this script")
    return found


def main(argv: list[str] | None = None) -> int:
    """Update and compile every catalogue, or only check them with ``--check``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.check:
        found = [p for lang in LANGUAGES for p in problems(I18N / f"cnnbuilder_{lang}.ts")]
        for line in found:
            print(line)
        return 1 if found else 0
    for lang in LANGUAGES:
        ts = I18N / f"cnnbuilder_{lang}.ts"
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.relative_to(ROOT)}: {len(read_unfinished(ts))} unfinished")
    return 0


def read_unfinished(ts: Path) -> list[tuple[str, str, str]]:
    """The entries of ``ts`` that still need a translation."""
    from cnnbuilder.i18n import read_catalogue, read_messages

    done = read_catalogue(ts)
    return [key for key in read_messages(ts) if key not in done]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
