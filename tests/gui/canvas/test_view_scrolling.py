"""The canvas keeps the block the user works on in view."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from cnnbuilder.core.spec import ConvSpec
from cnnbuilder.gui import commands


def _visible(view, key) -> bool:
    rect = view.mapFromScene(view.network_scene.block(key).sceneBoundingRect()).boundingRect()
    return view.viewport().rect().contains(rect)


def _long_chain(window, extra: int = 24) -> None:
    doc = window.document
    for _ in range(extra):
        doc.push(commands.add_layer(doc, 0, ConvSpec()))
    window.canvas.set_zoom(1.0)
    window.canvas.verticalScrollBar().setValue(0)


def test_an_appended_block_is_scrolled_into_view(make_window, qtbot) -> None:
    window = make_window(show=True)
    _long_chain(window)
    view = window.canvas
    assert view.verticalScrollBar().maximum() > 0  # the chain is taller than the view
    window.edit.append_layer("fc")  # what a double-click in the palette does
    assert _visible(view, window.selection.key)


def test_selecting_a_table_row_scrolls_the_canvas_to_its_block(make_window, qtbot) -> None:
    window = make_window(show=True)
    _long_chain(window)
    view = window.canvas
    last = window.document.spec.layers[-1].uid
    assert not _visible(view, last)
    window.selection.set(last)
    assert _visible(view, last)


def test_a_click_on_a_block_does_not_scroll_it(make_window, qtbot) -> None:
    window = make_window(show=True)
    _long_chain(window)
    view = window.canvas
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum() // 2)
    before = view.verticalScrollBar().value()
    # A block cut by the top edge: clicking its visible part must leave the view still.
    point = next(
        QPoint(x, y)
        for y in range(2, 200, 4)
        for x in range(2, view.viewport().width(), 8)
        if isinstance(view.network_scene.key_at(view.mapToScene(QPoint(x, y))), int)
    )
    key = view.network_scene.key_at(view.mapToScene(point))
    view._select_in_place(key)
    assert window.selection.key == key
    assert view.verticalScrollBar().value() == before


def test_ctrl_wheel_zoom_keeps_the_block_under_the_mouse(make_window, qtbot) -> None:
    window = make_window(show=True)
    _long_chain(window)
    view = window.canvas
    view.set_zoom(0.5)
    key = window.document.spec.layers[20].uid
    block = view.network_scene.block(key)
    view.show_block(key)
    anchor = view.mapFromScene(block.sceneBoundingRect().center())
    view.zoom_at(1.5, anchor)
    assert view.zoom == 1.5
    # The chain re-wraps (the block may change column) but stays in view at the
    # height of the mouse, instead of the view jumping to another part of the chain.
    assert _visible(view, key) or view.viewport().height() < block.sceneBoundingRect().height()
    centre = view.mapFromScene(block.sceneBoundingRect().center())
    assert abs(centre.y() - anchor.y()) <= 2
