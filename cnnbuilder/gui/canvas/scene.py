"""The scene: one block per layer (plus the input), laid out from the order."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import NetworkSummary
from cnnbuilder.gui import theme
from cnnbuilder.gui.canvas import layout
from cnnbuilder.gui.canvas.captions import caption
from cnnbuilder.gui.canvas.items import BlockItem, ConnectorItem, InsertionMarker
from cnnbuilder.gui.canvas.layout import GRID, Insertion
from cnnbuilder.gui.selection import INPUT, Key
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

EMPTY_HINT = QT_TRANSLATE_NOOP(
    "NetworkScene", "Drag CONV, POOL, FC or Softmax here from the palette"
)


class NetworkScene(QGraphicsScene):
    """Blocks of a network spec, kept in sync by :meth:`sync`.

    Items are kept by key (layer uid, or ``INPUT``) across edits, so an edit
    repaints only the blocks whose caption changed. Connectors are rebuilt
    on every layout: they are cheap and depend only on the order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor(theme.CANVAS_BACKGROUND))
        self._blocks: dict[Key, BlockItem] = {}
        self._order: list[Key] = []
        self._connectors: list[ConnectorItem] = []
        self._columns = 6
        self._selected: Key = None
        self.marker = InsertionMarker()
        self.addItem(self.marker)
        self._hint = QGraphicsSimpleTextItem(self.tr(EMPTY_HINT))
        self._hint.setBrush(QColor(theme.BLOCKED_TEXT))
        font = QFont(self._hint.font())
        font.setItalic(True)
        self._hint.setFont(font)
        self.addItem(self._hint)

    # -- content -------------------------------------------------------------
    @property
    def order(self) -> list[Key]:
        """Block keys in chain order: ``INPUT`` then the layer uids."""
        return list(self._order)

    def block(self, key: Key) -> BlockItem | None:
        """The block item of a layer uid or ``INPUT`` (None if absent)."""
        return self._blocks.get(key)

    def sync(self, spec: NetworkSpec, summary: NetworkSummary) -> None:
        """Make the blocks show ``spec`` and its ``summary`` (same order)."""
        entries = [(INPUT, spec.input)] + [(layer.uid, layer) for layer in spec.layers]
        keys: list[Key] = [key for key, _ in entries]
        for key in set(self._blocks) - set(keys):
            self.removeItem(self._blocks.pop(key))
        for (key, layer), row in zip(entries, summary.rows, strict=True):
            text = caption(layer, row)
            item = self._blocks.get(key)
            if item is None:
                item = self._blocks[key] = BlockItem(key, text)
                self.addItem(item)
            else:
                item.set_caption(text)
            item.set_selected(key == self._selected)
        if keys != self._order:  # positions and arrows depend on the order only
            self._order = keys
            self.relayout()

    def set_selected(self, key: Key) -> None:
        """Outline the block of ``key`` (None clears)."""
        self._selected = key
        for item_key, item in self._blocks.items():
            item.set_selected(item_key == key)

    # -- geometry ------------------------------------------------------------
    @property
    def columns(self) -> int:
        """Blocks per row before the chain wraps."""
        return self._columns

    def set_columns(self, columns: int) -> None:
        """Wrap after ``columns`` blocks (re-lays out when it changes)."""
        columns = max(1, columns)
        if columns != self._columns:
            self._columns = columns
            self.relayout()

    def relayout(self) -> None:
        """Put every block at its place in the order and redraw the arrows."""
        for index, key in enumerate(self._order):
            item = self._blocks[key]
            item.setPos(*layout.block_position(index, self._columns))
            item.setZValue(0)
            item.setOpacity(1.0)
        self._rebuild_connectors()
        self._place_hint()
        width, height = layout.scene_size(max(len(self._order), 1), self._columns)
        if self._hint.isVisible():
            width = max(width, self._hint.sceneBoundingRect().right() + GRID.margin)
        self.setSceneRect(QRectF(0, 0, width, height))

    def _rebuild_connectors(self) -> None:
        for item in self._connectors:
            self.removeItem(item)
        self._connectors = []
        for index in range(1, len(self._order)):
            start, end, wrap_y = self._connector_ends(index)
            item = ConnectorItem(start, end, wrap_y)
            self.addItem(item)
            self._connectors.append(item)

    def _connector_ends(self, index: int) -> tuple[QPointF, QPointF, float | None]:
        """Ends of the arrow into block ``index`` from block ``index - 1``."""
        px, py = layout.block_position(index - 1, self._columns)
        x, y = layout.block_position(index, self._columns)
        if index % self._columns:  # same row
            mid = GRID.block_h / 2
            return QPointF(px + GRID.block_w, py + mid), QPointF(x - 1, y + mid), None
        start = QPointF(px + GRID.block_w / 2, py + GRID.block_h)
        end = QPointF(x + GRID.block_w / 2, y - 1)
        return start, end, py + GRID.block_h + GRID.gap_y / 2

    def _place_hint(self) -> None:
        self._hint.setVisible(len(self._order) <= 1)
        x, y = layout.block_position(1, max(self._columns, 2))
        self._hint.setPos(x, y + GRID.block_h / 2 - self._hint.boundingRect().height() / 2)

    # -- drag and drop -------------------------------------------------------
    def insertion_at(self, pos: QPointF) -> Insertion:
        """The insertion slot for a drop at scene point ``pos``."""
        return layout.insertion_at(pos.x(), pos.y(), len(self._order), self._columns)

    def show_marker(self, pos: QPointF) -> Insertion:
        """Show the insertion marker for ``pos`` and return the insertion."""
        insertion = self.insertion_at(pos)
        self.marker.setPos(insertion.x, insertion.y)
        self.marker.show()
        return insertion

    def hide_marker(self) -> None:
        """Hide the insertion marker."""
        self.marker.hide()

    def key_at(self, pos: QPointF) -> Key:
        """The key of the block under scene point ``pos``, None if none."""
        for item in self.items(pos):
            if isinstance(item, BlockItem):
                return item.key
        return None
