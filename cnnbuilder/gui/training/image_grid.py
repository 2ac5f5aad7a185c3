"""A wrapping grid of small captioned images (mistakes, filters)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractItemView, QListView, QListWidget, QListWidgetItem

from cnnbuilder.gui.training.images import to_pixmap


class ImageGrid(QListWidget):
    """Tiles of ``(image, caption, tooltip)``; images are (H, W, C) in 0..1.

    A plain view: it emits nothing. Tiles wrap to the width and scroll.
    """

    def __init__(self, object_name: str, tile: int = 56, placeholder: str = "") -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.tile = tile
        self.placeholder = placeholder
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setIconSize(QSize(tile, tile))
        self.setGridSize(QSize(tile + 22, tile + 30))
        self.setSpacing(2)
        self.set_tiles([])

    def set_tiles(self, tiles: Sequence[tuple[np.ndarray, str, str]]) -> None:
        """Replace the tiles; an empty list shows the placeholder text."""
        self.clear()
        for image, caption, tip in tiles:
            item = QListWidgetItem(QIcon(to_pixmap(image, self.tile)), caption)
            item.setToolTip(tip)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(item)
        self.setToolTip("" if tiles else self.placeholder)

    def captions(self) -> list[str]:
        """The caption of every tile, in order (for tests and scripts)."""
        return [self.item(i).text() for i in range(self.count())]
