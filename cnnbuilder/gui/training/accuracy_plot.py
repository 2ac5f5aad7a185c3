"""Train and validation accuracy per epoch, for the current and earlier runs."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cnnbuilder.gui.training.plot_style import FADED_ALPHA, pen, run_color, style_plot
from cnnbuilder.gui.training.run_history import RunRecord


class AccuracyPlot(pg.PlotWidget):
    """Accuracy (in %) against epoch: train solid, validation dashed.

    It views :class:`RunRecord` objects like :class:`CostPlot`; the legend
    explains the two line styles of the current run. Object name ``accuracyPlot``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accuracyPlot")
        style_plot(self, self.tr("accuracy (%)"), self.tr("epoch"))
        item = self.getPlotItem()
        # Accuracy near the top (95 % vs 97 %) matters: zoom in, never beyond 0..100 %.
        item.getViewBox().setLimits(yMin=-2, yMax=102)
        item.setYRange(0, 100, padding=0.02)
        item.enableAutoRange(axis="y", enable=True)
        self._epochs = 1
        self.legend = item.addLegend(offset=(-10, -10), labelTextColor="#374151")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self._runs: list[tuple[RunRecord, pg.PlotDataItem, pg.PlotDataItem]] = []
        self.setMinimumHeight(120)

    def show_run(self, record: RunRecord, epochs: int) -> None:
        """Fade the previous run and start drawing ``record`` (``epochs`` long)."""
        item = self.getPlotItem()
        self._epochs = max(self._epochs, epochs)
        item.setXRange(0.5, self._epochs + 0.5, padding=0)
        if self._runs:
            self._fade(*self._runs[-1])
        color = run_color(record.number)
        train = item.plot(
            pen=pen(color, 2),
            symbol="o",
            symbolSize=6,
            symbolBrush=color,
            symbolPen=None,
            name=self.tr("train"),
        )
        val = item.plot(
            pen=pen(color, 2, Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=6,
            symbolBrush="w",
            symbolPen=pen(color, 1.5),
            name=self.tr("validation"),
        )
        self._runs.append((record, train, val))

    def refresh(self) -> None:
        """Redraw the current run's epochs."""
        if not self._runs:
            return
        record, train, val = self._runs[-1]
        epochs, train_acc, val_acc = record.epoch_arrays()
        train.setData(epochs, 100 * train_acc)
        keep = np.isfinite(val_acc)  # no validation split: no validation curve
        val.setData(epochs[keep], 100 * val_acc[keep])

    def current_data(self) -> tuple[Any, ...]:
        """(x, y) of the current run's train accuracy curve (for tests)."""
        return self._runs[-1][1].getData() if self._runs else (None, None)

    def remove_runs(self, keep_last: bool) -> None:
        """Remove the earlier runs, and the current one unless ``keep_last``."""
        keep = self._runs[-1:] if keep_last else []
        for _, train, val in self._runs[: len(self._runs) - len(keep)]:
            self.getPlotItem().removeItem(train)
            self.getPlotItem().removeItem(val)
        self._runs = keep
        self._epochs = max([1, *(len(r.epochs) for r, _, _ in keep)])
        self.getPlotItem().setXRange(0.5, self._epochs + 0.5, padding=0)

    def _fade(self, record: RunRecord, train: pg.PlotDataItem, val: pg.PlotDataItem) -> None:
        color = run_color(record.number, FADED_ALPHA)
        train.setPen(pen(color, 1.2))
        train.setSymbolBrush(color)
        val.setPen(pen(color, 1.2, Qt.PenStyle.DashLine))
        val.setSymbolPen(pen(color, 1))
        for item in (train, val):  # the legend describes the current run only
            self.legend.removeItem(item)
