"""Guard against PySide6 6.12's ``none_dealloc`` abort.

PySide6 6.12.0 drops a reference to ``None`` on some QPainter calls made
from Python; after a few thousand calls the interpreter aborts with
"deallocating None". pyqtgraph paints from Python, so a long training run
with a live cost curve would kill the window. This test makes tens of
thousands of such calls, as an hour of training would, so that a PySide6
with the bug cannot be installed unnoticed (pyproject pins ``<6.12``).
"""

from __future__ import annotations

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem

PAINTS = 20_000
FULL_GRAB_EVERY = 250  # also run the whole widget's paint path now and then


def test_twenty_thousand_paints_of_a_changing_curve(qtbot) -> None:
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(120, 80)
    curve = widget.plot().curve  # the PlotCurveItem that paints the line
    x = np.arange(16, dtype=float)
    shapes = [np.sin(x / 4 + phase) for phase in np.linspace(0, 2 * np.pi, 64)]
    image = QImage(120, 80, QImage.Format.Format_ARGB32)
    option = QStyleOptionGraphicsItem()
    painter = QPainter(image)
    try:
        for i in range(PAINTS):
            curve.setData(x, shapes[i % len(shapes)], skipFiniteCheck=True)
            curve.paint(painter, option, None)
            if i % FULL_GRAB_EVERY == 0:
                assert not widget.grab().isNull()
    finally:
        painter.end()
    y = curve.getData()[1]
    assert np.array_equal(y, shapes[(PAINTS - 1) % len(shapes)])
