"""Where the shipped resources live (presets, built-in data); no Qt here."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
PRESETS = RESOURCES / "presets"
DATA = RESOURCES / "data"
