"""A run's best weights: said in Results when they are not the final ones, offered by Save."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QPushButton

from cnnbuilder.core.run import RunRecorder
from cnnbuilder.core.training import EpochResult, TrainingSpec, build_network
from cnnbuilder.core.weights import load_weights


def _network(spec, value: float):
    """The window's network with every weight set to ``value`` (tells the sets apart)."""
    network = build_network(spec, TrainingSpec())
    network.set_weights({k: np.full_like(w, value) for k, w in network.get_weights().items()})
    return network


def _add_run(window, digits, vals):
    """A run of the window's network whose epoch ``n`` left every weight at ``n``."""
    spec = window.document.spec
    recorder = RunRecorder(spec, digits, "digits", TrainingSpec(epochs=len(vals)))
    for n, val in enumerate(vals, start=1):
        recorder.add(EpochResult(n, 2.0 / n, val, val, 0.1, 100.0), _network(spec, float(n)))
    run = recorder.finish(_network(spec, float(len(vals))), None)
    return window.training.runs.add(run, digits).run


def _answer(button_name: str | None) -> None:
    """Click ``button_name`` of the best-or-final question once it is open (None: cancel)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "bestOrFinalBox":
            QTimer.singleShot(20, click)
            return
        if button_name is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, click)


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """Answer the Save weights file dialog with a file in tmp_path; record the name offered."""
    offered: list[str] = []

    def dialog(parent, title, name, filters):
        offered.append(name)
        return str(tmp_path / name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    return offered


def test_results_say_when_the_best_epoch_is_not_the_last(training_window, digits):
    session = training_window.training
    run = _add_run(training_window, digits, (0.5, 0.9, 0.7, 0.6))
    headline = session.results.headline.text()
    assert "best validation accuracy, 90.0%, was reached at epoch 2 of 4" in headline
    assert "These results use the final weights" in headline
    # Results and Try a picture use that one stated set: the final weights.
    assert session.results.evaluation.network is run.network
    assert session.results.prediction._network is run.network
    assert session.weights.network is run.network


def test_no_note_when_the_last_epoch_was_the_best(training_window, digits):
    session = training_window.training
    _add_run(training_window, digits, (0.5, 0.7, 0.9))
    assert "best validation" not in session.results.headline.text()


@pytest.mark.parametrize(("button", "value"), [("saveBestButton", 2.0), ("saveFinalButton", 4.0)])
def test_save_weights_offers_best_or_final(
    training_window, digits, save_to, tmp_path, button, value
):
    session = training_window.training
    run = _add_run(training_window, digits, (0.5, 0.9, 0.7, 0.6))
    _answer(button)
    session.results.save_weights_button.click()
    name = "weights-best.npz" if value == 2.0 else "weights.npz"
    assert save_to == [name]
    saved = load_weights(tmp_path / name, training_window.document.spec)
    for weights in saved.values():
        assert np.all(weights == value)  # epoch 2's weights, or the final ones
    assert session.runs.entries[0].saved  # either choice: closing no longer asks
    assert session.weights.network is run.network  # the views keep the final weights
    assert session.results.evaluation.network is run.network


def test_cancelling_the_choice_saves_nothing(training_window, digits, save_to):
    session = training_window.training
    _add_run(training_window, digits, (0.5, 0.9, 0.7, 0.6))
    _answer(None)
    session.results.save_weights_button.click()
    assert save_to == []
    assert not session.runs.entries[0].saved


def test_no_question_when_the_best_weights_are_the_final_ones(
    training_window, digits, save_to, monkeypatch, tmp_path
):
    session = training_window.training
    _add_run(training_window, digits, (0.5, 0.7, 0.9))
    monkeypatch.setattr(QMessageBox, "exec", lambda *a: pytest.fail("asked"))
    session.results.save_weights_button.click()
    assert save_to == ["weights.npz"]
    assert (tmp_path / "weights.npz").exists()
