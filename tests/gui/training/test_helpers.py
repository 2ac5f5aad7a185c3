"""Small pieces of the training side: time left, durations, the η ladder, messages."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import split_validation, validation_size
from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.run import DataIdentity, Outcome, Run, suggested_lr
from cnnbuilder.core.spec import NetworkSpec, TrainingSpec
from cnnbuilder.core.training import EpochResult
from cnnbuilder.gui.training.data_panel import sentence
from cnnbuilder.gui.training.run_clock import RunClock
from cnnbuilder.gui.training.run_messages import (
    cost_hint,
    divergence_message,
    finish_status,
    run_ending,
)
from cnnbuilder.gui.training.settings_form import ladder_step
from cnnbuilder.gui.training.training_panel import format_time_left


def test_format_time_left():
    assert format_time_left(42.4) == "42 s"
    assert format_time_left(75) == "1:15"
    assert format_time_left(3725) == "1:02:05"
    assert format_time_left(-3) == "0 s"


@pytest.mark.parametrize(
    ("value", "steps", "expected"),
    [
        (0.003, 1, 0.005),
        (0.005, 1, 0.01),
        (0.01, -1, 0.005),
        (0.001, -1, 0.0005),
        (0.0031, 0, 0.003),
        (1.0, 2, 3.0),
    ],
)
def test_learning_rate_ladder(value, steps, expected):
    assert ladder_step(value, steps) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("m", "classes", "val_split"),
    [(1497, 10, 0.1), (5, 2, 0.01), (100, 4, 0.0), (20, 10, 0.9), (7, 3, 0.5)],
)
def test_validation_size_matches_the_split_rule(m, classes, val_split):
    """The number the panel shows is the size of the split the trainer makes."""
    y = np.arange(m) % classes
    x = np.zeros((m, 1, 1, 1), dtype=np.float32)
    _, _, _, y_val = split_validation(x, y, val_split, np.random.default_rng(0))
    assert validation_size(y, val_split) == len(y_val)


def test_validation_size_keeps_one_image_of_every_class():
    # 20 images of 10 classes at 0.9: each class keeps one, so 10 are held out (not 18).
    assert validation_size(np.arange(20) % 10, 0.9) == 10


def test_run_clock_excludes_pauses(monkeypatch):
    now = [100.0]
    monkeypatch.setattr("cnnbuilder.gui.training.run_clock.time.perf_counter", lambda: now[0])
    clock = RunClock()
    clock.start()
    assert clock.left(0, 10) is None
    now[0] += 2.0
    clock.pause(True)
    now[0] += 50.0
    clock.pause(False)
    assert clock.left(5, 10) == pytest.approx(2.0)  # 2 s for 5 iterations, 5 to go


def _run(
    epochs: tuple[EpochResult, ...] = (),
    iterations: int = 10,
    planned: int = 10,
    diverged: TrainingDiverged | None = None,
    lr: float = 0.003,
    optimizer: str = "adam",
    outcome: Outcome = Outcome.FINISHED,
) -> Run:
    """A Run value without training (only what the messages read)."""
    data = DataIdentity("digits", "digits", (8, 8, 1), tuple("0123456789"), 90, 10, 30)
    return Run(
        spec=NetworkSpec(),
        data=data,
        settings=TrainingSpec(epochs=planned, lr=lr, optimizer=optimizer),
        weights={},
        best_weights=None,
        costs=np.zeros((iterations, 2)),
        epochs=epochs,
        test_accuracy=0.8,
        test_predictions=None,
        outcome=outcome,
        iterations=iterations,
        diverged=diverged,
        started=0.0,
        seconds=2.0,
    )


def _epochs(count: int, cost: float = 0.3) -> tuple[EpochResult, ...]:
    return tuple(EpochResult(e, cost, 0.9, 0.9, 1.0, 100.0) for e in range(1, count + 1))


def test_divergence_message_names_iteration_and_a_lower_rate():
    text = divergence_message(_run(diverged=TrainingDiverged(12, float("nan")), lr=5.0))
    assert "iteration 12" in text
    assert "η = 5" in text
    assert "such as 0.01" in text  # a tenth of 5 is above Adam's usual range: its top
    assert "iteration 11" in text
    first = _run(diverged=TrainingDiverged(1, float("inf")), lr=5.0)
    assert "initial weights" in divergence_message(first)


def test_divergence_hint_is_a_tenth_within_the_optimiser_range():
    assert suggested_lr(0.5, "sgd") == pytest.approx(0.05)
    assert suggested_lr(1e6, "sgd") == 1.0
    assert suggested_lr(50, "adam") == 0.01
    assert suggested_lr(0.03, "adam") == pytest.approx(0.003)


def test_run_ending_says_where_a_stopped_run_stopped():
    assert run_ending(_run(_epochs(10), 100), 10) == ""
    assert run_ending(_run(_epochs(3), 30), 10) == "stopped after epoch 3 of 10"
    assert run_ending(_run(_epochs(3), 37), 10) == "stopped in epoch 4 of 10, after iteration 37"


def test_run_ending_of_a_diverged_run_names_the_iteration_and_the_weights():
    diverged = _run(diverged=TrainingDiverged(57, float("nan")))
    assert run_ending(diverged, 10) == (
        "diverged at iteration 57; weights of the last finite cost (iteration 56)"
    )
    first = _run(diverged=TrainingDiverged(1, float("inf")))
    assert run_ending(first, 10) == "diverged at iteration 1; the initial weights"


def test_a_cost_far_above_guessing_gets_a_hint_about_the_learning_rate():
    assert cost_hint(_run(_epochs(1, 0.4), lr=1e6)) == ""
    assert cost_hint(_run(_epochs(1, 20.0), lr=1e6)) == ""  # below 10 · ln(10) ≈ 23
    hint = cost_hint(_run(_epochs(1, 4e26), lr=1e6, optimizer="sgd"))
    assert "ln(10) ≈ 2.3" in hint
    assert "η = 1e+06 is probably too large; try 1." in hint
    assert cost_hint(_run((), lr=1e6)) == ""


def test_finish_status_adds_the_hint_as_a_warning_not_an_error():
    good = _run(_epochs(1, 0.3), planned=1)
    assert finish_status(good)[1] == "good"
    bad = _run(_epochs(1, 4e26), planned=1, lr=1e6)
    text, kind = finish_status(bad)
    assert text.startswith("Finished 1 epochs")
    assert "probably too large" in text
    assert kind == "warn"


def test_a_run_that_did_not_learn_is_a_warning_never_a_success():
    run = _run(_epochs(10), 100, outcome=Outcome.DID_NOT_LEARN)
    text, kind = finish_status(run)
    assert "did not learn" in text
    assert kind == "warn"
    assert run_ending(run, 10) == "did not learn"


def test_sentence_keeps_file_names():
    assert sentence("the data is 8×8×1") == "The data is 8×8×1."
    assert sentence("broken.npz: not readable.", "/data/broken.npz") == "broken.npz: not readable."
    assert sentence("b: c", "b.npz") == "B: c."


def test_the_data_panel_shows_the_split_the_trainer_makes(qtbot, training_window, tmp_path):
    """20 images of 10 classes at 90 %: the panel says 10 held out, as the trainer holds out."""
    y = np.arange(20) % 10
    path = tmp_path / "twenty.npz"
    np.savez(path, x=np.zeros((20, 8, 8, 1), np.float32), y=y)
    session = training_window.training
    data_panel = session.panel.data_panel
    with qtbot.waitSignal(
        data_panel.dataset_changed, timeout=20_000, check_params_cb=lambda d: d is not None
    ):
        data_panel.set_source(str(path))
    session.panel.settings.val_split.setValue(90)
    x = np.zeros((20, 1, 1, 1), np.float32)
    _, y_train, _, y_val = split_validation(x, y, 0.9, np.random.default_rng(0))
    assert (len(y_train), len(y_val)) == (10, 10)
    assert f"train {len(y_train)} · validation {len(y_val)}" in data_panel.info.text()
