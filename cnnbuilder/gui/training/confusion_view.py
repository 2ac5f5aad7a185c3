"""The confusion matrix as a heat map with the count in every cell."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from cnnbuilder.gui.file_text import NAME_CHARS, plain_tip, shown
from cnnbuilder.gui.training.empty_text import paint_empty_text

_RIGHT = np.array([29, 78, 216])  # correct answers: blue, darker = more
_WRONG = np.array([220, 38, 38])  # mistakes: red, darker = more


def cell_color(count: int, row_total: int, correct: bool) -> QColor:
    """White for none, towards blue (diagonal) or red (mistakes) with the row share."""
    share = count / row_total if row_total else 0.0
    strength = share if correct else min(1.0, 3.0 * share)  # mistakes are rarer: boost them
    rgb = 255 - (255 - (_RIGHT if correct else _WRONG)) * strength
    return QColor(*(round(float(v)) for v in rgb))


class ConfusionMatrixView(QTableWidget):
    """Rows are true classes, columns predicted classes, cells are test-image counts.

    A view of a count matrix (``cnnbuilder.core.evaluation.confusion_matrix``);
    it emits nothing. An empty matrix shows ``placeholder`` instead.
    Object name ``confusionMatrix``.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("confusionMatrix")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setShowGrid(False)
        self.setStyleSheet("QTableWidget { gridline-color: #e5e7eb; }")
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            header.setMinimumSectionSize(22)
        # Every column is stretched into view: a scroll bar would hide a class.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.horizontalHeader().setToolTip(self.tr("predicted class"))
        self.verticalHeader().setToolTip(self.tr("true class"))
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.placeholder = ""

    def set_matrix(
        self, matrix: np.ndarray, class_names: tuple[str, ...], placeholder: str = ""
    ) -> None:
        """Show ``matrix`` (K, K): row = true class, column = predicted class.

        ``placeholder`` is written in the middle when ``matrix`` is empty.
        """
        self.matrix = np.asarray(matrix)
        self.placeholder = placeholder
        k = len(self.matrix)
        # Whole names (escaped) in the tool tips; shortened ones in the row titles.
        names = [shown(class_names[i]) if i < len(class_names) else str(i) for i in range(k)]
        self.clear()
        self.setRowCount(k)
        self.setColumnCount(k)
        # Columns carry only the class number (narrow); rows say number and name.
        self.setHorizontalHeaderLabels([str(i) for i in range(k)])
        self.setVerticalHeaderLabels(
            [n if n == str(i) else f"{i} {shown(n, NAME_CHARS // 2)}" for i, n in enumerate(names)]
        )
        for c, name in enumerate(names):
            header = self.horizontalHeaderItem(c)  # set by setHorizontalHeaderLabels above
            if header is not None:
                header.setToolTip(self.tr("predicted {name}").format(name=name))
        totals = self.matrix.sum(axis=1)
        for r in range(k):
            for c in range(k):
                self.setItem(
                    r,
                    c,
                    self._cell(int(self.matrix[r, c]), int(totals[r]), r == c, names[r], names[c]),
                )

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.matrix.size:
            paint_empty_text(self, self.placeholder)

    def _cell(
        self, count: int, total: int, correct: bool, true: str, predicted: str
    ) -> QTableWidgetItem:
        item = QTableWidgetItem(str(count) if count else "")
        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        color = cell_color(count, total, correct)
        item.setBackground(QBrush(color))
        item.setForeground(QBrush(QColor("white" if color.lightness() < 140 else "#111827")))
        if total:
            tip = self.tr("true {true}, predicted {predicted}: {count} of {total} images ({share})")
        else:
            tip = self.tr("true {true}, predicted {predicted}: {count} images")
        share = f"{count / total:.0%}" if total else ""
        item.setToolTip(
            plain_tip(
                tip.format(true=true, predicted=predicted, count=count, total=total, share=share)
            )
        )
        return item
