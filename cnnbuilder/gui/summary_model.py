"""The live summary table: a Qt model over ``document.summary.rows``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.core.report import count_text, field_text
from cnnbuilder.gui import theme
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.file_text import NAME_CHARS, plain_tip, shown
from cnnbuilder.gui.selection import INPUT, Key
from cnnbuilder.i18n import QT_TRANSLATE_NOOP

COLUMNS = (  # English; headers are translated where shown (context "summary_model")
    QT_TRANSLATE_NOOP("summary_model", "Layer"),
    QT_TRANSLATE_NOOP("summary_model", "Hyper-parameters"),
    QT_TRANSLATE_NOOP("summary_model", "Output shape"),
    QT_TRANSLATE_NOOP("summary_model", "Activations"),
    QT_TRANSLATE_NOOP("summary_model", "Parameters"),
    QT_TRANSLATE_NOOP("summary_model", "Mult-adds"),
    QT_TRANSLATE_NOOP("summary_model", "Receptive field"),
)
LAYER, HYPER, SHAPE, ACTIVATIONS, PARAMS, MULT_ADDS, FIELD = range(len(COLUMNS))
NUMERIC = (ACTIVATIONS, PARAMS, MULT_ADDS, FIELD)
Align = Qt.AlignmentFlag
RAW_ROLE = Qt.ItemDataRole.UserRole  # the unformatted value (int, tuple or None)

Index = QModelIndex | QPersistentModelIndex
_LEFT = int((Align.AlignLeft | Align.AlignVCenter).value)
_RIGHT = int((Align.AlignRight | Align.AlignVCenter).value)


def cell_text(row: LayerRow, column: int) -> str:
    """The text a cell of the window's table shows.

    The console, Markdown and CSV tables are :mod:`cnnbuilder.core.report`'s;
    this one differs on purpose: an error in the shape column, ``—`` for
    what has no value, no parameter count on the input row.
    """
    if column == LAYER:
        return shown(row.name, NAME_CHARS)
    if column == HYPER:
        return row.hyper
    if column == SHAPE:
        if row.status == "error":
            return row.error or ""
        return row.shape_text or "—"
    if column == FIELD:
        return field_text(row.receptive_field)
    if row.position == 0 and column != ACTIVATIONS:  # the input row
        return "—"
    value = {ACTIVATIONS: row.activations, PARAMS: row.params, MULT_ADDS: row.mult_adds}[column]
    return count_text(value, "—")


def _raw(row: LayerRow, column: int) -> Any:
    return (
        row.name,
        row.hyper,
        row.output_shape,
        row.activations,
        row.params,
        row.mult_adds,
        row.receptive_field,
    )[column]


def _tooltip(row: LayerRow, column: int) -> str:
    if row.status == "error":
        return f"{shown(row.name)}: {row.error}"
    if row.status == "blocked":
        return QCoreApplication.translate(
            "summary_model", "{name} has no shape: it follows an invalid layer."
        ).format(name=shown(row.name))
    warnings = "".join(f"\n\n⚠ {w}" for w in row.warnings)
    if column in (SHAPE, ACTIVATIONS):
        return row.shape_working + warnings
    if column == FIELD:
        return _field_tooltip(row)
    if column in (PARAMS, MULT_ADDS):
        return "\n\n".join(t for t in (row.params_working, row.why_working) if t)
    return f"{shown(row.name)}: {row.hyper}" + warnings


def _field_tooltip(row: LayerRow) -> str:
    if row.receptive_field is None:
        return QCoreApplication.translate(
            "summary_model", "{name}: each unit reads every value of its input"
        ).format(name=shown(row.name))
    head = QCoreApplication.translate(
        "summary_model", "One value of {name} depends on a {side}×{side} region of the input image."
    ).format(name=shown(row.name), side=row.receptive_field)
    return f"{head}\n\n{row.field_working}"


class SummaryTableModel(QAbstractTableModel):
    """One row per ``LayerRow`` (the input first), read-only.

    Views ``document``: on ``spec_changed`` the model resets from the
    summary the document computed once for that change.
    """

    def __init__(self, document: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: tuple[LayerRow, ...] = document.summary.rows
        document.spec_changed.connect(self._on_spec_changed)

    def _on_spec_changed(self, _spec: object) -> None:
        self.beginResetModel()
        self._rows = self.document.summary.rows
        self.endResetModel()

    # -- helpers for views -----------------------------------------------------------
    def layer_row(self, row: int) -> LayerRow:
        """The summary row shown in table row ``row``."""
        return self._rows[row]

    def key_at(self, row: int) -> Key:
        """The selection key of table row ``row`` (``INPUT`` for row 0)."""
        if not 0 <= row < len(self._rows):
            return None
        uid = self._rows[row].uid
        return INPUT if uid is None else uid

    def row_of(self, key: Key) -> int | None:
        """The table row of a selection key, None when absent."""
        for index, row in enumerate(self._rows):
            if (key == INPUT and row.uid is None) or (key is not None and row.uid == key):
                return index
        return None

    # -- Qt model ---------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(COLUMNS):
                return QCoreApplication.translate("summary_model", COLUMNS[section])
            return None
        return str(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(row, column)
        if role == RAW_ROLE:
            return _raw(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tip(_tooltip(row, column))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in NUMERIC else _LEFT
        return self._style(row, column, role)

    def _style(self, row: LayerRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and row.status == "error":
            return QColor(theme.ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            colors = {"error": theme.ERROR, "blocked": theme.BLOCKED_TEXT}
            return QColor(colors[row.status]) if row.status in colors else None
        if role == Qt.ItemDataRole.DecorationRole:
            if column == LAYER:
                return theme.kind_icon(row.kind)
            if column == SHAPE and row.status in ("warning", "error"):
                return _status_icon(row.status)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _status_icon(status: str) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxWarning
        if status == "warning"
        else QStyle.StandardPixmap.SP_MessageBoxCritical
    )
    return QApplication.style().standardIcon(pixmap)
