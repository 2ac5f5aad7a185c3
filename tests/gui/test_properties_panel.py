from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QTableView

from cnnbuilder.core.spec import ConvSpec
from cnnbuilder.gui import commands
from cnnbuilder.gui.property_form import PaddingEditor
from cnnbuilder.gui.summary_model import PARAMS, SHAPE


def _editor(window, kind: str, field: str):
    return window.properties.pages[kind].editors[field]


def _cell(window, row: int, column: int) -> str:
    table = window.findChild(QTableView, "summaryTable")
    return table.model().index(row, column).data()


def test_a_spin_box_edit_pushes_one_command_and_updates_the_table(make_window, lenet_path):
    window = make_window(lenet_path)
    conv1 = window.document.spec.layers[0]
    window.selection.set(conv1.uid)
    spin = _editor(window, "conv", "filters")
    assert isinstance(spin, QSpinBox)
    assert spin.value() == 8
    spin.setValue(6)
    assert window.document.undo_stack.count() == 1
    assert window.document.spec.layers[0].filters == 6
    assert _cell(window, 1, SHAPE) == "28×28×6"
    assert _cell(window, 1, PARAMS) == "456"  # (5·5·3 + 1)·6


def test_refreshing_from_the_spec_pushes_nothing(make_window, lenet_path):
    window = make_window(lenet_path)
    doc = window.document
    window.selection.set(doc.spec.layers[0].uid)
    _editor(window, "conv", "size").setValue(3)
    doc.undo()  # the panel refreshes to 5 from the spec
    assert _editor(window, "conv", "size").value() == 5
    assert doc.undo_stack.count() == 1
    assert doc.undo_stack.index() == 0


def test_a_spin_box_drag_is_one_undo_step(make_window, lenet_path):
    window = make_window(lenet_path)
    doc = window.document
    window.selection.set(doc.spec.layers[0].uid)
    spin = _editor(window, "conv", "filters")
    for _ in range(5):
        spin.stepBy(1)  # arrow held down / wheel scrolled
    assert doc.spec.layers[0].filters == 13
    assert doc.undo_stack.count() == 1
    spin.editingFinished.emit()  # focus left: the next edit is a new step
    spin.stepBy(1)
    assert doc.undo_stack.count() == 2
    doc.undo()
    doc.undo()
    assert doc.spec.layers[0].filters == 8


def test_invalid_edit_turns_the_row_red_and_undo_restores(make_window, lenet_path):
    window = make_window(lenet_path)
    doc = window.document
    conv = ConvSpec(filters=16, size=3, padding=1)  # after POOL2: padded input 7
    doc.push(commands.add_layer(doc, 4, conv))
    window.selection.set(conv.uid)
    before = [_cell(window, r, SHAPE) for r in range(9)]
    assert before[5] == "5×5×16"
    _editor(window, "conv", "size").setValue(9)
    assert _cell(window, 5, SHAPE) == "filter 9 is larger than the padded input 7"
    assert "filter 9" in window.properties._error.text()
    assert [_cell(window, r, SHAPE) for r in range(6, 9)] == ["—"] * 3
    assert window.canvas.network_scene.block(conv.uid).invalid
    doc.undo()
    assert [_cell(window, r, SHAPE) for r in range(9)] == before
    assert _editor(window, "conv", "size").value() == 3


def test_padding_modes(make_window, lenet_path):
    window = make_window(lenet_path)
    doc = window.document
    window.selection.set(doc.spec.layers[0].uid)
    padding = _editor(window, "conv", "padding")
    assert isinstance(padding, PaddingEditor)
    padding.mode.setCurrentIndex(padding.mode.findData("same"))
    assert doc.spec.layers[0].padding == "same"
    assert not padding.spin.isEnabled()
    assert _cell(window, 1, SHAPE) == "32×32×8"
    padding.mode.setCurrentIndex(padding.mode.findData("number"))
    padding.spin.setValue(1)
    assert doc.spec.layers[0].padding == 1
    assert _cell(window, 1, SHAPE) == "30×30×8"


def test_input_name_and_activation_edits(make_window, lenet_path):
    window = make_window(lenet_path)
    doc = window.document
    window.selection.set("input")
    _editor(window, "input", "height").setValue(28)
    assert _cell(window, 0, SHAPE) == "28×32×3"
    name = _editor(window, "input", "name")
    assert isinstance(name, QLineEdit)
    name.textEdited.emit("Tiny")
    assert doc.spec.name == "Tiny"
    window.selection.set(doc.spec.layers[5].uid)
    combo = _editor(window, "fc", "activation")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("tanh"))
    assert doc.spec.layers[5].activation == "tanh"
    layer_name = _editor(window, "fc", "name")
    layer_name.textEdited.emit("hidden")
    assert _cell(window, 6, 0) == "hidden"
    layer_name.textEdited.emit("  ")
    assert doc.spec.layers[5].name is None


def test_locked_document_disables_the_panel(make_window):
    window = make_window()
    window.document.set_locked(True)
    assert not window.properties.isEnabled()
    window.document.set_locked(False)
    assert window.properties.isEnabled()
