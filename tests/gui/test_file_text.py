"""Names from files are shown as written: a name that looks like HTML stays text in tool tips."""

from __future__ import annotations

import numpy as np
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from cnnbuilder.gui import commands
from cnnbuilder.gui.canvas.items import BlockItem
from cnnbuilder.gui.file_text import plain_tip
from cnnbuilder.gui.training.confusion_view import ConfusionMatrixView

HTML_NAME = '<b>cat</b> <img src="x.png">'


def _as_shown(tip: str) -> str:
    """The text a tool tip puts on the screen (Qt reads a rich-looking tip as HTML)."""
    if not QtGui.Qt.mightBeRichText(tip):
        return tip
    document = QTextDocument()
    document.setHtml(tip)
    return document.toPlainText()


def test_a_tip_that_looks_like_html_is_shown_as_written():
    assert _as_shown(HTML_NAME) != HTML_NAME  # what Qt would do with it raw
    assert _as_shown(plain_tip(HTML_NAME)) == HTML_NAME
    assert _as_shown(plain_tip("CONV1:\n  f = 5,  s = 1")) == "CONV1:\n  f = 5,  s = 1"
    assert plain_tip("no tags, a < b") == "no tags, a < b"  # plain text is left alone


def test_class_names_in_the_confusion_matrix_tips_are_text(qtbot):
    view = ConfusionMatrixView()
    qtbot.addWidget(view)
    view.set_matrix(np.array([[3, 1], [0, 4]]), (HTML_NAME, "dog"))
    item = view.item(0, 1)
    assert item is not None
    assert HTML_NAME in _as_shown(item.toolTip())


def test_a_layer_name_in_the_table_and_canvas_tips_is_text(make_window):
    window = make_window()
    document = window.document
    first = document.spec.layers[0]
    document.push(commands.set_param(document, first.uid, "name", HTML_NAME))
    model = window.summary_view.table.model()
    tips = [
        model.data(model.index(1, column), Qt.ItemDataRole.ToolTipRole)
        for column in range(model.columnCount())
    ]
    assert any(HTML_NAME in _as_shown(tip) for tip in tips if tip)
    blocks = [i for i in window.canvas.network_scene.items() if isinstance(i, BlockItem)]
    assert any(HTML_NAME in _as_shown(block.toolTip()) for block in blocks)
