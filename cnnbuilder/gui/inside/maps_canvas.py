"""Every layer's output for one input, drawn band by band; click a value to inspect it.

CONV and POOL layers are rows of their ``n_c`` maps (one colour scale per
layer, or per map), FC layers a strip of bars, the Softmax one bar per
class with its ``z`` and probability. The selected value is outlined, its
window is drawn on the previous layer's maps (past the edge where it lies
on the padding) and its receptive field on the input.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from cnnbuilder.core.inside.cells import Cell, ConvCell, PoolCell, UnitCell
from cnnbuilder.core.inside.fields import field_rect
from cnnbuilder.core.inside.inspection import Inspection
from cnnbuilder.gui.inside.colormap import colors, scale_of, to_image
from cnnbuilder.gui.training.images import to_qimage

MARGIN, GAP, CAPTION = 16, 6, 24
TILE_TARGET, MAX_CELL = 84, 18
BAR_HEIGHT, CLASS_ROW, CLASS_LABEL, CLASS_NUMBERS = 44, 17, 104, 170
WINDOW_PEN, FIELD_PEN, SELECTED_PEN = QColor("#f97316"), QColor("#16a34a"), QColor("#111827")


@dataclass
class Tile:
    """One drawn map: ``layer`` (0 for the input) and ``channel`` (None: the picture)."""

    layer: int
    channel: int | None
    rect: QRect
    cell: int
    image: QImage


@dataclass
class Band:
    """One layer's row of tiles or bars, under its caption."""

    layer: int
    caption: str
    top: int
    height: int = 0
    tiles: list[Tile] = field(default_factory=list)
    bars: list[tuple[int, QRect]] = field(default_factory=list)  # (unit, rect)


def cell_size(n_h: int, n_w: int) -> int:
    """Pixels per value so that a map is about ``TILE_TARGET`` wide."""
    return int(np.clip(round(TILE_TARGET / max(n_h, n_w)), 2, MAX_CELL))


