"""Fixtures for the training-side tests: a window with the training panel, small data."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.spec import ConvSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.gui.training.attach import attach_training


@pytest.fixture(scope="session")
def digits():
    """The built-in digits data set (8×8×1, 10 classes)."""
    return load_dataset("digits")


@pytest.fixture
def tiny_spec() -> NetworkSpec:
    """A small, fast network for the digits (one CONV, one POOL, Softmax)."""
    return NetworkSpec(
        name="tiny",
        input=InputSpec(8, 8, 1),
        layers=(ConvSpec(filters=4, size=3, padding="same"), PoolSpec(), SoftmaxSpec(classes=10)),
    )


@pytest.fixture
def training_window(make_window, qtbot):
    """The main window on the digits preset, its data loaded; ``window.training`` is the session."""
    window = make_window()
    session = getattr(window, "training", None) or attach_training(window)
    qtbot.waitUntil(lambda: session.panel.data_panel.dataset is not None, timeout=20_000)
    return window


def use_settings(session, **values) -> None:
    """Set the form's values (epochs, batch_size, lr, optimizer, seed, val_split %)."""
    form = session.panel.settings
    boxes = {
        "epochs": form.epochs,
        "batch_size": form.batch_size,
        "lr": form.lr,
        "seed": form.seed,
        "val_split": form.val_split,
    }
    for key, value in values.items():
        if key == "optimizer":
            form.optimizer.setCurrentIndex(form.optimizer.findData(value))
        else:
            boxes[key].setValue(value)


def train_once(qtbot, window, **settings):
    """One short run (1 epoch, batch 64, then ``settings``) by a click on Train; its Run."""
    session = window.training
    use_settings(session, **{"epochs": 1, "batch_size": 64, **settings})
    with qtbot.waitSignal(session.run_finished, timeout=120_000) as blocker:
        blocker.connect(session.controller.failed)
        qtbot.mouseClick(session.panel.train_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.controller.running, timeout=5_000)
    return blocker.args[0]


@pytest.fixture
def set_form():
    """``set_form(session, epochs=1, ...)`` fills the settings form."""
    return use_settings
