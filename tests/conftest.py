"""Shared test set-up: Qt runs offscreen; small specs and data sets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
# PyTorch's idle OpenMP threads spin by default; on a shared machine that makes a
# step ten times slower (cnnbuilder sets this too before it imports torch).
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

ROOT = Path(__file__).resolve().parents[1]
PRESETS = ROOT / "resources" / "presets"


@pytest.fixture
def presets_dir() -> Path:
    """The folder of the shipped preset networks."""
    return PRESETS
