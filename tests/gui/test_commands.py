from __future__ import annotations

from cnnbuilder.core.spec import PoolSpec, TrainingSpec
from cnnbuilder.gui import commands
from cnnbuilder.gui.document import Document


def _sizes(doc: Document) -> list[int]:
    return [layer.size for layer in doc.spec.layers if hasattr(layer, "size")]


def test_spin_box_edits_of_one_merge_group_merge_into_one_step(lenet_document: Document) -> None:
    doc = lenet_document
    uid = doc.spec.layers[0].uid
    for size in (4, 3, 2):
        doc.push(commands.set_param(doc, uid, "size", size, merge_group=7))
    assert doc.undo_stack.count() == 1
    assert doc.spec.layers[0].size == 2
    doc.undo()
    assert doc.spec.layers[0].size == 5


def test_a_new_merge_group_is_a_new_step(lenet_document: Document) -> None:
    doc = lenet_document
    uid = doc.spec.layers[0].uid
    doc.push(commands.set_param(doc, uid, "size", 3, merge_group=1))
    doc.push(commands.set_param(doc, uid, "size", 7, merge_group=2))
    doc.push(commands.set_param(doc, uid, "filters", 4, merge_group=2))
    assert doc.undo_stack.count() == 3
    doc.undo()
    doc.undo()
    assert doc.spec.layers[0].size == 3


def test_merging_back_to_the_start_value_leaves_no_step(lenet_document: Document) -> None:
    doc = lenet_document
    uid = doc.spec.layers[0].uid
    doc.push(commands.set_param(doc, uid, "size", 6))
    doc.push(commands.set_param(doc, uid, "size", 5))
    assert doc.undo_stack.count() == 0
    assert doc.spec.layers[0].size == 5


def test_combo_edits_never_merge(lenet_document: Document) -> None:
    doc = lenet_document
    uid = doc.spec.layers[0].uid
    doc.push(commands.set_param(doc, uid, "activation", "tanh", merge_group=None))
    doc.push(commands.set_param(doc, uid, "activation", "sigmoid", merge_group=None))
    assert doc.undo_stack.count() == 2


def test_structure_commands_and_their_texts(lenet_document: Document) -> None:
    doc = lenet_document
    pool = doc.spec.layers[1]
    doc.push(commands.move_layer(doc, pool.uid, 0))
    assert doc.spec.layers[0] is pool
    assert doc.undo_stack.text(0) == "Move POOL"
    doc.push(commands.duplicate_layer(doc, pool.uid))
    copy = doc.spec.layers[1]
    assert isinstance(copy, PoolSpec)
    assert copy.uid != pool.uid
    doc.push(commands.remove_layer(doc, pool.uid))
    assert pool.uid not in [layer.uid for layer in doc.spec.layers]
    assert [doc.undo_stack.text(i) for i in range(3)] == [
        "Move POOL",
        "Duplicate POOL",
        "Delete POOL",
    ]


def test_fit_to_data_and_set_training(lenet_document: Document) -> None:
    doc = lenet_document
    doc.push(commands.fit_to_data(doc, (28, 28, 1), 6))
    assert doc.spec.input.shape == (28, 28, 1)
    assert doc.spec.layers[-1].classes == 6
    assert doc.summary.rows[1].output_shape == (24, 24, 8)
    training = TrainingSpec(epochs=3)
    doc.push(commands.set_training(doc, training))
    assert doc.spec.training == training
    doc.undo()
    doc.undo()
    assert doc.spec.input.shape == (32, 32, 3)


def test_set_input_and_name(lenet_document: Document) -> None:
    doc = lenet_document
    doc.push(commands.set_input(doc, height=28, width=28))
    doc.push(commands.set_name(doc, "LeNet small"))
    assert doc.spec.input.shape == (28, 28, 3)
    assert doc.spec.name == "LeNet small"
    assert _sizes(doc)[0] == 5
