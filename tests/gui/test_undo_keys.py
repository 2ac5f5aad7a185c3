"""Ctrl+Z typed in a properties field undoes the document edit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _focus_filter_size(qtbot, window):
    doc = window.document
    window.selection.set(doc.spec.layers[0].uid)
    spin = window.properties.pages["conv"].editors["size"]
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    return spin


def test_ctrl_z_in_a_spin_box_undoes_the_document_edit(qtbot, make_window, lenet_path):
    window = make_window(lenet_path, show=True)
    doc = window.document
    spin = _focus_filter_size(qtbot, window)
    spin.selectAll()
    qtbot.keyClicks(spin, "7")
    assert doc.spec.layers[0].size == 7
    assert (doc.undo_stack.count(), doc.undo_stack.index()) == (1, 1)
    qtbot.keyClick(spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # The document's step was undone (not a new edit typed back by the field's own undo).
    assert (doc.undo_stack.count(), doc.undo_stack.index()) == (1, 0)
    assert doc.spec.layers[0].size == 5
    assert spin.value() == 5
    qtbot.keyClick(
        spin, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert doc.spec.layers[0].size == 7
    assert doc.undo_stack.index() == 1


def test_ctrl_z_in_the_name_field_undoes_the_rename(qtbot, make_window, lenet_path):
    window = make_window(lenet_path, show=True)
    doc = window.document
    _focus_filter_size(qtbot, window)
    name = window.properties.pages["conv"].editors["name"]
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    name.selectAll()
    qtbot.keyClicks(name, "edges")
    assert doc.spec.layers[0].name == "edges"
    steps = doc.undo_stack.index()
    qtbot.keyClick(name, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.spec.layers[0].name == "CONV1"
    assert doc.undo_stack.index() == steps - 1
