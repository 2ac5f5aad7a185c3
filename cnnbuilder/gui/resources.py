"""Paths of the shipped resources and the icons made from them.

Resources are plain files found through :mod:`cnnbuilder.paths` (no ``.qrc``
compilation step).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

from cnnbuilder.paths import ICONS, PRESETS

DEFAULT_PRESET = PRESETS / "digits.cnn.json"
PRESET_SUFFIX = ".cnn.json"


def icon_path(name: str) -> Path:
    """Return the path of ``resources/icons/<name>.svg``."""
    return ICONS / f"{name}.svg"


@cache
def icon(name: str) -> QIcon:
    """Return the icon ``resources/icons/<name>.svg`` (an empty icon if missing)."""
    path = icon_path(name)
    return QIcon(str(path)) if path.exists() else QIcon()


def preset_paths() -> list[Path]:
    """Return every shipped preset network, sorted by file name."""
    return sorted(PRESETS.glob(f"*{PRESET_SUFFIX}"))
