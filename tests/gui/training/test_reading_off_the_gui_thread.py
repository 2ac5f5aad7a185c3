"""Weights files and pictures are read off the GUI thread, with Cancel; stale answers dropped."""

from __future__ import annotations

import os
import threading
import time

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt, QTimer

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.weights import save_weights
from cnnbuilder.gui.training import prediction_view, weights_file
from tests.gui.reading import load_weights, try_picture

BLOCK_S = 3.0  # a blocked read gives up after this, so a broken build fails instead of hanging


@pytest.fixture
def gate(monkeypatch):
    """Make a reader wait until ``gate.set()`` (or BLOCK_S).

    ``gate.hold(module, name, only=None)`` replaces ``module.name``; with
    ``only``, just the file of that name waits.
    """
    event = threading.Event()

    def hold(module, name, only=None):
        real = getattr(module, name)

        def blocked(path, *args, **kwargs):
            if only is None or path.name == only:
                event.wait(BLOCK_S)
            return real(path, *args, **kwargs)

        monkeypatch.setattr(module, name, blocked)

    event.hold = hold  # type: ignore[attr-defined]
    yield event
    event.set()  # no thread stays blocked after the test


def ticking(qtbot):
    """A 10 ms timer and its tick count: it only ticks while the event loop runs."""
    ticks = [0]
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start()
    return timer, ticks


def _weights_file(spec, path, seed):
    save_weights(Network.from_spec(spec, np.random.default_rng(seed)), path, spec)
    return path


def test_a_slow_weights_file_leaves_the_window_running_and_cancel_changes_nothing(
    qtbot, training_window, tmp_path, gate
):
    session = training_window.training
    weights = session.weights
    path = _weights_file(training_window.document.spec, tmp_path / "slow.npz", 1)
    before = weights.network
    gate.hold(weights_file, "read_arrays")
    timer, ticks = ticking(qtbot)
    started = time.monotonic()
    weights.load(path)
    assert time.monotonic() - started < 0.5  # the read did not happen in load()
    qtbot.wait(300)
    assert ticks[0] >= 5  # the event loop ran while the file was being read
    assert weights.loading
    busy = weights.busy_line
    assert busy.isVisibleTo(session.results)
    assert "slow.npz" in busy.text.full_text()
    qtbot.mouseClick(busy.cancel_button, Qt.MouseButton.LeftButton)
    assert not weights.loading
    assert busy.isHidden()
    assert "unchanged" in session.panel.status.text()
    gate.set()  # the read finishes now: its answer must be dropped
    qtbot.wait(300)
    assert weights.network is before
    timer.stop()


def test_a_second_weights_file_supersedes_the_first(qtbot, training_window, tmp_path, gate):
    weights = training_window.training.weights
    spec = training_window.document.spec
    first = _weights_file(spec, tmp_path / "first.npz", 1)
    second = _weights_file(spec, tmp_path / "second.npz", 2)
    gate.hold(weights_file, "read_arrays", only="first.npz")
    weights.load(first)
    started = time.monotonic()
    assert load_weights(qtbot, weights, second)
    assert time.monotonic() - started < BLOCK_S / 2  # not held up by the blocked first read
    loaded = weights.network
    gate.set()  # the first answer arrives now, stale
    qtbot.wait(300)
    assert weights.network is loaded
    expected = Network.from_spec(spec, np.random.default_rng(2)).get_weights()
    for key, value in expected.items():
        np.testing.assert_array_equal(loaded.params[key], value)


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.npz"
    os.mkfifo(path)  # nobody ever writes: opening it for reading the usual way blocks forever
    return path


def test_a_fifo_given_as_weights_is_refused_at_once(qtbot, training_window, fifo):
    session = training_window.training
    before = session.weights.network
    started = time.monotonic()
    assert not load_weights(qtbot, session.weights, fifo)
    assert time.monotonic() - started < 2
    assert "FIFO" in session.panel.status.text()
    assert "pipe.npz" in session.panel.status.text()
    assert session.weights.network is before


@pytest.fixture
def picture_view(training_window):
    view = training_window.training.results.prediction
    spec = training_window.document.spec
    view.set_model(Network.from_spec(spec, np.random.default_rng(0)), tuple("0123456789"))
    return view


def _png(path, shade):
    Image.new("L", (16, 16), shade).save(path)
    return path


def test_a_slow_picture_leaves_the_window_running_and_cancel_keeps_the_last_answer(
    qtbot, picture_view, tmp_path, gate
):
    view = picture_view
    shown = try_picture(qtbot, view, _png(tmp_path / "shown.png", 200))
    assert shown is not None
    answer = view.answer.text()
    gate.hold(prediction_view, "read_image")
    timer, ticks = ticking(qtbot)
    started = time.monotonic()
    view.predict_file(_png(tmp_path / "slow.png", 20))
    assert time.monotonic() - started < 0.5
    qtbot.wait(300)
    assert ticks[0] >= 5
    assert view.reading
    assert "slow.png" in view.busy_line.text.full_text()
    qtbot.mouseClick(view.busy_line.cancel_button, Qt.MouseButton.LeftButton)
    assert not view.reading
    gate.set()
    qtbot.wait(300)
    assert view.answer.text() == answer  # still the picture shown before
    assert "shown.png" in answer
    np.testing.assert_array_equal(view.probabilities, shown)
    timer.stop()


def test_a_second_picture_supersedes_the_first(qtbot, picture_view, tmp_path, gate):
    view = picture_view
    gate.hold(prediction_view, "read_image", only="first.png")
    view.predict_file(_png(tmp_path / "first.png", 30))
    started = time.monotonic()
    second = try_picture(qtbot, view, _png(tmp_path / "second.png", 220))
    assert second is not None
    assert time.monotonic() - started < BLOCK_S / 2
    gate.set()  # the first answer arrives now, stale
    qtbot.wait(300)
    assert "second.png" in view.answer.text()
    np.testing.assert_array_equal(view.probabilities, second)


def test_a_fifo_given_as_a_picture_is_refused_at_once(qtbot, picture_view, tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    started = time.monotonic()
    assert try_picture(qtbot, picture_view, path) is None
    assert time.monotonic() - started < 2
    assert "FIFO" in picture_view.answer.text()


def test_weights_of_another_network_are_read_once_also_when_its_network_is_opened(
    qtbot, training_window, tmp_path, tiny_spec, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    reads = []
    real = weights_file.read_arrays
    monkeypatch.setattr(weights_file, "read_arrays", lambda path: reads.append(path) or real(path))
    path = _weights_file(tiny_spec, tmp_path / "tiny.npz", 3)
    assert load_weights(qtbot, training_window.training.weights, path)
    assert training_window.document.spec.layers == tiny_spec.layers
    assert reads == [path]
