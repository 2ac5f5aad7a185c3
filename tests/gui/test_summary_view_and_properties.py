"""A selected error row stays red; the properties form has no gap under a short page."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from cnnbuilder.gui import commands, theme
from cnnbuilder.gui.summary_model import SHAPE


def _selected_option(view, row):
    option = QStyleOptionViewItem()
    option.state |= QStyle.StateFlag.State_Selected
    view.table.itemDelegate().initStyleOption(option, view.model.index(row, SHAPE))
    return option.palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)


def test_a_selected_error_row_keeps_a_red_highlight(make_window):
    window = make_window()
    document = window.document
    conv = document.spec.layers[0]
    document.push(commands.set_param(document, conv.uid, "size", 20))
    view = window.summary_view
    assert view.model.layer_row(1).status == "error"
    assert _selected_option(view, 1) == QColor(theme.ERROR)
    assert _selected_option(view, 0) != QColor(theme.ERROR)  # an ok row: the usual colour


def test_the_fc_form_has_no_gap_above_its_working(make_window, qtbot):
    window = make_window(show=True)
    panel = window.properties
    fc = next(layer for layer in window.document.spec.layers if layer.kind == "fc")
    window.selection.set(fc.uid)
    page = panel.pages["fc"]
    stack = page.parentWidget()
    qtbot.waitUntil(lambda: stack.currentWidget() is page)
    assert stack.sizeHint().height() == page.sizeHint().height()
    assert stack.sizeHint().height() < panel.pages["conv"].sizeHint().height()
