"""Graphics items of the canvas: a block per layer, arrows, the drop marker."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from cnnbuilder.gui import theme
from cnnbuilder.gui.canvas.captions import Caption, wrap_lines
from cnnbuilder.gui.canvas.layout import GRID
from cnnbuilder.gui.file_text import plain_tip
from cnnbuilder.gui.selection import Key

HEADER_H = 24.0
RADIUS = 8.0
PAD = 10.0


class BlockItem(QGraphicsItem):
    """One block of the chain: a coloured header, hyper-parameters, output shape.

    Parameters
    ----------
    key : int or "input"
        The layer uid (or ``INPUT``) the block stands for.
    """

    def __init__(self, key: Key, caption: Caption) -> None:
        super().__init__()
        self.key = key
        self._caption = caption
        self._selected = False
        self._hovered = False
        self.setAcceptHoverEvents(True)
        self.setCursor(
            Qt.CursorShape.OpenHandCursor if key != "input" else Qt.CursorShape.ArrowCursor
        )
        self.setToolTip(plain_tip(caption.tooltip))

    @property
    def caption(self) -> Caption:
        """The caption currently shown."""
        return self._caption

    def set_caption(self, caption: Caption) -> None:
        """Show another caption (repaints only when it differs)."""
        if caption != self._caption:
            self._caption = caption
            self.setToolTip(plain_tip(caption.tooltip))
            self.update()

    def set_selected(self, selected: bool) -> None:
        """Draw (or stop drawing) the selection outline."""
        if selected != self._selected:
            self._selected = selected
            self.update()

    @property
    def invalid(self) -> bool:
        """True when the block's layer has an error (red outline)."""
        return self._caption.status == "error"

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -4, GRID.block_w + 8, GRID.block_h + 8)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hovered = False
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(0, 0, GRID.block_w, GRID.block_h)
        color = theme.kind_color(self._caption.kind)
        self._paint_frame(painter, rect, color)
        self._paint_header(painter, rect, color)
        self._paint_body(painter, rect)

    def _paint_frame(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 22))
        painter.drawRoundedRect(rect.translated(0, 2), RADIUS, RADIUS)
        if self._selected:
            painter.setBrush(QColor(29, 78, 216, 50))
            painter.drawRoundedRect(rect.adjusted(-4, -4, 4, 4), RADIUS + 3, RADIUS + 3)
        fill = theme.tint(color, 0.90 if self._hovered else 0.94)
        painter.setBrush(fill)
        pen = QPen(color, 1.2)
        if self.invalid:
            pen = QPen(QColor(theme.ERROR), 2.6)
        elif self._selected:
            pen = QPen(QColor(theme.ACCENT), 2.2)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, RADIUS, RADIUS)

    def _paint_header(self, painter: QPainter, rect: QRectF, color: QColor) -> None:
        header = QPainterPath()
        header.addRoundedRect(rect, RADIUS, RADIUS)
        band = QPainterPath()
        band.addRect(QRectF(0, 0, rect.width(), HEADER_H))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.ERROR) if self.invalid else color)
        painter.drawPath(header.intersected(band))
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        text_rect = QRectF(PAD, 0, rect.width() - 2 * PAD, HEADER_H)
        align = Qt.AlignmentFlag.AlignVCenter
        share = 0.62 if self._caption.tag else 1.0
        title = QFontMetricsF(font).elidedText(
            self._caption.title, Qt.TextElideMode.ElideRight, text_rect.width() * share
        )
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignLeft, title)
        font.setBold(False)
        painter.setFont(font)
        painter.drawText(text_rect, align | Qt.AlignmentFlag.AlignRight, self._caption.tag)

    def _paint_body(self, painter: QPainter, rect: QRectF) -> None:
        icon_size = 22
        top = HEADER_H + 8
        left = PAD
        if self._caption.kind != "input":  # the input's values need the width
            theme.kind_icon(self._caption.kind).paint(
                painter, int(PAD - 2), int(top), icon_size, icon_size
            )
            left += icon_size + 4
        width = rect.width() - left - PAD
        font = QFont(painter.font())
        font.setBold(False)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        painter.setPen(QColor("#374151"))
        hyper = metrics.elidedText(self._caption.hyper, Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRectF(left, top, width, 20), Qt.AlignmentFlag.AlignVCenter, hyper)
        self._paint_result(painter, QRectF(PAD, top + 26, rect.width() - 2 * PAD, 22))

    def _paint_result(self, painter: QPainter, box: QRectF) -> None:
        if self._caption.status == "error":
            self._paint_error(painter, box)
            return
        font = QFont(painter.font())
        status = self._caption.status
        font.setBold(status in ("ok", "warning"))
        painter.setFont(font)
        colors = {"error": theme.ERROR, "blocked": theme.BLOCKED_TEXT}
        painter.setPen(QColor(colors.get(status, "#111827")))
        text = self._caption.result
        if status == "warning":
            text += "  ⚠"
        elided = QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, box.width())
        painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_error(self, painter: QPainter, box: QRectF) -> None:
        """The reason on two smaller lines under the hyper-parameters (whole in the tooltip)."""
        font = QFont(painter.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(QColor(theme.ERROR))
        metrics = QFontMetricsF(font)
        step = metrics.lineSpacing()
        top = min(box.top() - 4, GRID.block_h - 3 - 2 * step)
        lines = wrap_lines(self._caption.result, box.width(), metrics.horizontalAdvance)
        for i, line in enumerate(lines):
            row = QRectF(box.left(), top + i * step, box.width(), step)
            painter.drawText(row, Qt.AlignmentFlag.AlignVCenter, line)


def connector_path(start: QPointF, end: QPointF, wrap_y: float | None) -> QPainterPath:
    """Path of an arrow from ``start`` to ``end``.

    Within a row the arrow is straight; at a wrap it goes down to ``wrap_y``,
    back left to the next row's first block and down into its top.
    """
    path = QPainterPath(start)
    if wrap_y is None:
        path.lineTo(end)
    else:
        path.lineTo(start.x(), wrap_y)
        path.lineTo(end.x(), wrap_y)
        path.lineTo(end)
    return path


class ConnectorItem(QGraphicsPathItem):
    """An arrow between two consecutive blocks."""

    def __init__(self, start: QPointF, end: QPointF, wrap_y: float | None = None) -> None:
        super().__init__()
        path = connector_path(start, end, wrap_y)
        path.addPath(_arrow_head(end, down=wrap_y is not None))
        self.setPath(path)
        pen = QPen(QColor("#9ca3af"), 1.6)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.setPen(pen)
        self.setZValue(-1)


def _arrow_head(tip: QPointF, down: bool) -> QPainterPath:
    size = 6.0
    head = QPainterPath()
    if down:
        head.moveTo(tip.x() - size, tip.y() - size)
        head.lineTo(tip)
        head.lineTo(tip.x() + size, tip.y() - size)
    else:
        head.moveTo(tip.x() - size, tip.y() - size)
        head.lineTo(tip)
        head.lineTo(tip.x() - size, tip.y() + size)
    return head


class InsertionMarker(QGraphicsPathItem):
    """The vertical bar that shows where a dragged block would land."""

    def __init__(self) -> None:
        super().__init__()
        path = QPainterPath()
        height = GRID.block_h + 16
        path.addRoundedRect(QRectF(-2.5, -8, 5, height), 2.5, 2.5)
        for y in (-8.0, height - 8):
            path.addEllipse(QPointF(0, y), 5, 5)
        self.setPath(path)
        self.setPen(Qt.PenStyle.NoPen)
        self.setBrush(QBrush(QColor(theme.ACCENT)))
        self.setZValue(20)
        self.hide()
