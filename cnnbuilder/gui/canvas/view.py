"""The canvas view: zoom, selection, palette drops and drag-to-reorder.

Every change goes through an undo command: a drop pushes ``add_layer`` at
the insertion slot under the drop point, a block dragged to a new slot
pushes ``move_layer``. The event handlers only decode and delegate to
:meth:`NetworkView.handle_drop` and :meth:`NetworkView.handle_move`, which
tests call directly.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QMenu, QWidget

from cnnbuilder.core.kinds.registry import kind_named, layer_kinds
from cnnbuilder.gui import commands, theme
from cnnbuilder.gui.canvas import layout
from cnnbuilder.gui.canvas.scene import NetworkScene
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.mime import decode_kind
from cnnbuilder.gui.selection import Key, LayerSelection

ZOOM_STEP = 1.15
ZOOM_LIMITS = (0.3, 3.0)


class NetworkView(QGraphicsView):
    """The graphics view of the chain (object name ``canvas``).

    Views ``document`` (redraws on ``spec_changed``) and ``selection``.

    Signals
    -------
    zoom_changed(float)
        The new zoom factor (1.0 = 100 %).
    """

    zoom_changed = Signal(float)

    def __init__(
        self, document: Document, selection: LayerSelection, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("canvas")
        self.document = document
        self.selection = selection
        self.network_scene = NetworkScene(self)
        self.setScene(self.network_scene)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(140)
        self._zoom = 1.0
        self._press: tuple[int, QPointF, QPointF] | None = None  # uid, press pos, grab offset
        self._dragging = False
        self._clicking = False  # a click selects in place: no scrolling under the mouse
        self._shown = False
        self.block_actions: list[QAction] = []
        document.spec_changed.connect(self._on_spec_changed)
        document.locked_changed.connect(self._on_locked_changed)
        document.replaced.connect(self._fit_when_shown)
        selection.changed.connect(self._on_selection_changed)
        self._on_spec_changed()

    def _on_spec_changed(self, _spec: object = None) -> None:
        self.network_scene.sync(self.document.spec, self.document.summary)
        self.network_scene.set_selected(self.selection.key)
        self.show_block(self.selection.key)  # a moved or undone block stays in view

    def _on_selection_changed(self, key: Key) -> None:
        self.network_scene.set_selected(key)
        if not self._clicking:
            self.show_block(key)

    def _select_in_place(self, key: Key) -> None:
        # A block the user points at is where they look: do not scroll it away.
        self._clicking = True
        try:
            self.selection.set(key)
        finally:
            self._clicking = False

    def show_block(self, key: Key) -> None:
        """Scroll so that the block of ``key`` is visible (no-op for None)."""
        item = self.network_scene.block(key)
        if item is not None:
            self.ensureVisible(item.sceneBoundingRect(), 16, 16)

    def _fit_when_shown(self) -> None:
        # Wait for the layout: the viewport has its final size only then.
        QTimer.singleShot(0, self.fit_to_window)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._fit_when_shown()

    def _on_locked_changed(self, locked: bool) -> None:
        self.setEnabled(not locked)
        self.viewport().update()

    # -- zoom ----------------------------------------------------------------
    @property
    def zoom(self) -> float:
        """The current zoom factor."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Zoom to ``zoom`` (clamped); the chain re-wraps to the new width."""
        zoom = max(ZOOM_LIMITS[0], min(zoom, ZOOM_LIMITS[1]))
        self._zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self._update_columns()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        """Zoom in one step."""
        self.set_zoom(self._zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Zoom out one step."""
        self.set_zoom(self._zoom / ZOOM_STEP)

    def fit_to_window(self) -> None:
        """Choose the largest zoom (at most 100 %) that shows the whole chain."""
        size = self.viewport().size()
        count = len(self.network_scene.order)
        self.set_zoom(layout.fit_scale(count, size.width(), size.height()))

    def zoom_at(self, zoom: float, anchor: QPoint) -> None:
        """Zoom to ``zoom`` keeping the block under viewport point ``anchor`` there.

        The chain re-wraps as it zooms, so the anchor is a point of a block,
        not of the scene; off the blocks, the selected block is kept in view.
        """
        scene_pos = self.mapToScene(anchor)
        key = self.network_scene.key_at(scene_pos)
        block = self.network_scene.block(key)
        offset = scene_pos - block.pos() if block is not None else None
        self.set_zoom(zoom)
        if block is None or offset is None:
            self.show_block(self.selection.key)
            return
        delta = self.mapFromScene(block.pos() + offset) - anchor
        for bar, step in (
            (self.horizontalScrollBar(), delta.x()),
            (self.verticalScrollBar(), delta.y()),
        ):
            bar.setValue(bar.value() + step)

    def _update_columns(self) -> None:
        width = self.viewport().width() / self._zoom
        self.network_scene.set_columns(layout.columns_for_width(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_columns()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.zoom_at(self._zoom * ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
        else:
            super().wheelEvent(event)

    # -- decisions (tested directly) ---------------------------------------------
    def handle_drop(self, kind: str, scene_pos: QPointF) -> int | None:
        """Insert a new layer of ``kind`` at the slot under ``scene_pos``.

        Returns the new layer's index, or None when the document refused it.
        """
        index = self.network_scene.insertion_at(scene_pos).layer_index
        layer = kind_named(kind).new()
        if not self.document.push(commands.add_layer(self.document, index, layer)):
            return None
        self.selection.set(layer.uid)
        return index

    def handle_move(self, uid: int, scene_pos: QPointF) -> bool:
        """Move the layer ``uid`` to the slot under ``scene_pos``; True if it moved."""
        source = self.document.spec.index_of(uid)
        index = self.network_scene.insertion_at(scene_pos).layer_index
        target = index - 1 if index > source else index
        if target == source:
            return False
        return self.document.push(commands.move_layer(self.document, uid, target))

    # -- palette drops -------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if decode_kind(event.mimeData()) and not self.document.locked:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if decode_kind(event.mimeData()) and not self.document.locked:
            self.network_scene.show_marker(self.mapToScene(event.position().toPoint()))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.network_scene.hide_marker()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        self.network_scene.hide_marker()
        kind = decode_kind(event.mimeData())
        pos = self.mapToScene(event.position().toPoint())
        if kind is None or self.handle_drop(kind, pos) is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.setFocus()

    # -- selection and drag-to-reorder -------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = self.mapToScene(event.position().toPoint())
        key = self.network_scene.key_at(pos)
        self._select_in_place(key)
        item = self.network_scene.block(key) if isinstance(key, int) else None
        if isinstance(key, int) and item is not None:
            self._press = (key, pos, pos - item.pos())
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseMoveEvent(event)
            return
        uid, start, offset = self._press
        pos = self.mapToScene(event.position().toPoint())
        distance = (pos - start).manhattanLength() * self._zoom
        if not self._dragging and distance < QApplication.startDragDistance():
            return
        item = self.network_scene.block(uid)
        if item is None:  # the layer went away under the mouse (an undo by key)
            return
        self._dragging = True
        item.setZValue(10)
        item.setOpacity(0.8)
        item.setPos(pos - offset)
        self.network_scene.show_marker(pos)
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, dragging = self._press, self._dragging
        self._press, self._dragging = None, False
        if press is None or not dragging:
            super().mouseReleaseEvent(event)
            return
        self.network_scene.hide_marker()
        self.viewport().unsetCursor()
        if not self.handle_move(press[0], self.mapToScene(event.position().toPoint())):
            self.network_scene.relayout()  # snap back

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = self.network_scene.order
        keys = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        steps = {key.value: step for key, step in keys.items()}  # key() is a plain int
        step = steps.get(event.key())
        if step is None or not order:
            super().keyPressEvent(event)
            return
        current = order.index(self.selection.key) if self.selection.key in order else -step
        self.selection.set(order[max(0, min(len(order) - 1, current + step))])

    def insert_actions(self, scene_pos: QPointF, parent: QMenu) -> list[QAction]:
        """ "Add CONV" … that insert at the slot under ``scene_pos``, as a drop there would."""
        actions = []
        for kind in layer_kinds():
            name = kind.type_name
            text = self.tr("Add {kind} here").format(kind=kind.label)
            action = QAction(theme.kind_icon(name), text, parent)
            action.setEnabled(not self.document.locked)
            action.triggered.connect(lambda _=False, k=name: self.handle_drop(k, scene_pos))
            actions.append(action)
        return actions

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = self.mapToScene(event.pos())
        key = self.network_scene.key_at(pos)
        self._select_in_place(key)
        menu = QMenu(self)
        if isinstance(key, int):
            menu.addActions(self.block_actions)
        else:  # empty area (or the Input block): insert where the click points
            menu.addActions(self.insert_actions(pos, menu))
            self.network_scene.show_marker(pos)
            menu.aboutToHide.connect(self.network_scene.hide_marker)
        if menu.actions():
            menu.exec(event.globalPos())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        if not self.document.locked:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(QColor(theme.BLOCKED_TEXT))
        box = self.viewport().rect().adjusted(12, 8, -12, -8)
        text = self.tr("Editing is locked while the network trains")
        painter.drawText(box, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight, text)
        painter.restore()
