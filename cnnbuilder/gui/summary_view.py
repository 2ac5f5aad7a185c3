"""The summary table view with its totals, synced with the selection."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cnnbuilder.gui import theme
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.selection import Key, LayerSelection
from cnnbuilder.gui.summary_model import COLUMNS, HYPER, SHAPE, SummaryTableModel
from cnnbuilder.gui.totals import TotalsBar

TITLE_PADDING = 12  # pixels each side of a header title (the style's margins)


class ErrorAwareDelegate(QStyledItemDelegate):
    """Draws a selected error row in red, not the selection blue, so it still reads
    as an error while selected (the style ignores the model's colours there)."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        selected = option.state & QStyle.StateFlag.State_Selected
        model = index.model()
        if (
            selected
            and isinstance(model, SummaryTableModel)
            and model.layer_row(index.row()).status == "error"
        ):
            for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
                option.palette.setColor(group, QPalette.ColorRole.Highlight, QColor(theme.ERROR))
                option.palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("white"))


class SummaryView(QWidget):
    """The table (object name ``summaryTable``) over the totals bar.

    Selecting a row selects the block (``selection``) and back. An error
    row's reason spans the shape and count columns so it can be read whole.
    """

    def __init__(
        self, document: Document, selection: LayerSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.selection = selection
        self.model = SummaryTableModel(document, self)
        self.table = QTableView()
        self.table.setObjectName("summaryTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ErrorAwareDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows are selected whole and arrows move between them: Tab leaves the table
        # (as everywhere else) instead of trapping the keyboard in its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Size columns from the rows in view, not from every row of a long chain.
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(HYPER, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.totals = TotalsBar(document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        header.sectionResized.connect(
            lambda index, _old, _new: None if index == HYPER else self._fit_hyper_column()
        )
        self.model.modelReset.connect(self._on_model_reset)
        selection.changed.connect(self._select_key)
        self._on_model_reset()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_hyper_column()

    def _fit_hyper_column(self) -> None:
        """Stretch the hyper-parameters column, never below its title's width.

        The other columns fit their contents; when a longer title (another
        language) would be cut, the table scrolls sideways instead.
        """
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(HYPER, Qt.Orientation.Horizontal))
        need = header.fontMetrics().horizontalAdvance(title) + 2 * TITLE_PADDING
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != HYPER)
        room = self.table.viewport().width() - others
        stretch = QHeaderView.ResizeMode.Stretch
        mode = stretch if room >= need else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(HYPER) != mode:
            header.setSectionResizeMode(HYPER, mode)
        if mode != stretch and header.sectionSize(HYPER) != need:
            header.resizeSection(HYPER, need)

    def _on_model_reset(self) -> None:
        self.table.clearSpans()
        for row in range(self.model.rowCount()):
            if self.model.layer_row(row).status == "error":
                self.table.setSpan(row, SHAPE, 1, len(COLUMNS) - SHAPE)
        self._select_key(self.selection.key)

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selection.set(self.model.key_at(current.row()))

    def _select_key(self, key: Key) -> None:
        row = self.model.row_of(key)
        selection_model = self.table.selectionModel()
        if row is None:
            selection_model.clear()
            return
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        selection_model.setCurrentIndex(index, flags)
        self.table.scrollTo(index)
