"""Recovery files: the open document, written a few seconds after each change.

The window writes ``recovery-<pid>.json`` in its recovery folder while the
document has unsaved changes and removes it when they are saved or the
window closes normally. A file whose process is gone was left by a crash (or
a kill): the next start offers to restore it.

The file (JSON, UTF-8)::

    {"format": "cnnbuilder.recovery", "version": 1, "saved_at": 1733050000.0,
     "path": "/home/me/net.cnn.json" | null, "unsaved_weights": true,
     "network": { ...a network document, FORMATS.md... }}
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from dataclasses import dataclass
from pathlib import Path

from cnnbuilder.core.atomic import atomic_write_text, pid_alive
from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.fileio import spec_from_dict, spec_to_dict
from cnnbuilder.core.spec import NetworkSpec

FORMAT_NAME = "cnnbuilder.recovery"
_NAME = re.compile(r"^recovery-(?P<pid>\d+)\.json$")


@dataclass(frozen=True)
class Recovery:
    """A recovery file left by a process that is gone."""

    file: Path
    spec: NetworkSpec
    path: Path | None
    saved_at: float
    unsaved_weights: bool


def recovery_file(folder: Path, pid: int | None = None) -> Path:
    """This process's recovery file in ``folder``."""
    return folder / f"recovery-{os.getpid() if pid is None else pid}.json"


def write_recovery(
    folder: Path, spec: NetworkSpec, path: Path | None, unsaved_weights: bool
) -> Path:
    """Write (atomically) this process's recovery file; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    data = {
        "format": FORMAT_NAME,
        "version": 1,
        "saved_at": time.time(),
        "path": None if path is None else str(path),
        "unsaved_weights": unsaved_weights,
        "network": spec_to_dict(spec),
    }
    target = recovery_file(folder)
    atomic_write_text(target, json.dumps(data, ensure_ascii=False))
    return target


def discard(file: Path) -> None:
    """Remove a recovery file (restored, declined, or its changes saved)."""
    with contextlib.suppress(OSError):
        file.unlink()


def _read(file: Path) -> Recovery | None:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
            return None
        path = data.get("path")
        return Recovery(
            file=file,
            spec=spec_from_dict(data["network"]),
            path=Path(path) if isinstance(path, str) else None,
            saved_at=float(data.get("saved_at", 0.0)),
            unsaved_weights=bool(data.get("unsaved_weights", False)),
        )
    except (OSError, ValueError, KeyError, TypeError, RecursionError, SpecError):
        return None


def orphans(folder: Path) -> list[Recovery]:
    """Recovery files whose process is gone, newest first; unreadable ones are removed."""
    found = []
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    for file in entries:
        match = _NAME.match(file.name)
        if match is None or pid_alive(int(match["pid"])) or not file.is_file():
            continue
        recovery = _read(file)
        if recovery is None:
            discard(file)
        else:
            found.append(recovery)
    return sorted(found, key=lambda r: r.saved_at, reverse=True)
