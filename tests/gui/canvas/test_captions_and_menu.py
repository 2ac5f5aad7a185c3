"""Block captions (input values, wrapped errors) and the empty-area "Add … here" menu."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QMenu

from cnnbuilder.core.spec import InputSpec
from cnnbuilder.gui.canvas.captions import short_hyper, wrap_lines
from cnnbuilder.gui.canvas.layout import GRID
from cnnbuilder.gui.canvas.scene import NetworkScene


def test_the_input_block_shows_its_values():
    assert short_hyper(InputSpec(28, 32, 3)) == "n_H=28 n_W=32 n_c=3"


def test_wrap_lines_uses_two_lines_and_elides_the_rest():
    advance = lambda s: 10.0 * len(s)  # noqa: E731
    assert wrap_lines("one two", 100, advance) == ["one two"]
    assert wrap_lines("aaaa bbbb cccc dddd", 100, advance) == ["aaaa bbbb", "cccc dddd"]
    lines = wrap_lines("aaaa bbbb cccc dddd eeee", 100, advance)
    assert lines[0] == "aaaa bbbb"
    assert lines[1].endswith("…")
    assert advance(lines[1]) <= 100
    assert wrap_lines("x" * 30, 100, advance) == ["x" * 9 + "…"]


def test_a_red_block_shows_its_reason_on_two_readable_lines(make_window):
    window = make_window()
    document = window.document
    softmax = document.spec.layers[-1]
    from cnnbuilder.gui import commands

    document.push(commands.move_layer(document, softmax.uid, 0))
    scene: NetworkScene = window.canvas.network_scene
    block = scene.block(softmax.uid)
    assert block.invalid
    metrics = QFontMetricsF(QFont())
    lines = wrap_lines(block.caption.result, GRID.block_w - 20, metrics.horizontalAdvance)
    assert len(lines) == 2
    assert "last" in " ".join(lines)  # more than the first words of the reason
    assert block.caption.result.removeprefix("✖ ") in block.toolTip()


def test_add_here_in_the_empty_area_inserts_where_the_click_points(make_window):
    window = make_window(show=True)
    view = window.canvas
    second = window.document.spec.layers[1]
    rect = view.network_scene.block(second.uid).sceneBoundingRect()
    right_of_second = QPointF(rect.right() + 4, rect.center().y())
    menu = QMenu(view)
    actions = {a.text(): a for a in view.insert_actions(right_of_second, menu)}
    assert set(actions) == {"Add CONV here", "Add POOL here", "Add FC here", "Add Softmax here"}
    actions["Add POOL here"].trigger()
    layers = window.document.spec.layers
    assert layers[2].kind == "pool"
    assert layers[1].uid == second.uid
    assert window.selection.key == layers[2].uid


def test_a_large_input_shows_the_bare_volume():
    assert short_hyper(InputSpec(224, 224, 3)) == "224×224×3"
