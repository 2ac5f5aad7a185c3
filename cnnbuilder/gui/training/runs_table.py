"""The runs table: one row per run of this document (``runsTable``).

As in a training history: the run's number, whether it trained the network
on the canvas or an earlier version (and what changed), data, optimiser,
η, batch, epochs, best validation and test accuracy, time and outcome. A
check box shows or hides the run's curves; selecting a row shows the run
in Results.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.core.run import Outcome, network_changes
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.gui.file_text import NAME_CHARS, TITLE_CHARS, plain_tip, shown
from cnnbuilder.gui.summary_view import TITLE_PADDING
from cnnbuilder.gui.training.run_messages import outcome_text
from cnnbuilder.gui.training.runs import RunEntry, RunsModel

WARN_COLOUR = "#b45309"
GOOD_COLOUR = "#15803d"


class RunsTable(QWidget):
    """A view of a :class:`RunsModel` next to the network on the canvas."""

    def __init__(self, runs: RunsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runs = runs
        self._spec: NetworkSpec | None = None
        self.table = QTableWidget(0, 12)
        self.table.setObjectName("runsTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Curves"),
                self.tr("Run"),
                self.tr("Network"),
                self.tr("Data"),
                self.tr("Optimizer"),
                "η",
                self.tr("Batch"),
                self.tr("Epochs"),
                self.tr("Best val."),
                self.tr("Test"),
                self.tr("Time"),
                self.tr("Outcome"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.delete_button = QPushButton(self.tr("Delete run"))
        self.delete_button.setObjectName("deleteRunButton")
        self.delete_button.clicked.connect(self._delete_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.delete_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(row)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.itemChanged.connect(self._on_item_changed)
        runs.changed.connect(self.refresh)
        runs.selected_changed.connect(lambda _entry: self.refresh())
        self.refresh()

    def set_network(self, spec: NetworkSpec) -> None:
        """The network on the canvas: each run says whether it trained this one."""
        self._spec = spec
        self.refresh()

    def version_text(self, entry: RunEntry) -> str:
        """ "this network", or "an earlier version: CONV1 filters 8 → 16"."""
        changes = [] if self._spec is None else network_changes(entry.run.spec, self._spec)
        if not changes:
            return self.tr("this network")
        return self.tr("an earlier version: {changes}").format(changes=", ".join(changes))

    def refresh(self) -> None:
        """Rebuild the rows from the model (a handful of runs: cheap)."""
        blocker = QSignalBlocker(self.table)
        self.table.setRowCount(len(self.runs.entries))
        for row, entry in enumerate(self.runs.entries):
            for column, item in enumerate(self._items(entry)):
                self.table.setItem(row, column, item)
            if entry is self.runs.selected:
                self.table.selectRow(row)
        if self.runs.selected is None:
            self.table.clearSelection()
        del blocker
        self._fit_columns()
        self.delete_button.setEnabled(self.runs.selected is not None)

    def _fit_columns(self) -> None:
        """Fit each column to its cells, never narrower than its title (which is
        longer in some languages): the table scrolls sideways rather than cut it."""
        header = self.table.horizontalHeader()
        for column in range(self.table.columnCount()):
            self.table.resizeColumnToContents(column)
            item = self.table.horizontalHeaderItem(column)
            title = item.text() if item is not None else ""
            need = header.fontMetrics().horizontalAdvance(title) + 2 * TITLE_PADDING
            if header.sectionSize(column) < need:
                header.resizeSection(column, need)

    def _items(self, entry: RunEntry) -> list[QTableWidgetItem]:
        run = entry.run
        s = run.settings
        best = run.best_val_accuracy
        texts = [
            "",
            str(run.number),
            self.version_text(entry),
            shown(run.data.name, NAME_CHARS),
            s.optimizer,
            f"{s.lr:g}",
            str(s.batch_size),
            f"{run.epochs_completed}/{s.epochs}",
            "–" if best is None else f"{best:.1%}",
            "–" if run.test_accuracy is None else f"{run.test_accuracy:.1%}",
            f"{run.seconds:.1f} s",
            outcome_text(run),
        ]
        items = [QTableWidgetItem(text) for text in texts]
        check = items[0]
        check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        check.setCheckState(Qt.CheckState.Checked if entry.shown else Qt.CheckState.Unchecked)
        check.setToolTip(self.tr("Show this run's curves"))
        colour = GOOD_COLOUR if run.outcome is Outcome.FINISHED else WARN_COLOUR
        items[-1].setForeground(QColor(colour))
        items[2].setText(shown(texts[2], TITLE_CHARS))
        items[2].setToolTip(plain_tip(shown(texts[2])))
        items[3].setToolTip(plain_tip(shown(run.data.source)))
        return items

    def _on_selection(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.runs.select(self.runs.entries[min(rows)])

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and item.row() < len(self.runs.entries):
            shown = item.checkState() == Qt.CheckState.Checked
            self.runs.set_shown(self.runs.entries[item.row()], shown)

    def _delete_selected(self) -> None:
        """Forget the selected run; ask first when its trained weights are in no file."""
        entry = self.runs.selected
        if entry is None:
            return
        if not entry.saved:
            answer = QMessageBox.question(
                self.window(),
                self.tr("Delete run"),
                self.tr("The trained weights of run {n} are not saved. Delete the run?").format(
                    n=entry.run.number
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.runs.remove(entry)
