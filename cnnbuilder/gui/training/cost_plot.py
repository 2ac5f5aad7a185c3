"""The live cost curve: every iteration faint, a smoothed curve, epoch marks."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from cnnbuilder.gui.training.plot_style import (
    FADED_ALPHA,
    RAW_ALPHA,
    on_legend_click,
    pen,
    run_color,
    style_plot,
)
from cnnbuilder.gui.training.run_history import RunRecord

MAX_EPOCH_LINES = 60  # beyond this the vertical lines would grey out the plot
_NICE = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (times 10^k) at least ``value``."""
    if not np.isfinite(value) or value <= 0:
        return 1.0
    scale = 10.0 ** np.floor(np.log10(value))
    return float(next(n * scale for n in _NICE if n * scale >= value * (1 - 1e-12)))


class _RunItems:
    """The plot items of one run, created once and updated with ``setData``."""

    def __init__(self, plot: pg.PlotItem, record: RunRecord, iterations: int) -> None:
        color = run_color(record.number)
        self.record = record
        self.span = iterations  # planned length, for the x axis
        self.shown = True
        self.raw = plot.plot(pen=pen(run_color(record.number, RAW_ALPHA), 1))
        self.smooth = plot.plot(pen=pen(color, 2.5), name=record.label)
        self.marks = plot.plot(
            pen=None, symbol="o", symbolSize=7, symbolBrush="w", symbolPen=pen(color, 1.5)
        )
        for item in (self.raw, self.smooth):
            # Long runs: draw at most a few points per pixel, only what is in view.
            item.setDownsampling(auto=True, method="peak")
            item.setClipToView(True)
        self.lines: list[pg.InfiniteLine] = []
        self._marked = 0  # epochs marked so far
        self.log = False  # smooth in log space (on a log axis)

    def set_log(self, on: bool, plot: pg.PlotItem) -> None:
        """Draw the smoothed curve averaged in log space (on) or as costs (off)."""
        self.log = on
        self._marked = -1  # the epoch marks sit on the smoothed curve: move them too
        self.update(plot)

    def update(self, plot: pg.PlotItem) -> None:
        r = self.record
        self.raw.setData(r.iterations, r.costs)
        smoothed = r.smoothed_log if self.log else r.smoothed
        self.smooth.setData(r.iterations, smoothed)
        if len(r.epoch_ends) != self._marked:  # only a new epoch moves the marks
            self._marked = len(r.epoch_ends)
            ends = [int(i) - 1 for i in r.epoch_ends if i > 0]
            self.marks.setData(r.iterations[ends], smoothed[ends])
            self._update_lines(plot)

    def _update_lines(self, plot: pg.PlotItem) -> None:
        ends = self.record.epoch_ends
        if len(ends) > MAX_EPOCH_LINES:
            return
        for end in ends[len(self.lines) :]:
            line = pg.InfiniteLine(
                pos=end,
                angle=90,
                pen=pen(run_color(self.record.number, 60), 1, Qt.PenStyle.DashLine),
            )
            line.setVisible(self.shown)
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)

    def fade(self, plot: pg.PlotItem) -> None:
        """Keep only the smoothed curve, faded: an earlier run for comparison."""
        for item in (self.raw, self.marks, *self.lines):
            plot.removeItem(item)
        self.lines = []
        self.smooth.setPen(pen(run_color(self.record.number, FADED_ALPHA), 1.5))

    def set_shown(self, shown: bool) -> None:
        """Show or hide every item of the run (a faded run's removed items stay out)."""
        self.shown = shown
        for item in (self.raw, self.smooth, self.marks, *self.lines):
            item.setVisible(shown)

    def remove(self, plot: pg.PlotItem) -> None:
        for item in (self.raw, self.smooth, self.marks, *self.lines):
            plot.removeItem(item)


