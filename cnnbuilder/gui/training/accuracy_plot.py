"""Train and validation accuracy per epoch, for the current and earlier runs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from cnnbuilder.gui.training.plot_style import (
    FADED_ALPHA,
    on_legend_click,
    pen,
    run_color,
    style_plot,
)
from cnnbuilder.gui.training.run_history import RunRecord


@dataclass
class _RunLines:
    """The two curves of one run."""

    record: RunRecord
    train: pg.PlotDataItem
    val: pg.PlotDataItem
    span: int  # planned epochs, for the x axis
    shown: bool = True


class EpochAxis(pg.AxisItem):
    """An axis of whole epochs: no tick at epoch 1.5."""

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:
        levels = super().tickValues(minVal, maxVal, size)
        return [
            (spacing, [v for v in values if float(v).is_integer()]) for spacing, values in levels
        ]


class AccuracyPlot(pg.PlotWidget):
    """Accuracy (in %) against epoch: train solid, validation dashed.

    It views :class:`RunRecord` objects like :class:`CostPlot`; the legend
    explains the two line styles of the latest run shown and names its
    number. Object name ``accuracyPlot``.

    Signals
    -------
    run_toggled(int, bool)
        A legend entry was clicked: that run (number) is now hidden (False).
    """

    run_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axisItems={"bottom": EpochAxis(orientation="bottom")})
        self.setObjectName("accuracyPlot")
        style_plot(self, self.tr("accuracy (%)"), self.tr("epoch"))
        item = self.getPlotItem()
        # Accuracy near the top (95 % vs 97 %) matters: zoom in, never beyond 0..100 %.
        item.getViewBox().setLimits(yMin=-2, yMax=102)
        item.setYRange(0, 100, padding=0.02)
        item.enableAutoRange(axis="y", enable=True)
        self.legend = item.addLegend(offset=(-10, -10), labelTextColor="#374151")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        on_legend_click(self.legend, self._on_legend_clicked)
        self._runs: list[_RunLines] = []
        self.setMinimumHeight(120)

    def show_run(self, record: RunRecord, epochs: int) -> None:
        """Fade the previous run and start drawing ``record`` (``epochs`` long)."""
        item = self.getPlotItem()
        if self._runs:
            self._fade(self._runs[-1])
        color = run_color(record.number)
        train = item.plot(
            pen=pen(color, 2), symbol="o", symbolSize=6, symbolBrush=color, symbolPen=None
        )
        val = item.plot(
            pen=pen(color, 2, Qt.PenStyle.DashLine),
            symbol="s",
            symbolSize=6,
            symbolBrush="w",
            symbolPen=pen(color, 1.5),
        )
        self._runs.append(_RunLines(record, train, val, epochs))
        self._fit_axes()

    def refresh(self) -> None:
        """Redraw the current run's epochs."""
        if not self._runs:
            return
        lines = self._runs[-1]
        epochs, train_acc, val_acc = lines.record.epoch_arrays()
        lines.train.setData(epochs, 100 * train_acc)
        keep = np.isfinite(val_acc)  # no validation split: no validation curve
        lines.val.setData(epochs[keep], 100 * val_acc[keep])

    def current_data(self) -> tuple[Any, ...]:
        """(x, y) of the current run's train accuracy curve (for tests)."""
        return self._runs[-1].train.getData() if self._runs else (None, None)

    def set_run_shown(self, number: int, shown: bool) -> None:
        """Show or hide the curves of run ``number``."""
        lines = self._lines(number)
        if lines is not None and lines.shown != shown:
            lines.shown = shown
            lines.train.setVisible(shown)
            lines.val.setVisible(shown)
            self._fit_axes()

    def remove_run(self, number: int) -> None:
        """Remove the curves of run ``number``."""
        lines = self._lines(number)
        if lines is not None:
            self.getPlotItem().removeItem(lines.train)
            self.getPlotItem().removeItem(lines.val)
            self._runs.remove(lines)
            self._fit_axes()

    def _lines(self, number: int) -> _RunLines | None:
        return next((lines for lines in self._runs if lines.record.number == number), None)

    def _fit_axes(self) -> None:
        """The legend explains the latest run shown; the epoch axis fits the runs shown."""
        shown = [lines for lines in self._runs if lines.shown]
        self.legend.clear()
        if shown:
            n = shown[-1].record.number
            self.legend.addItem(shown[-1].train, self.tr("train (run {n})").format(n=n))
            self.legend.addItem(shown[-1].val, self.tr("validation (run {n})").format(n=n))
        epochs = max([1, *(lines.span for lines in shown)])
        self.getPlotItem().setXRange(0.5, epochs + 0.5, padding=0)

    def _on_legend_clicked(self, item: pg.PlotDataItem) -> None:
        """A legend entry (a shown run) was clicked: hide that whole run."""
        for lines in self._runs:
            if item is lines.train or item is lines.val:
                self.set_run_shown(lines.record.number, False)
                self.run_toggled.emit(lines.record.number, False)
                return

    def _fade(self, lines: _RunLines) -> None:
        color = run_color(lines.record.number, FADED_ALPHA)
        lines.train.setPen(pen(color, 1.2))
        lines.train.setSymbolBrush(color)
        lines.val.setPen(pen(color, 1.2, Qt.PenStyle.DashLine))
        lines.val.setSymbolPen(pen(color, 1))
