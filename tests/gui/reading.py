"""Wait for the window's background reads: weights files and pictures."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

TIMEOUT_MS = 10_000


def _answer(qtbot, signal, start: Callable[[], None], busy: Callable[[], bool]):
    """Run ``start``, wait until ``busy()`` is False; the first value ``signal`` gave, or None."""
    answers: list[object] = []
    signal.connect(answers.append)
    try:
        start()
        qtbot.waitUntil(lambda: not busy(), timeout=TIMEOUT_MS)
    finally:
        signal.disconnect(answers.append)
    return answers[0] if answers else None


def load_weights(qtbot, weights, path: str | Path) -> bool:
    """Load weights through ``WeightsActions`` and wait; True if they were loaded."""
    loaded = _answer(qtbot, weights.loaded, lambda: weights.load(path), lambda: weights.loading)
    return loaded is not None


def try_picture(qtbot, view, path: str | Path):
    """Classify a picture file in a ``PredictionView`` and wait; its probabilities or None."""
    return _answer(qtbot, view.predicted, lambda: view.predict_file(path), lambda: view.reading)


def load_picture(qtbot, picker, path: str | Path) -> None:
    """Read a picture into the inside view's ``InputPicker`` and wait."""
    picker.load_picture(path)
    qtbot.waitUntil(lambda: not picker.reading, timeout=TIMEOUT_MS)