class CostPlot(pg.PlotWidget):
    """Cost ``J`` per iteration of the current run over the faded earlier runs.

    It views :class:`RunRecord` objects: :meth:`show_run` starts drawing one,
    :meth:`refresh` redraws it after new data, :meth:`set_run_shown` hides or
    shows one; the legend names each shown run's number and settings.
    Object name ``costPlot``.

    Signals
    -------
    run_toggled(int, bool)
        A legend entry was clicked: that run (number) is now hidden (False).
    """

    run_toggled = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costPlot")  # PlotWidget(objectName=...) does not set it
        style_plot(self, self.tr("cost J"), self.tr("iteration"))
        self.legend = self.getPlotItem().addLegend(offset=(-10, 10), labelTextColor="#374151")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        on_legend_click(self.legend, self._on_legend_clicked)
        self._runs: list[_RunItems] = []
        self._span = 1  # iterations shown on the x axis
        self._top = 0.0  # cost shown at the top of the y axis
        self._log = False
        self.setMinimumHeight(160)

    @property
    def curve_count(self) -> int:
        """Number of runs kept on the plot (the current one and the faded ones, shown or hidden)."""
        return len(self._runs)

    def show_run(self, record: RunRecord, iterations: int) -> None:
        """Fade the previous run and start drawing ``record`` (``iterations`` long).

        The iteration axis is fixed to the longest run at once: the curve then
        grows across the plot, and the axis is not redrawn with every point.
        """
        plot = self.getPlotItem()
        if self._runs:
            self._runs[-1].fade(plot)
        self._runs.append(_RunItems(plot, record, iterations))
        self._runs[-1].log = self._log
        self._fit_span()

    def _shown(self) -> list[_RunItems]:
        return [items for items in self._runs if items.shown]

    def _fit_span(self) -> None:
        """The iteration axis fits the longest run shown."""
        self._span = max([1, *(items.span for items in self._shown())])
        self.getPlotItem().setXRange(0, self._span, padding=0.02)

    def _items(self, number: int) -> _RunItems | None:
        return next((items for items in self._runs if items.record.number == number), None)

    def set_run_shown(self, number: int, shown: bool) -> None:
        """Show or hide the curves of run ``number`` (and its legend entry)."""
        items = self._items(number)
        if items is None or items.shown == shown:
            return
        items.set_shown(shown)
        self._fit_axes()

    def remove_run(self, number: int) -> None:
        """Remove the curves of run ``number``."""
        items = self._items(number)
        if items is not None:
            items.remove(self.getPlotItem())
            self._runs.remove(items)
            self._fit_axes()

    def _on_legend_clicked(self, item: pg.PlotDataItem) -> None:
        """A legend entry (a shown run) was clicked: hide that whole run."""
        for items in self._runs:
            if item is items.smooth:
                self.set_run_shown(items.record.number, False)
                self.run_toggled.emit(items.record.number, False)
                return

    def _fit_axes(self) -> None:
        """After runs were shown, hidden or removed: legend and axes fit those shown."""
        self.legend.clear()
        for items in self._shown():
            self.legend.addItem(items.smooth, items.record.label)
        self._fit_span()
        self._top = 0.0
        self._fit_height()

    def refresh(self) -> None:
        """Redraw the current run from its record."""
        if self._runs:
            self._runs[-1].update(self.getPlotItem())
            self._fit_height()

    def _fit_height(self) -> None:
        """Show 0 to a round value above the runs' costs; grow only when a cost exceeds it.

        A cost axis that followed every new minimum would be rebuilt with every
        redraw (the GUI's main cost during a run); the cost of a run mostly
        falls, so its first values set the height once. Exploded runs count
        with their first cost only (:attr:`RunRecord.plot_height`): their
        costs run off the top (:attr:`clipped_cost`) instead of flattening
        every other run; the "A" button or the log scale shows them.
        """
        height = max([0.0, *(items.record.plot_height for items in self._shown())])
        if self._log or height <= self._top:
            return
        self._top = nice_ceiling(height * 1.02)
        self.getPlotItem().setYRange(0, self._top, padding=0.02)

    @property
    def clipped_cost(self) -> float | None:
        """The highest cost above the top of the linear axis, None when all are shown."""
        highest = max([0.0, *(items.record.max_cost for items in self._shown())])
        return highest if not self._log and highest > self._top * 1.02 else None

    def current_data(self) -> tuple[Any, ...]:
        """(x, y) of the current run's raw cost curve as drawn (for tests)."""
        return self._runs[-1].raw.getData() if self._runs else (None, None)

    def set_log_scale(self, on: bool) -> None:
        """Show the cost on a logarithmic axis (small late costs become readable)."""
        self._log = on
        self.getPlotItem().setLogMode(x=False, y=on)
        for items in self._runs:  # the smoothed curves switch to (or from) log space
            items.set_log(on, self.getPlotItem())
        if on:  # log axes follow the data (they show where the cost's decades are)
            self.enableAutoRange(axis="y")
        else:
            self._top = 0.0
            self._fit_height()
        self.getPlotItem().setLabel(
            "left", self.tr("cost J (log scale)") if on else self.tr("cost J")
        )
