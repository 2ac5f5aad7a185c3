"""Data that does not fit (and its one-click fix), weights files, trying a picture."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDockWidget

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import ConvSpec
from cnnbuilder.core.weights import save_weights
from cnnbuilder.gui import commands
from cnnbuilder.paths import PRESETS
from tests.gui.reading import load_weights, try_picture


def _trained(qtbot, window, set_form):
    session = window.training
    set_form(session, epochs=1, batch_size=64)
    with qtbot.waitSignal(session.run_finished, timeout=60_000) as blocker:
        blocker.connect(session.controller.failed)
        session.start()
    qtbot.waitUntil(lambda: not session.controller.running, timeout=5_000)
    return blocker.args[0]


def test_data_mismatch_is_explained_and_fixed_in_one_undoable_click(qtbot, training_window):
    session = training_window.training
    document = training_window.document
    data_panel = session.panel.data_panel
    document.push(commands.set_input(document, height=16, width=16, channels=3))
    last = len(document.spec.layers) - 1
    document.push(commands.set_param(document, document.spec.layers[last].uid, "classes", 4))
    problem = data_panel.warning_label.text()
    assert "8×8×1" in problem
    assert "16×16×3" in problem
    assert "10 classes" in problem
    assert "4 outputs" in problem
    training_window.show()
    qtbot.waitExposed(training_window)
    training_window.findChild(QDockWidget, "trainingDock").raise_()
    qtbot.waitUntil(data_panel.isVisible)
    assert data_panel.fit_button.isVisible()  # really on screen, not only "not hidden"
    assert not session.panel.train_button.isEnabled()
    qtbot.mouseClick(data_panel.fit_button, Qt.MouseButton.LeftButton)
    assert document.spec.input.shape == (8, 8, 1)
    assert document.spec.layers[last].classes == 10
    assert data_panel.data_mismatch is None
    assert data_panel.fit_button.isHidden()
    assert session.panel.train_button.isEnabled()
    document.undo()
    assert document.spec.input.shape == (16, 16, 3)
    assert document.spec.layers[last].classes == 4
    assert data_panel.data_mismatch is not None


def test_choosing_another_data_set_loads_it_and_reports_the_mismatch(qtbot, training_window):
    data_panel = training_window.training.panel.data_panel
    with qtbot.waitSignal(
        data_panel.dataset_changed, timeout=30_000, check_params_cb=lambda d: d is not None
    ):
        data_panel.set_source("shapes")
    assert data_panel.dataset.name == "shapes"
    assert "32×32×3" in data_panel.warning_label.text()
    assert "train " in data_panel.info.text()
    assert "test " in data_panel.info.text()


def test_a_file_that_cannot_be_read_is_reported(qtbot, training_window, tmp_path):
    bad = tmp_path / "broken.npz"
    bad.write_text("not a zip")
    data_panel = training_window.training.panel.data_panel
    with qtbot.waitSignal(data_panel.dataset_changed, timeout=10_000):
        data_panel.set_source(str(bad))
    qtbot.waitUntil(lambda: not data_panel.loading, timeout=10_000)
    assert data_panel.dataset is None
    assert "broken.npz" in data_panel.warning_label.text()
    assert not training_window.training.panel.train_button.isEnabled()


def test_weights_round_trip(qtbot, training_window, set_form, tmp_path):
    session = training_window.training
    outcome = _trained(qtbot, training_window, set_form)
    path = tmp_path / "w.npz"
    assert session.weights.save(path)
    saved = outcome.network.get_weights()
    assert load_weights(qtbot, session.weights, path)
    loaded = session.weights.network
    assert loaded is not outcome.network
    for key, value in saved.items():
        np.testing.assert_array_equal(loaded.params[key], value)
    # The results view then shows these weights on the test split.
    qtbot.waitUntil(lambda: session.results.evaluation.network is loaded, timeout=10_000)
    assert "w.npz" in session.results.headline.text()


def test_weights_of_another_network_are_refused_with_both_shapes(qtbot, training_window, tmp_path):
    session = training_window.training
    spec = training_window.document.spec
    other = spec.with_layers((replace(spec.layers[0], filters=8), *spec.layers[1:]))
    assert isinstance(other.layers[0], ConvSpec)
    path = tmp_path / "other.npz"
    save_weights(Network.from_spec(other, np.random.default_rng(0)), path)
    before = session.weights.network
    assert not load_weights(qtbot, session.weights, path)
    text = session.panel.status.text()
    assert "layer0.W" in text
    assert "(3, 3, 1, 8)" in text
    assert f"(3, 3, 1, {spec.layers[0].filters})" in text
    assert session.weights.network is before


def test_weights_of_a_network_with_other_layers_list_both_shapes(qtbot, training_window, tmp_path):
    """LeNet-5 weights on the digits network: other layers, so list both networks' shapes."""
    session = training_window.training
    lenet = load_spec(PRESETS / "lenet5.cnn.json")
    path = tmp_path / "lenet.npz"
    save_weights(Network.from_spec(lenet, np.random.default_rng(0)), path)
    before = session.weights.network
    with qtbot.waitSignal(session.message, timeout=1_000) as shown:
        assert not load_weights(qtbot, session.weights, path)
    text = session.panel.status.text()
    assert shown.args == [text]  # the status bar too: the panel may be behind a tab
    assert "another network" in text
    file_part, _, network_part = text.partition("this network needs")
    conv = lenet.layers[0]
    assert f"layer0.W {conv.size}×{conv.size}×3×{conv.filters}" in file_part
    first = training_window.document.spec.layers[0]
    assert f"layer0.W {first.size}×{first.size}×1×{first.filters}" in network_part
    assert session.weights.network is before


@pytest.fixture
def digit_png(tmp_path, digits):
    """A test digit, scaled up to a 64×64 PNG, as a user would draw it."""
    image = (digits.x_test[0, :, :, 0] * 255).astype(np.uint8)
    path = tmp_path / "digit.png"
    Image.fromarray(image).resize((64, 64), Image.Resampling.NEAREST).save(path)
    return path


def test_trying_a_picture_shows_the_class_probabilities(
    qtbot, training_window, set_form, digit_png
):
    session = training_window.training
    outcome = _trained(qtbot, training_window, set_form)
    view = session.results.prediction
    probabilities = try_picture(qtbot, view, digit_png)
    assert probabilities.shape == (10,)
    assert probabilities.sum() == pytest.approx(1.0, abs=1e-5)
    np.testing.assert_allclose(view._bar_item.opts["width"], probabilities)
    best = int(np.argmax(probabilities))
    assert view.answer.text().startswith(f"<b>{best}</b>")
    # The same picture straight from the data set gives (nearly) the same answer.
    direct = outcome.network.predict_proba(session.panel.data_panel.dataset.x_test[:1])[0]
    assert int(np.argmax(direct)) == best


def test_a_picture_dropped_on_the_results_is_classified(
    qtbot, training_window, set_form, digit_png
):
    session = training_window.training
    _trained(qtbot, training_window, set_form)
    results = session.results
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(digit_png))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    results.dropEvent(event)
    qtbot.waitUntil(lambda: results.prediction.probabilities is not None, timeout=10_000)
    assert "digit.png" in results.prediction.answer.text()


def test_a_file_that_is_not_a_picture_is_explained(qtbot, training_window, set_form, tmp_path):
    session = training_window.training
    _trained(qtbot, training_window, set_form)
    text_file = tmp_path / "notes.png"
    text_file.write_text("hello")
    assert try_picture(qtbot, session.results.prediction, text_file) is None
    assert "notes.png" in session.results.prediction.answer.text()
