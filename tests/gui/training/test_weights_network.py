"""Weights carry their network: loading them onto an empty or other canvas offers it."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.weights import save_weights
from cnnbuilder.gui import commands
from cnnbuilder.gui.training.training_panel import STATUS_STYLES
from cnnbuilder.paths import PRESETS
from tests.gui.reading import load_weights
from tests.gui.training.conftest import use_settings

Button = QMessageBox.StandardButton
OFFER = "Open the network of these weights?"


def _weights_file(tmp_path, spec, with_network=True):
    """A weights file of ``spec`` (seeded random weights), with its network or without."""
    network = Network.from_spec(spec, np.random.default_rng(3))
    path = tmp_path / f"{spec.name}.npz"
    save_weights(network, path, spec if with_network else None)
    return path, network.get_weights()


@pytest.fixture
def answers(monkeypatch):
    """Answer each QMessageBox.question by its title; record (title, text) asked."""
    asked: list[tuple[str, str]] = []
    replies: dict[str, Button] = {}

    def question(parent, title, text, *args, **kwargs):
        asked.append((title, text))
        return replies.get(title, Button.Cancel)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


def _same_weights(network, weights):
    got = network.get_weights()
    assert set(got) == set(weights)
    for key, value in weights.items():
        np.testing.assert_array_equal(got[key], value)


def test_weights_on_an_empty_canvas_open_their_network(
    qtbot, training_window, tmp_path, tiny_spec, answers
):
    asked, replies = answers
    session, document = training_window.training, training_window.document
    assert training_window.files.new_network()
    assert not document.spec.layers
    path, weights = _weights_file(tmp_path, tiny_spec)
    replies[OFFER] = Button.Yes
    assert load_weights(qtbot, session.weights, path)
    (title, text), *_ = asked
    assert title == OFFER
    assert "no layers" in text
    assert "“tiny”" in text
    assert param_shapes(document.spec) == param_shapes(tiny_spec)
    assert document.path is None  # an untitled copy, as a preset opens
    assert not document.is_dirty
    assert session.panel.settings.config() == TrainingSpec()  # no training section: defaults
    _same_weights(session.weights.network, weights)
    assert "Loaded the weights" in session.panel.status.text()
    # The results view shows these weights on the test split.
    qtbot.waitUntil(
        lambda: (
            session.results.evaluation is not None
            and session.results.evaluation.network is session.weights.network
        ),
        timeout=10_000,
    )


def test_declining_the_offer_changes_nothing_and_says_so(
    qtbot, training_window, tmp_path, tiny_spec, answers
):
    asked, replies = answers
    session, document = training_window.training, training_window.document
    spec = document.spec
    path, _ = _weights_file(tmp_path, tiny_spec)
    replies[OFFER] = Button.No
    before = session.weights.network
    assert not load_weights(qtbot, session.weights, path)
    assert [title for title, _ in asked] == [OFFER]
    # Another network (not an empty canvas): the question says what differs.
    assert "holds the weights of another network" in asked[0][1]
    assert "layer0.W 3×3×1×4" in asked[0][1]
    assert document.spec is spec
    assert session.weights.network is before
    status = session.panel.status.text()
    assert "Weights not loaded" in status
    assert "“tiny”" in status
    assert "unchanged" in status
    # The user's own choice is not shown as an error.
    assert session.panel.status.styleSheet() == STATUS_STYLES["info"]


def test_accepting_asks_about_unsaved_changes_first_and_cancel_keeps_all(
    qtbot, training_window, tmp_path, tiny_spec, answers
):
    asked, replies = answers
    session, document = training_window.training, training_window.document
    document.push(commands.set_name(document, "Edited", None))  # unsaved changes
    spec = document.spec
    path, _ = _weights_file(tmp_path, tiny_spec)
    replies[OFFER] = Button.Yes  # the unsaved-changes question gets Cancel
    assert not load_weights(qtbot, session.weights, path)
    assert [title for title, _ in asked] == [OFFER, "Unsaved changes"]
    assert document.spec is spec
    assert "the network on the canvas was kept" in session.panel.status.text()


def test_the_opened_network_brings_its_training_settings_and_data(
    qtbot, training_window, tmp_path, answers
):
    """Shapes-LeNet weights onto the digits network: its settings and data come with it."""
    asked, replies = answers
    session, document = training_window.training, training_window.document
    use_settings(session, epochs=3, optimizer="sgd", lr=0.5)
    session.save_settings()
    document.undo_stack.setClean()
    shapes = load_spec(PRESETS / "shapes.cnn.json")
    assert shapes.training is not None
    path, weights = _weights_file(tmp_path, shapes)
    replies[OFFER] = Button.Yes
    assert load_weights(qtbot, session.weights, path)
    assert [title for title, _ in asked] == [OFFER]  # nothing unsaved: nothing else asked
    assert document.spec.layers == shapes.layers
    assert session.panel.settings.config() == shapes.training
    _same_weights(session.weights.network, weights)
    # Its data set loads in the background; then the weights are evaluated on it.
    qtbot.waitUntil(
        lambda: (
            session.results.evaluation is not None
            and session.results.evaluation.network is session.weights.network
        ),
        timeout=60_000,
    )
    assert session.results.evaluation.data.name == "shapes"


def test_weights_without_their_network_are_refused_as_before_without_asking(
    qtbot, training_window, tmp_path, tiny_spec, answers
):
    asked, _ = answers
    session, document = training_window.training, training_window.document
    spec = document.spec
    path, _ = _weights_file(tmp_path, tiny_spec, with_network=False)
    assert not load_weights(qtbot, session.weights, path)
    assert asked == []
    text = session.panel.status.text()
    assert "another network" in text
    assert "layer0.W 3×3×1×4" in text
    assert document.spec is spec


def test_weights_of_this_network_load_without_asking(qtbot, training_window, tmp_path, answers):
    asked, _ = answers
    session, document = training_window.training, training_window.document
    path, weights = _weights_file(tmp_path, replace(document.spec, name="same"))
    assert load_weights(qtbot, session.weights, path)
    assert asked == []
    _same_weights(session.weights.network, weights)


def test_results_of_loaded_weights_close_with_their_network(
    qtbot, training_window, tmp_path, lenet_path
):
    """Weights loaded without a run: Open another network and their results go."""
    session = training_window.training
    path, _ = _weights_file(tmp_path, replace(training_window.document.spec, name="same"))
    assert load_weights(qtbot, session.weights, path)
    qtbot.waitUntil(lambda: session.results.evaluation is not None, timeout=10_000)
    other = tmp_path / "lenet.cnn.json"
    other.write_bytes(lenet_path.read_bytes())
    assert training_window.files.open_file(other)
    assert session.results.evaluation is None
    assert session.weights.network is None
    assert not session.results.save_weights_button.isEnabled()
    assert "Test accuracy" not in session.results.headline.text()
