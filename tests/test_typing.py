"""The core and the command line type-check under mypy (config in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_mypy_passes_on_core_and_cli():
    pytest.importorskip("mypy")
    # No file arguments: the files, strictness and overrides come from [tool.mypy].
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-color-output"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, f"mypy found problems:\n{result.stdout}{result.stderr}"
