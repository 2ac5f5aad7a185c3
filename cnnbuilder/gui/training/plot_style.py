"""Colours and pens shared by the two training plots (one colour per run)."""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsItem

RUN_COLORS = ("#1d4ed8", "#d97706", "#059669", "#dc2626", "#7c3aed", "#0891b2", "#db2777")
FADED_ALPHA = 90  # earlier runs stay visible but step back
RAW_ALPHA = 70  # the per-iteration cost is noisy: draw it faint under the smoothed curve
AXIS_COLOR = "#4b5563"


def run_color(number: int, alpha: int = 255) -> QColor:
    """Return the colour of run ``number`` (1-based), with ``alpha`` 0..255."""
    color = QColor(RUN_COLORS[(number - 1) % len(RUN_COLORS)])
    color.setAlpha(alpha)
    return color


def pen(color: QColor, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    """A cosmetic pen (its width does not scale with the view)."""
    p: QPen = pg.mkPen(color=color, width=width, style=style)
    p.setCosmetic(True)
    return p


def style_plot(plot: pg.PlotWidget, left: str, bottom: str) -> None:
    """White background, light grid, axis labels; the look both plots share."""
    plot.setBackground("w")
    item = plot.getPlotItem()
    item.showGrid(x=True, y=True, alpha=0.15)
    for name, text in (("left", left), ("bottom", bottom)):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(AXIS_COLOR))
        axis.setTextPen(pg.mkPen(AXIS_COLOR))
        axis.setLabel(text, color=AXIS_COLOR)
        axis.enableAutoSIPrefix(False)  # "accuracy (x0.001)" would puzzle a learner
        # Axes (with their grid) are repainted with every new point; caching them as
        # pixmaps makes that a copy until their range changes (measured: the axes
        # were the main cost of the GUI thread during a run).
        axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    item.setMenuEnabled(False)  # pyqtgraph's own menu is confusing next to our buttons
    item.hideButtons()


def on_legend_click(legend: pg.LegendItem, handle: Callable[[pg.PlotDataItem], None]) -> None:
    """Call ``handle(item)`` after a click on ``item``'s legend entry.

    pyqtgraph has then hidden that one line; ``handle`` runs once the click is
    over, because it rebuilds the legend, and the clicked entry must not be
    removed from the scene while it still handles its own click.
    """
    legend.sigSampleClicked.connect(lambda item: QTimer.singleShot(0, lambda: handle(item)))
