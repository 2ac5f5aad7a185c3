"""A small drawing pad for one-channel inputs: draw with the mouse, light on dark."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnnbuilder.gui.training.images import to_qimage

PAD_SIZE = 168
# The brush: full ink under the pointer, half on its four neighbours (a soft pen
# that makes strokes look like the built-in digits).
_BRUSH = ((0, 0, 1.0), (-1, 0, 0.5), (1, 0, 0.5), (0, -1, 0.5), (0, 1, 0.5))


class DrawPad(QWidget):
    """An ``n_H x n_W`` grid of values in 0..1. Object name ``drawPad``.

    Signals
    -------
    changed(ndarray)
        ``(n_H, n_W, 1)`` float32, after every stroke step.
    """

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drawPad")
        self.setFixedSize(PAD_SIZE, PAD_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.values = np.zeros((8, 8), dtype=np.float32)
        self._erasing = False

    def set_shape(self, n_h: int, n_w: int) -> None:
        """Start a blank pad of ``n_H x n_W``."""
        self.values = np.zeros((n_h, n_w), dtype=np.float32)
        self.update()

    def clear(self) -> None:
        """Blank the pad and say so."""
        self.values[...] = 0
        self.update()
        self.changed.emit(self.values[:, :, None].copy())

    def _cell(self) -> float:
        n_h, n_w = self.values.shape
        return min(self.width() / n_w, self.height() / n_h)

    def _ink(self, point: QPoint) -> None:
        k = self._cell()
        r, c = int(point.y() // k), int(point.x() // k)
        n_h, n_w = self.values.shape
        for dr, dc, amount in _BRUSH:
            rr, cc = r + dr, c + dc
            if 0 <= rr < n_h and 0 <= cc < n_w:
                old = self.values[rr, cc]
                self.values[rr, cc] = (
                    max(0.0, old - amount) if self._erasing else min(1.0, old + amount)
                )
        self.update()
        self.changed.emit(self.values[:, :, None].copy())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._erasing = event.button() == Qt.MouseButton.RightButton
        self._ink(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & (Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton):
            self._ink(event.position().toPoint())

    def sizeHint(self) -> QSize:
        return QSize(PAD_SIZE, PAD_SIZE)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        n_h, n_w = self.values.shape
        k = self._cell()
        target = QRect(0, 0, int(n_w * k), int(n_h * k))
        painter.drawImage(target, to_qimage(self.values[:, :, None]))
        painter.setPen(QColor("#374151"))
        for r in range(n_h + 1):
            painter.drawLine(0, int(r * k), target.width(), int(r * k))
        for c in range(n_w + 1):
            painter.drawLine(int(c * k), 0, int(c * k), target.height())
