"""Activation values to colours: one scale per layer (or per map), drawn as images."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor, QImage


def _ramp(stops: list[tuple[int, int, int]]) -> np.ndarray:
    """A 256-colour table through ``stops``, evenly spaced, as (256, 3) uint8."""
    xs = np.linspace(0, 1, len(stops))
    t = np.linspace(0, 1, 256)
    channels = [np.interp(t, xs, [c[k] for c in stops]) for k in range(3)]
    return np.stack(channels, axis=1).round().astype(np.uint8)


# Zero is white in both: a dead ReLU reads as blank paper, not as a colour.
SEQUENTIAL = _ramp([(255, 255, 255), (147, 197, 253), (29, 78, 216), (23, 37, 84)])
DIVERGING = _ramp([(185, 28, 28), (252, 165, 165), (255, 255, 255), (147, 197, 253), (29, 78, 216)])


def scale_of(values: np.ndarray) -> tuple[float, float]:
    """``(lo, hi)`` for a colour scale: ``(0, max)`` for non-negative values,
    symmetric ``(−m, m)`` around zero for signed ones."""
    lo, hi = float(np.min(values)), float(np.max(values))
    if lo >= 0:
        return 0.0, max(hi, 1e-12)
    m = max(abs(lo), abs(hi), 1e-12)
    return -m, m


def to_image(values: np.ndarray, scale: tuple[float, float]) -> QImage:
    """A QImage of a 2-D map ``(n_H, n_W)`` coloured on ``scale``."""
    lo, hi = scale
    table = SEQUENTIAL if lo >= 0 else DIVERGING
    index = np.clip((values - lo) / (hi - lo) * 255, 0, 255).astype(np.uint8)
    rgb = np.ascontiguousarray(table[index])
    h, w, _ = rgb.shape
    # QImage does not own the buffer: copy() before ``rgb`` goes away.
    return QImage(rgb.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


def colors(values: np.ndarray, scale: tuple[float, float]) -> list[QColor]:
    """The colour of every value of ``values`` (1-D) on ``scale`` (for bars)."""
    lo, hi = scale
    table = SEQUENTIAL if lo >= 0 else DIVERGING
    index = np.clip((values - lo) / (hi - lo) * 255, 0, 255).astype(np.intp)
    return [QColor(int(r), int(g), int(b)) for r, g, b in table[index]]
