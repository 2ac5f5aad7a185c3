"""The palette of layer kinds: drag one onto the canvas, or double-click to append."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QIcon, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cnnbuilder.core.kinds.registry import kind_named, layer_kinds
from cnnbuilder.gui import theme
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.mime import encode_kind

KIND_ROLE = Qt.ItemDataRole.UserRole


class _EntryDelegate(QStyledItemDelegate):
    """Draws an entry as its icon, the kind in bold and a grey description."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        kind = str(index.data(KIND_ROLE))
        text_option = QStyleOptionViewItem(option)
        self.initStyleOption(text_option, index)
        text_option.text = ""
        text_option.icon = QIcon()
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(
            QStyle.ControlElement.CE_ItemViewItem, text_option, painter, option.widget
        )
        rect = option.rect.adjusted(8, 4, -6, -4)
        theme.kind_icon(kind).paint(
            painter, rect.left(), rect.top() + (rect.height() - 32) // 2, 32, 32
        )
        text = rect.adjusted(42, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#111827"))
        line = painter.fontMetrics().height()
        title = theme.kind_title(kind)
        # The description may wrap to a second line (longer words in another language).
        lines = 1 if painter.fontMetrics().horizontalAdvance(title) <= text.width() else 2
        top = text.top() + max(0, (text.height() - (1 + lines) * line) // 2)
        painter.drawText(
            text.adjusted(0, top - text.top(), 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            kind_named(kind).label,
        )
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(option.palette.highlightedText().color() if selected else QColor("#6b7280"))
        painter.drawText(
            text.adjusted(0, top - text.top() + line, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
            title,
        )
        painter.restore()


class PaletteWidget(QListWidget):
    """One draggable entry per layer kind (object name ``palette``).

    Dragging carries ``mime.LAYER_MIME``; the canvas decides where it goes.

    Signals
    -------
    kind_activated(str)
        A double-click or Return on an entry: append a layer of that kind.
    """

    kind_activated = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("palette")
        self.setIconSize(QSize(32, 32))
        self.setSpacing(2)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setItemDelegate(_EntryDelegate(self))
        for kind in layer_kinds():
            name = kind.type_name
            item = QListWidgetItem(theme.kind_icon(name), f"{kind.label}\n{theme.kind_title(name)}")
            item.setData(KIND_ROLE, name)
            item.setToolTip(theme.kind_tooltip(name))
            item.setSizeHint(QSize(150, max(48, 3 * self.fontMetrics().height() + 8)))
            self.addItem(item)
        self.itemDoubleClicked.connect(self._on_item_activated)
        document.locked_changed.connect(lambda locked: self.setEnabled(not locked))

    def kind_of(self, row: int) -> str:
        """The layer kind of entry ``row``."""
        return str(self.item(row).data(KIND_ROLE))

    def _on_item_activated(self, item: QListWidgetItem) -> None:
        self.kind_activated.emit(str(item.data(KIND_ROLE)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._on_item_activated(item)
        else:
            super().keyPressEvent(event)

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        item = self.currentItem()
        if item is None:
            return
        kind = str(item.data(KIND_ROLE))
        drag = QDrag(self)
        drag.setMimeData(encode_kind(kind))
        drag.setPixmap(theme.kind_icon(kind).pixmap(40, 40))
        drag.setHotSpot(QPoint(20, 20))
        # Copy only: a "move" would let Qt remove the entry from the palette.
        drag.exec(Qt.DropAction.CopyAction)
