from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cnnbuilder.core.spec import ConvSpec
from cnnbuilder.gui import commands, theme
from cnnbuilder.gui.document import Document
from cnnbuilder.gui.summary_model import (
    FIELD,
    LAYER,
    MULT_ADDS,
    PARAMS,
    RAW_ROLE,
    SHAPE,
    SummaryTableModel,
)

LECTURE_SHAPES = ["32×32×3", "28×28×8", "14×14×8", "10×10×16", "5×5×16", "120", "84", "10"]
LECTURE_PARAMS = [0, 608, 0, 3216, 0, 48120, 10164, 850]


def _column(model: SummaryTableModel, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:
    return [model.data(model.index(r, column), role) for r in range(model.rowCount())]


def test_qtmodeltester(qtmodeltester, lenet_document: Document) -> None:
    model = SummaryTableModel(lenet_document)
    qtmodeltester.check(model)
    lenet_document.push(
        commands.set_param(lenet_document, lenet_document.spec.layers[0].uid, "size", 40)
    )
    qtmodeltester.check(model)


def test_lenet_shows_the_lecture_numbers(lenet_document: Document) -> None:
    model = SummaryTableModel(lenet_document)
    assert model.rowCount() == 8
    assert _column(model, SHAPE) == LECTURE_SHAPES
    assert _column(model, PARAMS, RAW_ROLE) == LECTURE_PARAMS
    assert sum(LECTURE_PARAMS) == lenet_document.summary.total_params == 62958
    assert model.data(model.index(3, PARAMS)) == "3,216"
    assert model.data(model.index(1, MULT_ADDS), RAW_ROLE) == 28 * 28 * 8 * 5 * 5 * 3


def test_tooltips_show_the_working(lenet_document: Document) -> None:
    model = SummaryTableModel(lenet_document)
    shape_tip = model.data(model.index(1, SHAPE), Qt.ItemDataRole.ToolTipRole)
    assert "n_H = ⌊(32 + 2·0 − 5)/1⌋ + 1 = 28" in shape_tip
    params_tip = model.data(model.index(1, PARAMS), Qt.ItemDataRole.ToolTipRole)
    assert "(5·5·3 + 1)·8 = 608" in params_tip


def test_invalid_edit_turns_the_row_red_and_blocks_later_rows(lenet_document: Document) -> None:
    doc = lenet_document
    model = SummaryTableModel(doc)
    before = _column(model, SHAPE)
    conv2 = doc.spec.layers[2]
    doc.push(commands.set_param(doc, conv2.uid, "size", 15))  # 14×14 input
    row = 3
    assert model.data(model.index(row, SHAPE)) == "filter 15 is larger than the input 14"
    assert model.data(model.index(row, LAYER), Qt.ItemDataRole.BackgroundRole) == QColor(
        theme.ERROR_BACKGROUND
    )
    assert "filter 15" in model.data(model.index(row, PARAMS), Qt.ItemDataRole.ToolTipRole)
    assert _column(model, SHAPE)[row + 1 :] == ["—"] * 4
    assert _column(model, SHAPE, RAW_ROLE)[row + 1 :] == [None] * 4
    doc.undo()
    assert _column(model, SHAPE) == before


def test_warning_rows_show_an_icon(qapp) -> None:
    from cnnbuilder.core.spec import InputSpec, NetworkSpec

    spec = NetworkSpec(input=InputSpec(7, 7, 1), layers=(ConvSpec(size=2, stride=2),))
    model = SummaryTableModel(Document(spec))
    assert model.layer_row(1).status == "warning"
    assert model.data(model.index(1, SHAPE), Qt.ItemDataRole.DecorationRole) is not None
    assert model.data(model.index(0, SHAPE), Qt.ItemDataRole.DecorationRole) is None
    assert "never used" in model.data(model.index(1, SHAPE), Qt.ItemDataRole.ToolTipRole)


def test_keys_and_rows(lenet_document: Document) -> None:
    model = SummaryTableModel(lenet_document)
    uid = lenet_document.spec.layers[3].uid
    assert model.key_at(0) == "input"
    assert model.row_of("input") == 0
    assert model.key_at(4) == uid
    assert model.row_of(uid) == 4
    assert model.key_at(99) is None
    assert model.row_of(None) is None


def test_receptive_field_column_and_why_convolution(lenet_document: Document) -> None:
    model = SummaryTableModel(lenet_document)
    assert _column(model, FIELD) == ["1×1", "5×5", "6×6", "14×14", "16×16", "—", "—", "—"]
    assert _column(model, FIELD, RAW_ROLE)[:5] == [1, 5, 6, 14, 16]
    tip = model.data(model.index(3, FIELD), Qt.ItemDataRole.ToolTipRole)
    assert "r_3 = r_2 + (f_3 − 1)·j_2 = 6 + (5 − 1)·2 = 14" in tip
    params_tip = model.data(model.index(1, PARAMS), Qt.ItemDataRole.ToolTipRole)
    assert "(32·32·3 + 1)·(28·28·8) = 19,273,856 parameters against 608" in params_tip
