"""The inside view draws the engine's numbers and follows clicks, runs and drawings."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.evaluation import misclassified
from cnnbuilder.core.inside.cells import ConvCell, PoolCell, UnitCell
from cnnbuilder.core.nn.network import Network
from cnnbuilder.gui.training.results_view import EvaluatedNetwork
from tests.gui.reading import load_picture


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture
def inside(make_window, digits):
    """The window on the digits preset, with the digits loaded into the inside view."""
    window = make_window(show=True)
    view = window.inside
    view.set_data(digits)
    window.show_panel(view)
    return window, view


def _click(qtbot, widget, point: QPoint, button=Qt.MouseButton.LeftButton):
    qtbot.mouseClick(widget, button, pos=point)


def _tile(view, layer, channel):
    for band in view.canvas.bands:
        for tile in band.tiles:
            if tile.layer == layer and tile.channel == channel:
                return tile
    raise AssertionError(f"no tile for layer {layer}, channel {channel}")


def test_the_maps_are_the_engines_outputs(inside, digits):
    _, view = inside
    assert view.network is view.initial
    assert "initial weights" in view.network_label.text()
    expected = view.initial.layer_outputs(digits.x_test[:1])
    assert len(view.inspection.outputs) == len(expected)
    for mine, theirs in zip(view.inspection.outputs, expected, strict=True):
        np.testing.assert_array_equal(mine, theirs[0])
    # one tile per map of every CONV/POOL layer, bars for FC and the classes
    assert len([b for b in view.canvas.bands if b.tiles]) == 4  # input, CONV1, CONV2, POOL3
    assert sum(len(b.bars) for b in view.canvas.bands) == 128 + 10


def test_clicking_a_cell_in_every_layer_shows_its_arithmetic(inside, qtbot):
    _, view = inside
    tile = _tile(view, 1, 5)
    corner = tile.rect.topLeft() + QPoint(tile.cell // 2, tile.cell // 2)
    _click(qtbot, view.canvas, corner)
    cell = view.cell
    assert isinstance(cell, ConvCell)
    assert cell.position == (0, 0, 5)
    assert cell.a == pytest.approx(float(view.inspection.outputs[0][0, 0, 5]), rel=1e-5, abs=1e-6)
    assert cell.padding.sum() == 5  # the corner window lies on the padding
    assert f"{cell.z:.4f}" in view.computation.toPlainText()
    pool = _tile(view, 3, 2)
    _click(qtbot, view.canvas, pool.rect.center())
    assert isinstance(view.cell, PoolCell)
    assert "a = max(window)" in view.computation.toPlainText()
    assert "wins" in view.computation.toPlainText()
    assert view.sandbox.slide.window.f == 2  # the sandbox follows the clicked layer
    for layer in (4, 5):
        band = next(b for b in view.canvas.bands if b.layer == layer)
        unit, rect = band.bars[3]
        _click(qtbot, view.canvas, rect.center())
        assert isinstance(view.cell, UnitCell)
        assert (view.cell.layer, view.cell.unit) == (layer, unit)
    assert view.cell.kind == "softmax"
    assert view.cell.a == pytest.approx(float(view.inspection.probabilities[3]), rel=1e-5)
    assert "e^z_3" in view.computation.toPlainText()


def test_a_trained_run_and_a_mistake_click(inside, digits, qtbot):
    window, view = inside
    network = Network.from_spec(window.document.spec, np.random.default_rng(5))
    predictions = network.predict(digits.x_test)
    evaluation = EvaluatedNetwork(network, digits, predictions, "run 1 · adam")
    results = window.training.results
    results.show_evaluation(evaluation)
    assert view.network is network
    assert "Trained network: run 1 · adam" in view.network_label.text()
    wrong = misclassified(digits.y_test, predictions)[:60]
    tile = int(np.flatnonzero(wrong != np.arange(len(wrong)))[0])  # tile number ≠ image index
    results.mistakes.itemClicked.emit(results.mistakes.item(tile))
    assert window.bottom_tabs.currentWidget() is view
    assert view.picker.index.value() == int(wrong[tile])
    np.testing.assert_array_equal(view.input_x, digits.x_test[wrong[tile]])
    view.weights_box.setCurrentIndex(1)
    assert view.network is view.initial
    assert "Untrained network" in view.network_label.text()
    results.clear()
    assert view.network is view.initial


def test_a_confusion_cell_picks_its_first_test_image(inside, digits):
    window, view = inside
    network = Network.from_spec(window.document.spec, np.random.default_rng(5))
    predictions = network.predict(digits.x_test)
    window.training.results.show_evaluation(EvaluatedNetwork(network, digits, predictions, "run"))
    true, pred = int(digits.y_test[4]), int(predictions[4])
    first = int(np.flatnonzero((digits.y_test == true) & (predictions == pred))[0])
    window.training.results.confusion.cellClicked.emit(true, pred)
    assert view.picker.index.value() == first


def test_drawing_updates_the_view_as_you_draw(inside, qtbot):
    _, view = inside
    _click(qtbot, view.picker.draw_button, view.picker.draw_button.rect().center())
    pad = view.picker.pad
    assert pad.isVisible()
    assert view.input_x.sum() == 0
    k = pad.width() // 8
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(k * 3 + 2, k + 2))
    first = view.inspection.outputs[-1].copy()
    qtbot.mouseMove(pad, QPoint(k * 3 + 2, k * 6 + 2))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(k * 3 + 2, k * 6 + 2))
    assert view.input_x[1, 3, 0] == 1.0
    assert view.x_text == "your drawing"
    assert not np.array_equal(first, view.inspection.outputs[-1])
    qtbot.mouseClick(pad, Qt.MouseButton.RightButton, pos=QPoint(k * 3 + 2, k + 2))
    assert view.input_x[1, 3, 0] == 0.0


def test_a_picture_file_is_prepared_like_the_data(qtbot, inside, digits, tmp_path):
    from PIL import Image, ImageDraw

    from cnnbuilder.core.datasets.images import ImageStyle, prepare_image

    _, view = inside
    path = tmp_path / "seven.png"
    picture = Image.new("L", (40, 30), 255)  # dark on light: the digits are the reverse
    ImageDraw.Draw(picture).line([(10, 5), (30, 5), (18, 25)], fill=0, width=4)
    picture.save(path)
    load_picture(qtbot, view.picker, path)
    assert view.input_x.shape == (8, 8, 1)
    assert view.x_text == "seven.png"
    with Image.open(path) as image:
        expected = prepare_image(image, (8, 8, 1), like=ImageStyle.of(digits.x))
    np.testing.assert_array_equal(view.input_x, expected)
    assert view.input_x.mean() < 0.5  # inverted to light on dark, as the training images
    messages = []
    view.message.connect(messages.append)
    bad = tmp_path / "bad.png"
    bad.write_text("no")
    load_picture(qtbot, view.picker, bad)
    assert "is not a picture" in messages[-1]


def test_a_picture_is_read_in_the_background_cancel_keeps_the_input_and_a_fifo_is_refused(
    qtbot, inside, tmp_path, monkeypatch
):
    import os
    import threading
    import time

    from PIL import Image

    from cnnbuilder.gui.inside import input_picker

    _, view = inside
    before, text = view.input_x.copy(), view.x_text
    release = threading.Event()
    real = input_picker.read_picture
    monkeypatch.setattr(input_picker, "read_picture", lambda *a: release.wait(3) and real(*a))
    path = tmp_path / "slow.png"
    Image.new("L", (20, 20), 255).save(path)
    started = time.monotonic()
    view.picker.load_picture(path)
    assert time.monotonic() - started < 0.5
    assert view.picker.busy_line.isVisibleTo(view)
    qtbot.mouseClick(view.picker.busy_line.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.wait(300)
    np.testing.assert_array_equal(view.input_x, before)
    assert view.x_text == text
    monkeypatch.undo()
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    messages = []
    view.message.connect(messages.append)
    load_picture(qtbot, view.picker, fifo)
    assert "FIFO" in messages[-1]


def test_per_map_scale_and_an_invalid_network(inside):
    window, view = inside
    view.per_map.setChecked(True)
    assert view.canvas.per_map
    from cnnbuilder.gui import commands

    doc = window.document
    doc.push(commands.set_param(doc, doc.spec.layers[0].uid, "size", 30))
    assert view.network is None
    assert "not valid" in view.network_label.text()
    assert view.inspection is None
    doc.undo_stack.undo()
    assert view.inspection is not None
