"""A wrapping grid of small captioned images (mistakes, filters)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem

from cnnbuilder.gui.file_text import plain_tip
from cnnbuilder.gui.training.empty_text import paint_empty_text
from cnnbuilder.gui.training.images import to_pixmap


class ImageGrid(QListWidget):
    """Tiles of ``(image, caption, tooltip)``; images are (H, W, C) in 0..1.

    A plain view: it emits nothing. Tiles wrap to the width and scroll;
    without tiles, ``placeholder`` is written in the middle.
    """

    def __init__(
        self, object_name: str, tile: int = 56, placeholder: str = "", caption_lines: int = 1
    ) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.tile = tile
        self.placeholder = placeholder
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        # No uniform sizes: one short caption must not set the height of every tile.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setIconSize(QSize(tile, tile))
        line = self.fontMetrics().height()
        self.setWordWrap(caption_lines > 1)  # long class names wrap instead of being cut
        extra = 2 * line if caption_lines > 1 else 0
        self.setGridSize(QSize(tile + 16 + extra, tile + 12 + caption_lines * line))
        self.setSpacing(2)
        self.set_tiles([])

    def set_tiles(self, tiles: Sequence[tuple[np.ndarray, str, str]]) -> None:
        """Replace the tiles; an empty list shows the placeholder text."""
        self.clear()
        for image, caption, tip in tiles:
            item = QListWidgetItem(QIcon(to_pixmap(image, self.tile)), caption)
            item.setToolTip(plain_tip(tip))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        self.setToolTip("" if tiles else self.placeholder)
        self.viewport().update()

    def set_placeholder(self, text: str) -> None:
        """Say ``text`` while there are no tiles."""
        self.placeholder = text
        if not self.count():
            self.setToolTip(text)
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.count():
            paint_empty_text(self, self.placeholder)

    def captions(self) -> list[str]:
        """The caption of every tile, in order (for tests and scripts)."""
        return [self.item(i).text() for i in range(self.count())]