class MapsCanvas(QWidget):
    """Draws an :class:`Inspection` (set with :meth:`show_inspection`).

    Signals
    -------
    cell_clicked(int, object)
        The 1-based layer and the position ``(i, j, c)`` or ``(u,)`` clicked.
    """

    cell_clicked = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("insideMaps")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.inspection: Inspection | None = None
        self.names: list[str] = []
        self.class_names: tuple[str, ...] = ()
        self.per_map = False
        self.selected: Cell | None = None
        self.bands: list[Band] = []
        self._scales: list[list[tuple[float, float]]] = []
        self._laid_out_width = -1

    # -- data -------------------------------------------------------------------------
    def show_inspection(
        self, inspection: Inspection | None, names: list[str], class_names: tuple[str, ...]
    ) -> None:
        """Draw ``inspection``; ``names`` are the layers' captions (input first)."""
        self.inspection, self.names, self.class_names = inspection, names, class_names
        self._relayout()

    def set_per_map(self, per_map: bool) -> None:
        """One colour scale per map (True) or one shared by the layer's maps."""
        self.per_map = per_map
        self._relayout()

    def select(self, cell: Cell | None) -> None:
        """Outline ``cell`` with its window and receptive field (None: nothing)."""
        self.selected = cell
        self.update()

    # -- layout -----------------------------------------------------------------------
    def _scales_of(self, out: np.ndarray) -> list[tuple[float, float]]:
        if self.per_map:
            return [scale_of(out[:, :, c]) for c in range(out.shape[2])]
        return [scale_of(out)] * out.shape[2]

    def _relayout(self) -> None:
        width = max(self.width(), 200)
        self._laid_out_width = width
        self.bands, y = [], MARGIN
        if self.inspection is not None:
            y = self._add_input_band(y)
            for layer, out in enumerate(self.inspection.outputs, start=1):
                y = self._add_band(layer, out, y, width)
        self.setMinimumHeight(y + MARGIN)
        self.update()

    def _add_input_band(self, y: int) -> int:
        assert self.inspection is not None
        x = self.inspection.x
        k = cell_size(x.shape[0], x.shape[1])
        band = Band(0, self._caption(0, x.shape), y)
        rect = QRect(MARGIN, y + CAPTION, x.shape[1] * k, x.shape[0] * k)
        band.tiles.append(Tile(0, None, rect, k, to_qimage(x)))
        band.height = CAPTION + rect.height()
        self.bands.append(band)
        return y + band.height + 2 * GAP

    def _caption(self, layer: int, shape: tuple[int, ...], extra: str = "") -> str:
        name = self.names[layer] if layer < len(self.names) else str(layer)
        return f"{name}   {'×'.join(map(str, shape))}{extra}"

    def _add_band(self, layer: int, out: np.ndarray, y: int, width: int) -> int:
        if out.ndim == 3:
            band = self._map_band(layer, out, y, width)
        elif layer == len(self.names) - 1 and self.inspection is not None:
            band = self._class_band(layer, out, y, width)
        else:
            band = self._bar_band(layer, out, y, width)
        self.bands.append(band)
        return y + band.height + 2 * GAP

    def _map_band(self, layer: int, out: np.ndarray, y: int, width: int) -> Band:
        n_h, n_w, n_c = out.shape
        k = cell_size(n_h, n_w)
        scales = self._scales_of(out)
        lo, hi = scales[0]
        scale = self.tr("scale {lo} … {hi}").format(lo=f"{lo:.3g}", hi=f"{hi:.3g}")
        shared = "" if self.per_map else "   " + scale
        band = Band(layer, self._caption(layer, out.shape, shared), y)
        x0, row_top = MARGIN, y + CAPTION
        for c in range(n_c):
            if x0 + n_w * k > width - MARGIN and x0 > MARGIN:
                x0, row_top = MARGIN, row_top + n_h * k + GAP
            rect = QRect(x0, row_top, n_w * k, n_h * k)
            band.tiles.append(Tile(layer, c, rect, k, to_image(out[:, :, c], scales[c])))
            x0 += n_w * k + GAP
        band.height = row_top + n_h * k - y
        return band

    def _bar_band(self, layer: int, out: np.ndarray, y: int, width: int) -> Band:
        lo, hi = scale_of(out)
        band = Band(layer, self._caption(layer, out.shape, f"   {lo:.3g} … {hi:.3g}"), y)
        w = int(np.clip((width - 2 * MARGIN) // max(len(out), 1), 2, 10))
        per_row = max(1, (width - 2 * MARGIN) // w)
        for u in range(len(out)):
            row, col = divmod(u, per_row)
            top = y + CAPTION + row * (BAR_HEIGHT + GAP)
            band.bars.append((u, QRect(MARGIN + col * w, top, w, BAR_HEIGHT)))
        rows = (len(out) + per_row - 1) // per_row
        band.height = CAPTION + rows * (BAR_HEIGHT + GAP)
        return band

    def _class_band(self, layer: int, out: np.ndarray, y: int, width: int) -> Band:
        formula = "   p_k = e^z_k / Σ_j e^z_j"
        band = Band(layer, self._caption(layer, out.shape, formula), y)
        for k in range(len(out)):
            top = y + CAPTION + k * CLASS_ROW
            band.bars.append((k, QRect(MARGIN, top, max(width - 2 * MARGIN, 200), CLASS_ROW)))
        band.height = CAPTION + len(out) * CLASS_ROW
        return band

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._laid_out_width:
            self._relayout()

    def sizeHint(self) -> QSize:
        return QSize(640, self.minimumHeight())

    # -- hit testing --------------------------------------------------------------------
    def position_at(self, point: QPoint) -> tuple[int, tuple[int, ...]] | None:
        """The layer and position under ``point``, None outside every value."""
        for band in self.bands:
            for tile in band.tiles:
                if tile.channel is not None and tile.rect.contains(point):
                    i = (point.y() - tile.rect.top()) // tile.cell
                    j = (point.x() - tile.rect.left()) // tile.cell
                    return tile.layer, (i, j, tile.channel)
            for unit, rect in band.bars:
                if rect.contains(point):
                    return band.layer, (unit,)
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.position_at(event.position().toPoint())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(*hit)

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.inspection is None:
            painter.setPen(QColor("#6b7280"))
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No network to look inside.")
            )
            return
        for band in self.bands:
            self._paint_band(painter, band)
        if self.selected is not None:
            self._paint_selection(painter, self.selected)

    def _paint_band(self, painter: QPainter, band: Band) -> None:
        font = QFont(painter.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#111827"))
        painter.drawText(MARGIN, band.top + 14, band.caption)
        font.setBold(False)
        painter.setFont(font)
        for tile in band.tiles:
            painter.drawImage(tile.rect, tile.image)
            painter.setPen(QColor("#d1d5db"))
            painter.drawRect(tile.rect.adjusted(0, 0, -1, -1))
        if band.bars:
            assert self.inspection is not None
            out = self.inspection.outputs[band.layer - 1]
            if band.layer == len(self.names) - 1:
                self._paint_classes(painter, band, out)
            else:
                self._paint_bars(painter, band, out)

    def _paint_bars(self, painter: QPainter, band: Band, out: np.ndarray) -> None:
        scale = scale_of(out)
        lo, hi = scale
        fills = colors(out, scale)
        for unit, rect in band.bars:
            value = float(out[unit])
            zero = rect.bottom() if lo >= 0 else rect.center().y()
            span = rect.height() if lo >= 0 else rect.height() // 2
            h = round(abs(value) / max(abs(lo), abs(hi)) * span)
            top = zero - h if value >= 0 else zero
            painter.fillRect(
                QRect(rect.left(), top, max(rect.width() - 1, 1), max(h, 1)), fills[unit]
            )

    def _paint_classes(self, painter: QPainter, band: Band, out: np.ndarray) -> None:
        assert self.inspection is not None
        logits, predicted = self.inspection.logits, self.inspection.predicted
        for k, row in band.bars:
            name = self.class_names[k] if k < len(self.class_names) else str(k)
            font = QFont(painter.font())
            font.setBold(k == predicted)
            painter.setFont(font)
            painter.setPen(QColor("#111827"))
            label = str(k) if name == str(k) else f"{k}  {name}"
            painter.drawText(row.left(), row.bottom() - 2, label[:15])
            # label, bar, then the numbers: the bar takes what the other two leave
            bar = int(np.clip(row.width() - CLASS_LABEL - CLASS_NUMBERS, 40, 200))
            rect = QRect(row.left() + CLASS_LABEL, row.top() + 2, bar, row.height() - 4)
            painter.fillRect(rect, QColor("#f3f4f6"))
            filled = QRect(
                rect.left(), rect.top(), int(rect.width() * float(out[k])), rect.height()
            )
            painter.fillRect(filled, QColor("#1d4ed8" if k == predicted else "#93c5fd"))
            painter.drawText(
                rect.right() + 8, row.bottom() - 2, f"z = {logits[k]:+.3f}   p = {out[k]:.3f}"
            )

    def _tiles(self, layer: int, channel: int | None = None) -> list[Tile]:
        return [
            t
            for band in self.bands
            if band.layer == layer
            for t in band.tiles
            if channel is None or t.channel in (channel, None)
        ]

    def _paint_selection(self, painter: QPainter, cell: Cell) -> None:
        if isinstance(cell, ConvCell | PoolCell):
            i, j, c = cell.position
            for tile in self._tiles(cell.layer, c):
                _outline(painter, tile, (i, i + 1), (j, j + 1), SELECTED_PEN, 2)
            prev_channel = c if isinstance(cell, PoolCell) else None
            for tile in self._tiles(cell.layer - 1, prev_channel):
                _outline(painter, tile, cell.rows, cell.cols, WINDOW_PEN, 2)
                if isinstance(cell, PoolCell) and cell.winner is not None:
                    r, q = cell.rows[0] + cell.winner[0], cell.cols[0] + cell.winner[1]
                    _fill(painter, tile, r, q, WINDOW_PEN)
            assert self.inspection is not None
            rows, cols = field_rect(self.inspection.spec, cell.layer, i, j)
            for tile in self._tiles(0):
                _outline(painter, tile, rows, cols, FIELD_PEN, 2, Qt.PenStyle.DashLine)
            return
        self._paint_unit(painter, cell)

    def _paint_unit(self, painter: QPainter, cell: UnitCell) -> None:
        for band in self.bands:
            if band.layer == cell.layer:
                for unit, rect in band.bars:
                    if unit == cell.unit:
                        painter.setPen(QPen(SELECTED_PEN, 2))
                        painter.drawRect(rect.adjusted(-1, -1, 0, 0))
            if band.layer == cell.layer - 1:
                for t in cell.contributions:
                    if len(t.position) == 3:
                        for tile in self._tiles(band.layer, t.position[2]):
                            r, q = t.position[0], t.position[1]
                            _outline(painter, tile, (r, r + 1), (q, q + 1), WINDOW_PEN, 2)
                    else:
                        for unit, rect in band.bars:
                            if unit == t.position[0]:
                                painter.setPen(QPen(WINDOW_PEN, 2))
                                painter.drawRect(rect.adjusted(-1, -1, 0, 0))


def _outline(
    painter: QPainter,
    tile: Tile,
    rows: tuple[int, int],
    cols: tuple[int, int],
    color: QColor,
    width: int,
    style: Qt.PenStyle = Qt.PenStyle.SolidLine,
) -> None:
    """Draw the rectangle of value rows and columns on ``tile`` (it may pass its edge)."""
    k = tile.cell
    rect = QRect(
        tile.rect.left() + cols[0] * k,
        tile.rect.top() + rows[0] * k,
        (cols[1] - cols[0]) * k,
        (rows[1] - rows[0]) * k,
    )
    painter.setPen(QPen(color, width, style))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def _fill(painter: QPainter, tile: Tile, row: int, col: int, color: QColor) -> None:
    k = tile.cell
    fill = QColor(color)
    fill.setAlpha(150)
    painter.fillRect(QRect(tile.rect.left() + col * k, tile.rect.top() + row * k, k, k), fill)
