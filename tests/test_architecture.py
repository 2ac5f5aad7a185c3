"""The core and the command line never load Qt or pyqtgraph (DESIGN.md).

A lint rule bans the imports by name; this test also catches transitive
imports, by importing every core module in a fresh interpreter and looking
at ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PROBE = """
import importlib, json, pkgutil, sys
import cnnbuilder.core
names = ["cnnbuilder", "cnnbuilder.core"]
names += [m.name for m in pkgutil.walk_packages(cnnbuilder.core.__path__, "cnnbuilder.core.")]
for extra in ("cnnbuilder.cli", "cnnbuilder.paths"):
    if importlib.util.find_spec(extra) is not None:
        names.append(extra)
        module = importlib.import_module(extra)
        if hasattr(module, "__path__"):  # a package: every module in it
            names += [m.name for m in pkgutil.walk_packages(module.__path__, extra + ".")]
for name in names:
    importlib.import_module(name)
banned = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "pyqtgraph", "shiboken6"))
gui = sorted(m for m in sys.modules if m.startswith("cnnbuilder.gui"))
print(json.dumps({"imported": names, "banned": banned, "gui": gui}))
"""


def test_core_and_cli_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert "cnnbuilder.core.summary" in report["imported"]
    assert "cnnbuilder.cli" in report["imported"]
    assert len(report["imported"]) > 5
    assert report["banned"] == []
    assert report["gui"] == []
