from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTableView

from cnnbuilder.gui.canvas.layout import GRID
from cnnbuilder.gui.mime import encode_kind


def _gap_after(view, key) -> QPointF:
    """A scene point just right of the centre of block ``key``."""
    rect = view.network_scene.block(key).sceneBoundingRect()
    return QPointF(rect.center().x() + 5, rect.center().y())


def _kinds(window) -> list[str]:
    return [layer.kind for layer in window.document.spec.layers]


def test_drop_inserts_at_the_slot_under_the_point(make_window) -> None:
    window = make_window(show=True)
    view = window.canvas
    spec = window.document.spec
    second = spec.layers[1].uid
    assert view.handle_drop("pool", _gap_after(view, second)) == 2
    assert _kinds(window)[2] == "pool"
    assert window.selection.key == window.document.spec.layers[2].uid
    assert view.handle_drop("fc", _gap_after(view, "input")) == 0
    assert _kinds(window)[0] == "fc"
    far = view.network_scene.sceneRect().bottomRight() + QPointF(50, 50)
    index = view.handle_drop("softmax", far)
    assert index == len(window.document.spec.layers) - 1
    table = window.findChild(QTableView, "summaryTable")
    assert table.model().rowCount() == len(window.document.spec.layers) + 1


def test_a_real_drop_event_goes_through_the_drop_handler(make_window, qtbot) -> None:
    window = make_window(show=True)
    view = window.canvas
    first = window.document.spec.layers[0].uid
    scene_point = _gap_after(view, first)
    viewport_point = view.mapFromScene(scene_point)
    data = encode_kind("conv")
    event = QDropEvent(
        QPointF(viewport_point),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    count = len(window.document.spec.layers)
    view.dropEvent(event)
    assert event.isAccepted()
    assert len(window.document.spec.layers) == count + 1
    assert window.document.spec.layers[1].kind == "conv"
    assert not view.network_scene.marker.isVisible()


def test_drop_is_refused_while_locked(make_window) -> None:
    window = make_window(show=True)
    window.document.set_locked(True)
    spec = window.document.spec
    assert window.canvas.handle_drop("conv", QPointF(0, 0)) is None
    assert window.document.spec is spec
    assert not window.canvas.isEnabled()


def test_handle_move_reorders(make_window) -> None:
    window = make_window(show=True)
    view = window.canvas
    layers = window.document.spec.layers
    first, third = layers[0], layers[2]
    assert view.handle_move(first.uid, _gap_after(view, third.uid))
    assert [la.uid for la in window.document.spec.layers][:3] == [
        layers[1].uid,
        third.uid,
        first.uid,
    ]
    assert window.document.undo_stack.text(0) == "Move CONV"
    # Dropping a block next to itself changes nothing and pushes nothing.
    assert not view.handle_move(first.uid, _gap_after(view, third.uid))
    assert window.document.undo_stack.count() == 1


def test_mouse_drag_moves_a_block(make_window, qtbot) -> None:
    window = make_window(show=True)
    view = window.canvas
    layers = window.document.spec.layers
    source = view.mapFromScene(view.network_scene.block(layers[0].uid).sceneBoundingRect().center())
    target = view.mapFromScene(_gap_after(view, layers[2].uid))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, source)
    assert window.selection.key == layers[0].uid
    QTest.mouseMove(viewport, source + QPoint(20, 0))
    QTest.mouseMove(viewport, target)
    assert view.network_scene.marker.isVisible()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, target)
    assert window.document.spec.layers[2].uid == layers[0].uid
    assert not view.network_scene.marker.isVisible()


def test_delete_and_duplicate_shortcuts_act_on_the_selection(make_window, qtbot) -> None:
    window = make_window(show=True)
    layers = window.document.spec.layers
    window.selection.set(layers[1].uid)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.canvas.setFocus()
    QTest.keyClick(window.canvas, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(window.document.spec.layers) == len(layers) + 1
    assert window.document.spec.layers[2].kind == layers[1].kind
    # Delete removes the copy and selects the next block (the POOL): delete that too.
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert window.selection.key == layers[2].uid
    QTest.keyClick(window.canvas, Qt.Key.Key_Delete)
    assert [la.uid for la in window.document.spec.layers] == [
        la.uid for la in layers if la.uid != layers[2].uid
    ]


def test_invalid_block_is_outlined_red_with_the_reason(make_window) -> None:
    window = make_window(show=True)
    doc = window.document
    from cnnbuilder.gui import commands

    conv = doc.spec.layers[0]
    doc.push(commands.set_param(doc, conv.uid, "size", 11))  # digits: 8×8 input, same → p=5
    doc.push(commands.set_param(doc, conv.uid, "padding", 0))
    block = window.canvas.network_scene.block(conv.uid)
    assert block.invalid
    assert "filter 11 is larger than the input 8" in block.toolTip()
    later = window.canvas.network_scene.block(doc.spec.layers[1].uid)
    assert later.caption.status == "blocked"
    doc.undo()
    assert not window.canvas.network_scene.block(conv.uid).invalid


def test_ctrl_wheel_zooms_and_fit_shows_everything(make_window) -> None:
    from PySide6.QtGui import QWheelEvent

    window = make_window(show=True)
    view = window.canvas
    event = QWheelEvent(
        QPointF(50, 50),
        QPointF(view.mapToGlobal(QPoint(50, 50))),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    view.wheelEvent(event)
    assert view.zoom > 1.1
    for _ in range(40):
        window.edit.append_layer("conv")
    view.fit_to_window()
    assert view.zoom < 1.0
    rect = view.mapToScene(view.viewport().rect()).boundingRect()
    assert rect.contains(view.network_scene.itemsBoundingRect().adjusted(4, 4, -4, -4))
    assert view.network_scene.columns >= 2
    assert GRID.block_w * view.zoom * view.network_scene.columns <= view.viewport().width()
