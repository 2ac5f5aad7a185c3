"""A trained run belongs to its network: runs table, results bound to the run, New/Open clean."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget

from cnnbuilder.cli import main as cli_main
from cnnbuilder.core.fileio import save_spec
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.weights import read_network
from cnnbuilder.gui import commands
from tests.gui.reading import try_picture
from tests.gui.training.conftest import train_once, use_settings

Button = QMessageBox.StandardButton


def test_file_actions_have_object_names(training_window):
    for name in ("actionNew", "actionOpen", "actionSave", "actionSaveAs"):
        assert training_window.findChild(QAction, name) is not None, name


def test_a_run_gets_a_row_and_the_results_use_its_network(qtbot, training_window):
    session = training_window.training
    run = train_once(qtbot, training_window)
    table = training_window.findChild(QTableWidget, "runsTable")
    assert table.rowCount() == 1
    assert table.item(0, 1).text() == "1"
    assert table.item(0, 2).text() == "this network"
    assert session.runs.selected.run is run
    assert session.results.evaluation.network is run.network
    assert session.weights.network is run.network
    assert session.results.prediction._network is run.network


@pytest.mark.parametrize("how", ["preset", "open"])
def test_after_new_from_preset_or_open_no_result_of_the_old_run_is_shown(
    qtbot, training_window, lenet_path, monkeypatch, tmp_path, how
):
    session = training_window.training
    train_once(qtbot, training_window)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or Button.Discard
    )
    training_window.document.undo_stack.setClean()
    if how == "preset":
        assert training_window.files.new_from_preset(lenet_path)
    else:
        path = tmp_path / "lenet.cnn.json"
        path.write_bytes(lenet_path.read_bytes())
        assert training_window.files.open_file(path)
        assert training_window.document.path == path
    assert any("run 1 are not saved" in text for text in asked)  # unsaved weights: asked
    assert session.runs.entries == []
    assert session.results.evaluation is None
    assert not session.results.save_weights_button.isEnabled()
    assert not session.results.prediction.open_button.isEnabled()
    assert "97" not in session.results.headline.text()
    assert training_window.findChild(QTableWidget, "runsTable").rowCount() == 0
    assert not session.results.version_note.isVisibleTo(session.results)
    assert not session.results.restore_button.isVisibleTo(session.results)
    assert session.results.details.tabText(0) == "Mistakes"


def test_cancelling_the_unsaved_weights_question_keeps_the_document(
    qtbot, training_window, monkeypatch
):
    session = training_window.training
    train_once(qtbot, training_window)
    training_window.document.undo_stack.setClean()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: Button.Cancel)
    spec = training_window.document.spec
    assert not training_window.files.new_network()
    assert training_window.document.spec is spec
    assert len(session.runs.entries) == 1


def test_new_takes_the_default_settings_and_open_the_files(
    qtbot, training_window, tmp_path, presets_dir
):
    session = training_window.training
    form = session.panel.settings
    use_settings(session, epochs=3, batch_size=8, optimizer="sgd", lr=1e6)
    session.save_settings()
    training_window.document.undo_stack.setClean()
    assert training_window.files.new_network()
    assert form.config() == TrainingSpec()
    footer = training_window.document.spec.training or TrainingSpec()
    assert (footer.batch_size, footer.optimizer) == (form.config().batch_size, "adam")
    from cnnbuilder.core.fileio import load_spec

    spec = load_spec(presets_dir / "digits.cnn.json")
    wanted = TrainingSpec(epochs=7, batch_size=16, optimizer="momentum", lr=0.02, seed=4)
    path = tmp_path / "net.cnn.json"
    save_spec(spec.__class__(spec.name, spec.input, spec.layers, wanted), path)
    assert training_window.files.open_path(path)
    assert form.config() == wanted


def test_an_edit_after_training_marks_the_run_and_try_a_picture_keeps_its_network(
    qtbot, training_window, tmp_path
):
    session = training_window.training
    document = training_window.document
    run = train_once(qtbot, training_window, epochs=3)
    first = document.spec.layers[0]
    document.push(commands.set_param(document, first.uid, "filters", first.filters * 2))
    table = training_window.findChild(QTableWidget, "runsTable")
    assert table.item(0, 2).text().startswith("an earlier version")
    assert f"filters {first.filters} → {first.filters * 2}" in table.item(0, 2).text()
    assert session.results.restore_button.isVisibleTo(session.results)
    assert "earlier version" in session.results.version_note.text()
    # Try a picture answers with the run's network, as `predict` of its weights does.
    picture = tmp_path / "three.png"
    image = Image.new("L", (300, 100), 255)
    ImageDraw.Draw(image).text((120, 10), "3", fill=0, font=ImageFont.load_default(size=60))
    image.save(picture)
    probabilities = try_picture(qtbot, session.results.prediction, picture)
    assert session.weights.save(tmp_path / "w.npz")
    assert read_network(tmp_path / "w.npz").layers == run.spec.layers
    net = tmp_path / "run.cnn.json"
    save_spec(run.spec, net)
    x = session.results.prediction.last_input
    np.save(tmp_path / "x.npy", x)
    args = ["predict", str(net), "--weights", str(tmp_path / "w.npz")]
    assert (
        cli_main([*args, "--input", str(tmp_path / "x.npy"), "--output", str(tmp_path / "p.npy")])
        == 0
    )
    expected = np.load(tmp_path / "p.npy")[0]
    np.testing.assert_allclose(expected, probabilities, rtol=1e-5, atol=1e-6)
    assert int(np.argmax(probabilities)) == 3  # a typed black-on-white 3, read as a 3
    # Restore brings the run's network back, as one undoable edit.
    qtbot.mouseClick(session.results.restore_button, Qt.MouseButton.LeftButton)
    assert document.spec.layers == run.spec.layers
    assert table.item(0, 2).text() == "this network"
    document.undo()
    assert document.spec.layers[0].filters == first.filters * 2


@pytest.mark.parametrize("optimizer", ["adam"])
def test_adam_with_eta_50_is_never_reported_as_a_success(qtbot, training_window, optimizer):
    session = training_window.training
    run = train_once(qtbot, training_window, optimizer=optimizer, lr=50)
    assert run.outcome.value in ("did not learn", "diverged")
    table = training_window.findChild(QTableWidget, "runsTable")
    assert table.item(0, 11).text() in ("did not learn", "diverged")
    assert "Finished" not in session.panel.status.text()
    json.dumps(run.outcome.value)


def test_save_as_names_a_preset_copy_after_its_file_unless_the_user_named_it(
    training_window, lenet_path, tmp_path, monkeypatch
):
    files, document = training_window.files, training_window.document
    training_window.document.undo_stack.setClean()
    assert files.new_from_preset(lenet_path)
    target = tmp_path / "my_lenet5.cnn.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert files.save_as()
    assert json.loads(target.read_text())["name"] == "my_lenet5"
    document.push(commands.set_name(document, "Mine", None))
    other = tmp_path / "other.cnn.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(other), ""))
    assert files.save_as()
    assert json.loads(other.read_text())["name"] == "Mine"


def test_the_status_names_why_train_is_disabled(training_window):
    session, document = training_window.training, training_window.document
    document.push(commands.set_input(document, height=16, width=16, channels=1))
    assert not session.panel.train_button.isEnabled()
    status = session.panel.status.text()
    assert "8×8×1" in status
    assert "16×16×1" in status
    assert "Fit network to data" in status


def test_selecting_a_block_brings_properties_to_the_front(training_window):
    raised = []
    training_window.properties_dock.raise_ = lambda: raised.append(True)
    training_window.selection.set(training_window.document.spec.layers[0].uid)
    assert raised
    raised.clear()
    training_window.selection.set(None)
    assert not raised
