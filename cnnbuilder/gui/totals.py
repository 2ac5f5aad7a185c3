"""The totals under the summary table: parameters, multiply-adds, memory."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from cnnbuilder.core.report import human_bytes
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.summary import NetworkSummary
from cnnbuilder.gui import theme
from cnnbuilder.gui.document import Document


def share_text(summary: NetworkSummary) -> str:
    """``"CONV 3,824 (6.1 %) · FC 59,134 (93.9 %)"``."""
    total = summary.total_params or 1
    conv, dense = summary.conv_params, summary.dense_params
    return (
        f"CONV {conv:,} ({100 * conv / total:.1f} %) · FC {dense:,} ({100 * dense / total:.1f} %)"
    )


class _ShareBar(QWidget):
    """A thin bar split in the CONV and FC colours by their parameter share."""

    def __init__(self) -> None:
        super().__init__()
        self.conv_share: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        if self.conv_share is None:  # no parameters at all
            painter.setBrush(QColor("#e5e7eb"))
            painter.drawRoundedRect(rect, 3, 3)
            return
        painter.setBrush(theme.kind_color("fc"))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(theme.kind_color("conv"))
        painter.setClipRect(QRectF(rect.left(), rect.top(), rect.width() * self.conv_share, 99))
        painter.drawRoundedRect(rect, 3, 3)


class TotalsBar(QWidget):
    """Totals of ``document.summary``, refreshed on ``spec_changed``.

    The memory estimate uses the batch size and optimiser of the network's
    ``training`` section (or the defaults of :class:`TrainingSpec`).
    """

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTotals")
        self.document = document
        self.params = QLabel()
        self.share = QLabel()
        self.bar = _ShareBar()
        self.mult_adds = QLabel()
        self.memory = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        for label in (self.params, self.share, self.mult_adds, self.memory):
            label.setWordWrap(True)  # narrow windows wrap instead of growing
        grid = QGridLayout(self)
        grid.setContentsMargins(4, 6, 4, 2)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.params, 0, 0)
        grid.addWidget(self.share, 1, 0)
        grid.addWidget(self.bar, 2, 0)
        grid.addWidget(self.mult_adds, 0, 1)
        grid.addWidget(self.memory, 1, 1)
        grid.addWidget(self.status, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        document.spec_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, _spec: object = None) -> None:
        """Show the totals of the document's current summary."""
        summary = self.document.summary
        training = self.document.spec.training or TrainingSpec()
        partial = " <i>" + self.tr("(valid layers only)") + "</i>" if summary.errors else ""
        total = summary.total_params
        self.params.setText(
            self.tr("<b>Parameters</b> {count}").format(count=f"{total:,}") + partial
        )
        self.share.setText(share_text(summary))
        self.bar.conv_share = summary.conv_params / total if total else None
        self.bar.update()
        self.mult_adds.setText(
            self.tr("<b>Multiply-adds</b> {count} per example").format(
                count=f"{summary.total_mult_adds:,}"
            )
        )
        memory = summary.training_memory_bytes(training.batch_size, training.optimizer)
        self.memory.setText(
            self.tr("<b>Training memory</b> ≈ {size} (batch {batch}, {optimizer})").format(
                size=human_bytes(memory), batch=training.batch_size, optimizer=training.optimizer
            )
        )
        self.memory.setToolTip(
            self.tr(
                "Parameters with gradients and optimiser moments, plus per example the "
                "activations kept for backprop, their gradients and the im2col buffers."
            )
        )
        self._show_status(summary)

    def _show_status(self, summary: NetworkSummary) -> None:
        if summary.ok:
            text, color = "✔ " + self.tr("The network is valid and ready to train."), "#15803d"
        elif summary.errors:
            text, color = f"✖ {summary.problem}", theme.ERROR
        else:
            text, color = f"⚠ {summary.problem}", theme.WARNING
        self.status.setText(text)
        style = f"color: {color};"
        if self.status.styleSheet() != style:  # restyling is costly; most edits keep it
            self.status.setStyleSheet(style)
