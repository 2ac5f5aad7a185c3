"""The live cost curve: every iteration faint, a smoothed curve, epoch marks."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from cnnbuilder.gui.training.plot_style import (
    FADED_ALPHA,
    RAW_ALPHA,
    pen,
    run_color,
    style_plot,
)
from cnnbuilder.gui.training.run_history import RunRecord

MAX_EPOCH_LINES = 60  # beyond this the vertical lines would grey out the plot


class _RunItems:
    """The plot items of one run, created once and updated with ``setData``."""

    def __init__(self, plot: pg.PlotItem, record: RunRecord) -> None:
        color = run_color(record.number)
        self.record = record
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

    def update(self, plot: pg.PlotItem) -> None:
        r = self.record
        self.raw.setData(r.iterations, r.costs)
        self.smooth.setData(r.iterations, r.smoothed)
        if r.epoch_ends:
            ends = [int(i) - 1 for i in r.epoch_ends if i > 0]
            self.marks.setData(r.iterations[ends], r.smoothed[ends])
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
            plot.addItem(line, ignoreBounds=True)
            self.lines.append(line)

    def fade(self, plot: pg.PlotItem) -> None:
        """Keep only the smoothed curve, faded: an earlier run for comparison."""
        for item in (self.raw, self.marks, *self.lines):
            plot.removeItem(item)
        self.lines = []
        self.smooth.setPen(pen(run_color(self.record.number, FADED_ALPHA), 1.5))

    def remove(self, plot: pg.PlotItem) -> None:
        for item in (self.raw, self.smooth, self.marks, *self.lines):
            plot.removeItem(item)


class CostPlot(pg.PlotWidget):
    """Cost ``J`` per iteration of the current run over the faded earlier runs.

    It views :class:`RunRecord` objects: :meth:`show_run` starts drawing one,
    :meth:`refresh` redraws it after new data; the legend names each run's
    settings. Object name ``costPlot``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("costPlot")  # PlotWidget(objectName=...) does not set it
        style_plot(self, "cost J", "iteration")
        self.legend = self.getPlotItem().addLegend(offset=(-10, 10), labelTextColor="#374151")
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self._runs: list[_RunItems] = []
        self.setMinimumHeight(160)

    @property
    def curve_count(self) -> int:
        """Number of runs drawn (the current one and the faded ones)."""
        return len(self._runs)

    def show_run(self, record: RunRecord) -> None:
        """Fade the previous run and start drawing ``record``."""
        plot = self.getPlotItem()
        if self._runs:
            self._runs[-1].fade(plot)
        self._runs.append(_RunItems(plot, record))

    def refresh(self) -> None:
        """Redraw the current run from its record."""
        if self._runs:
            self._runs[-1].update(self.getPlotItem())

    def current_data(self) -> tuple:
        """(x, y) of the current run's raw cost curve as drawn (for tests)."""
        return self._runs[-1].raw.getData() if self._runs else (None, None)

    def remove_runs(self, keep_last: bool) -> None:
        """Remove the earlier runs, and the current one unless ``keep_last``."""
        plot = self.getPlotItem()
        keep = self._runs[-1:] if keep_last else []
        for items in self._runs[: len(self._runs) - len(keep)]:
            items.remove(plot)
        self._runs = keep
        self.enableAutoRange()

    def set_log_scale(self, on: bool) -> None:
        """Show the cost on a logarithmic axis (small late costs become readable)."""
        self.getPlotItem().setLogMode(x=False, y=on)
        self.getPlotItem().setLabel("left", "cost J (log scale)" if on else "cost J")
