"""Wait for the window's background reads: weights files and pictures."""

from __future__ import annotations

from pathlib import Path

TIMEOUT_MS = 10_000


def load_weights(qtbot, weights, path: str | Path) -> bool:
    """Load weights through ``WeightsActions`` and wait; True if they were loaded."""
    loaded: list[object] = []
    weights.loaded.connect(loaded.append)
    try:
        weights.load(path)
        qtbot.waitUntil(lambda: not weights.loading, timeout=TIMEOUT_MS)
    finally:
        weights.loaded.disconnect(loaded.append)
    return bool(loaded)


def try_picture(qtbot, view, path: str | Path):
    """Classify a picture file in a ``PredictionView`` and wait; its probabilities or None."""
    answers: list[object] = []
    view.predicted.connect(answers.append)
    try:
        view.predict_file(path)
        qtbot.waitUntil(lambda: not view.reading, timeout=TIMEOUT_MS)
    finally:
        view.predicted.disconnect(answers.append)
    return answers[0] if answers else None


def load_picture(qtbot, picker, path: str | Path) -> None:
    """Read a picture into the inside view's ``InputPicker`` and wait."""
    picker.load_picture(path)
    qtbot.waitUntil(lambda: not picker.reading, timeout=TIMEOUT_MS)
