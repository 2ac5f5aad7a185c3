"""See the data before training: per class, its counts (train/validation/test) and samples.

A view of the data panel's current :class:`Dataset`, for every source
(built-in, named, ``.npz``, folder, IDX). The counts follow the validation
split that the next run will use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.datasets.preview import ClassRow, class_rows
from cnnbuilder.gui.file_text import ElidedLabel
from cnnbuilder.gui.training.images import to_pixmap

MAX_CLASSES = 30  # more rows than this would only scroll; the rest is summed up
PER_CLASS = 10
TILE = 40


class DataPreview(QScrollArea):
    """Rows of ``name · counts · samples``, one per class; a sentence when there is no data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dataPreview")
        self.setWidgetResizable(True)
        self._dataset: Dataset | None = None
        self._val_split = 0.1
        self.rows: list[ClassRow] = []
        self._show(None)

    def set_dataset(self, dataset: Dataset | None) -> None:
        """Show ``dataset`` (None: nothing loaded, or loading)."""
        self._dataset = dataset
        self._show(dataset)

    def set_val_split(self, val_split: float) -> None:
        """Recount validation and training samples for this fraction."""
        if val_split != self._val_split:
            self._val_split = val_split
            self._show(self._dataset)

    def _show(self, dataset: Dataset | None) -> None:
        page = QWidget()
        column = QVBoxLayout(page)
        if dataset is None:
            self.rows = []
            empty = QLabel(self.tr("Choose or load data in the Training panel to see samples."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            column.addWidget(empty)
            self.setWidget(page)
            return
        self.rows = class_rows(dataset, self._val_split, PER_CLASS)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, title in enumerate(
            (self.tr("Class"), self.tr("Train"), self.tr("Validation"), self.tr("Test"))
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, col)
        grid.addWidget(QLabel("<b>" + self.tr("Samples") + "</b>"), 0, 4)
        for r, row in enumerate(self.rows[:MAX_CLASSES], start=1):
            self._add_row(grid, r, row, dataset.y_test is not None)
        column.addLayout(grid)
        if len(self.rows) > MAX_CLASSES:
            column.addWidget(
                QLabel(self.tr("… and {n} more classes").format(n=len(self.rows) - MAX_CLASSES))
            )
        column.addStretch(1)
        self.setWidget(page)

    def _add_row(self, grid: QGridLayout, r: int, row: ClassRow, has_test: bool) -> None:
        # Digits are named by their label already: "3", not "3: 3".
        name = row.name if row.name == str(row.label) else f"{row.label}: {row.name}"
        grid.addWidget(ElidedLabel(name, mode=Qt.TextElideMode.ElideRight), r, 0)
        counts = (row.train, row.validation, row.test if has_test else None)
        for c, count in enumerate(counts, start=1):
            label = QLabel("–" if count is None else f"{count:,}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, r, c)
        strip = QWidget()
        tiles = QGridLayout(strip)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(2)
        for k, image in enumerate(row.samples):
            tile = QLabel()
            tile.setPixmap(to_pixmap(image, TILE))
            tiles.addWidget(tile, 0, k)
        grid.addWidget(strip, r, 4, Qt.AlignmentFlag.AlignLeft)
