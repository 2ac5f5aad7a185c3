from __future__ import annotations

import json

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.spec import ConvSpec, NetworkSpec
from cnnbuilder.gui import commands
from cnnbuilder.gui.document import Document


def test_push_changes_spec_and_undo_redo_restore(qtbot, lenet_document: Document) -> None:
    doc = lenet_document
    before = doc.spec
    layer = ConvSpec(filters=4)
    with qtbot.waitSignal(doc.spec_changed) as blocker:
        assert doc.push(commands.add_layer(doc, 0, layer))
    assert blocker.args[0] is doc.spec
    assert doc.spec.layers[0] is layer
    assert doc.summary.rows[1].uid == layer.uid  # summary follows the spec
    doc.undo()
    assert doc.spec == before
    assert len(doc.spec.layers) == len(before.layers)
    doc.redo()
    assert doc.spec.layers[0] is layer


def test_dirty_follows_the_undo_stack(qtbot, lenet_document: Document) -> None:
    doc = lenet_document
    assert not doc.is_dirty
    with qtbot.waitSignal(doc.dirty_changed) as blocker:
        doc.push(commands.set_name(doc, "mine"))
    assert blocker.args == [True]
    assert doc.is_dirty
    doc.undo()
    assert not doc.is_dirty


def test_locked_document_refuses_every_edit(qtbot, lenet_document: Document) -> None:
    doc = lenet_document
    doc.push(commands.set_name(doc, "before lock"))
    with qtbot.waitSignal(doc.locked_changed) as blocker:
        doc.set_locked(True)
    assert blocker.args == [True]
    assert doc.locked
    spec = doc.spec
    assert not doc.push(commands.remove_layer(doc, spec.layers[0].uid))
    doc.undo()
    assert doc.spec is spec
    assert doc.undo_stack.count() == 1
    doc.set_locked(False)
    assert doc.push(commands.remove_layer(doc, spec.layers[0].uid))


def test_a_command_that_changes_nothing_is_not_pushed(lenet_document: Document) -> None:
    doc = lenet_document
    layer = doc.spec.layers[0]
    assert not doc.push(commands.set_param(doc, layer.uid, "size", layer.size))
    assert doc.undo_stack.count() == 0


def test_save_and_open_round_trip(qtbot, tmp_path, lenet_document: Document) -> None:
    doc = lenet_document
    doc.push(commands.set_param(doc, doc.spec.layers[0].uid, "filters", 12))
    path = tmp_path / "net.cnn.json"
    with qtbot.waitSignal(doc.path_changed):
        doc.save(path)
    assert doc.path == path
    assert not doc.is_dirty
    assert json.loads(path.read_text())["layers"][0]["filters"] == 12
    other = Document()
    other.open(path)
    assert other.spec == doc.spec
    assert other.path == path
    assert other.undo_stack.count() == 0


def test_failed_open_keeps_the_current_network(tmp_path, lenet_document: Document) -> None:
    bad = tmp_path / "bad.cnn.json"
    bad.write_text('{"format": "cnnbuilder.network", "version": 1, "input": {}, "layers": []}')
    spec, path = lenet_document.spec, lenet_document.path
    with pytest.raises(SpecError, match=r"input\.height"):
        lenet_document.open(bad)
    assert lenet_document.spec is spec
    assert lenet_document.path == path


def test_save_without_a_path_is_an_error() -> None:
    with pytest.raises(ValueError, match="no file"):
        Document(NetworkSpec()).save()
