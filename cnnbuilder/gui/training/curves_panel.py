"""The cost and accuracy plots with their tool row: log scale, clear, export."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.atomic import atomic_output
from cnnbuilder.core.run import Progress
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.gui.training.accuracy_plot import AccuracyPlot
from cnnbuilder.gui.training.cost_plot import CostPlot
from cnnbuilder.gui.training.run_history import (
    RunRecord,
    run_label,
    smoothing_weight,
    write_csv,
)

REDRAW_MS = 200


class CurvesPanel(QWidget):
    """Live curves of the current run over the earlier runs of this document.

    It owns the :class:`RunRecord` of every run kept and feeds the
    :class:`CostPlot` and :class:`AccuracyPlot` views from them. Runs are
    known by the number the runs table gives them; each is shown or hidden.

    Signals
    -------
    message(str)
        A line for the status bar (e.g. where an export went).
    redrawn()
        The plots were brought up to date (at most every ``REDRAW_MS``).
    shown_changed(int, bool)
        The panel itself hid a run (Hide earlier runs, a click on its legend
        entry): its number, and False.
    """

    message = Signal(str)
    redrawn = Signal()
    shown_changed = Signal(int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curvesPanel")
        self.runs: list[RunRecord] = []
        self._hidden: set[int] = set()  # numbers of the runs whose curves are hidden
        self._running = False
        # Painting the plots (axes above all) is the GUI's main cost during a run;
        # redrawing at most 5 times a second leaves the CPU to the training.
        self._epochs_pending = False
        self._redraw_timer = QTimer(self, singleShot=True, interval=REDRAW_MS)
        self._redraw_timer.timeout.connect(self.redraw)
        self.cost_plot = CostPlot()
        self.accuracy_plot = AccuracyPlot()
        for plot in (self.cost_plot, self.accuracy_plot):
            plot.run_toggled.connect(self.set_run_shown)
            plot.run_toggled.connect(self.shown_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(self._tool_row())
        self.clip_note = QLabel()
        self.clip_note.setObjectName("costClipNote")
        self.clip_note.setStyleSheet("color: #b45309;")
        self.clip_note.setWordWrap(True)
        self.clip_note.hide()
        layout.addWidget(self.clip_note)
        # The exported picture is this splitter alone: buttons do not belong in a figure.
        self.plots = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.cost_plot)
        splitter.addWidget(self.accuracy_plot)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._update_buttons()

    def _tool_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.hint = QLabel(self.tr("Press Train to draw the cost of every iteration here."))
        self.hint.setStyleSheet("color: #6b7280;")
        # The hint may be cut short in a narrow window; it must not widen the window.
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.log_box = QCheckBox(self.tr("Log scale"))
        self.log_box.setObjectName("logScaleBox")
        self.log_box.setToolTip(self.tr("Show the cost on a logarithmic axis"))
        self.log_box.toggled.connect(self.cost_plot.set_log_scale)
        self.log_box.toggled.connect(self._update_clip_note)
        self.clear_button = QPushButton(self.tr("Hide earlier runs"))
        self.clear_button.setObjectName("clearRunsButton")
        self.clear_button.setToolTip(
            self.tr("Show only the latest run; tick a run in the Runs tab to show it again")
        )
        self.clear_button.clicked.connect(self.hide_earlier_runs)
        self.png_button = QPushButton(self.tr("Export PNG…"))
        self.png_button.clicked.connect(self._ask_png)
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.csv_button.clicked.connect(self._ask_csv)
        row.addWidget(self.hint, 1)
        for widget in (self.log_box, self.clear_button, self.png_button, self.csv_button):
            row.addWidget(widget)
        return row

    # -- a run -----------------------------------------------------------------
    def begin_run(self, number: int, config: TrainingSpec, batches_per_epoch: int) -> RunRecord:
        """Start the curves of run ``number``; earlier runs fade."""
        record = RunRecord(number, run_label(number, config), smoothing_weight(batches_per_epoch))
        self.runs.append(record)
        self.cost_plot.show_run(record, config.epochs * batches_per_epoch)
        self.accuracy_plot.show_run(record, config.epochs)
        self._running = True
        self.hint.setText(self.tr("faint: each mini-batch · bold: smoothed · ○: epoch end"))
        self.hint.setToolTip(
            self.tr(
                "The faint line is the cost J of every mini-batch, the bold line its moving "
                "average; a circle marks the end of each epoch. Earlier runs stay faded."
            )
        )
        self._update_buttons()
        return record

    def add_progress(self, progress: Progress) -> None:
        """Append a coalesced packet from the worker; the plots redraw soon after."""
        if not self.runs:
            return
        record = self.runs[-1]
        if len(progress.costs):
            record.append(progress.costs)
        for epoch in progress.epochs:
            record.add_epoch(epoch)
        self._epochs_pending |= bool(progress.epochs)
        if not self._redraw_timer.isActive():
            self._redraw_timer.start()

    def redraw(self) -> None:
        """Draw what arrived since the last redraw (at most every ``REDRAW_MS``)."""
        self._redraw_timer.stop()
        self.cost_plot.refresh()
        self._update_clip_note()
        if self._epochs_pending:
            self._epochs_pending = False
            self.accuracy_plot.refresh()
        self.redrawn.emit()

    def _update_clip_note(self) -> None:
        """Say so when costs run off the top of the cost plot (an exploded run)."""
        clipped = self.cost_plot.clipped_cost
        text = (
            ""
            if clipped is None
            else self.tr(
                "Costs up to {cost} are above the top of the cost plot: "
                "tick Log scale to see them all."
            ).format(cost=f"{clipped:.3g}")
        )
        if text != self.clip_note.text():  # a label set every redraw would relayout
            self.clip_note.setText(text)
            self.clip_note.setVisible(bool(text))

    def end_run(self) -> None:
        """The current run is over: draw its last points; earlier runs may be cleared."""
        self.redraw()
        self._running = False
        self._update_buttons()

    def set_run_shown(self, number: int, shown: bool) -> None:
        """Show or hide the curves of run ``number``."""
        if shown:
            self._hidden.discard(number)
        else:
            self._hidden.add(number)
        self.cost_plot.set_run_shown(number, shown)
        self.accuracy_plot.set_run_shown(number, shown)
        self._update_clip_note()
        self._update_buttons()

    def keep_runs(self, shown: Mapping[int, bool]) -> None:
        """Keep the curves of the runs in ``shown`` (number: shown), and of the run
        in progress; remove the others (deleted runs, runs of another document)."""
        running = self.runs[-1].number if self._running and self.runs else None
        for record in list(self.runs):
            if record.number not in shown and record.number != running:
                self.runs.remove(record)
                self._hidden.discard(record.number)
                self.cost_plot.remove_run(record.number)
                self.accuracy_plot.remove_run(record.number)
        for record in self.runs:
            visible = shown.get(record.number, True)
            if visible == (record.number in self._hidden):
                self.set_run_shown(record.number, visible)
        self._update_clip_note()
        self._update_buttons()

    def hide_earlier_runs(self) -> None:
        """Hide every run but the latest (the runs table can show them again)."""
        for record in self.runs[:-1]:
            if record.number not in self._hidden:
                self.set_run_shown(record.number, False)
                self.shown_changed.emit(record.number, False)

    def shown_runs(self) -> list[RunRecord]:
        """The runs whose curves are shown."""
        return [record for record in self.runs if record.number not in self._hidden]

    def _update_buttons(self) -> None:
        self.clear_button.setEnabled(any(r.number not in self._hidden for r in self.runs[:-1]))
        has_data = any(r.size for r in self.shown_runs()) or self._running
        self.png_button.setEnabled(has_data)
        self.csv_button.setEnabled(has_data)

    # -- export ----------------------------------------------------------------
    def export_png(self, path: str | Path) -> Path:
        """Save both plots as they look now, without the tool row above them.

        Raises
        ------
        OSError
            If the picture cannot be written.
        """
        path = Path(path)
        if not self.plots.grab().save(str(path)):
            raise OSError(self.tr("could not write the picture {file}").format(file=path))
        return path

    def export_csv(self, path: str | Path) -> Path:
        """Save the costs and epoch results of the runs shown as CSV (atomically)."""
        path = Path(path)
        with atomic_output(path, "w") as out:
            write_csv(self.shown_runs(), out)
        return path

    def _ask_png(self) -> None:
        self._ask(
            self.tr("Export curves as PNG"), self.tr("PNG image (*.png)"), ".png", self.export_png
        )

    def _ask_csv(self) -> None:
        self._ask(
            self.tr("Export curves as CSV"), self.tr("CSV table (*.csv)"), ".csv", self.export_csv
        )

    def _ask(self, title: str, filters: str, suffix: str, write: Callable[[str], Path]) -> None:
        path, _ = QFileDialog.getSaveFileName(self, title, f"training-curves{suffix}", filters)
        if not path:
            return
        if not path.endswith(suffix):
            path += suffix
        try:
            write(path)
        except OSError as exc:
            self.message.emit(self.tr("Export failed: {problem}").format(problem=exc))
        else:
            self.message.emit(self.tr("Saved {file}").format(file=path))
