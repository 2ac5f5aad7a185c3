"""Small pieces of the training side: time left, durations, the η ladder, messages."""

from __future__ import annotations

import pytest

from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.training import EpochResult, TrainConfig, TrainResult
from cnnbuilder.gui.training.data_panel import sentence, validation_count
from cnnbuilder.gui.training.run_clock import RunClock
from cnnbuilder.gui.training.run_messages import (
    cost_hint,
    divergence_message,
    finish_status,
    run_ending,
)
from cnnbuilder.gui.training.settings_form import ladder_step
from cnnbuilder.gui.training.training_panel import format_time_left
from cnnbuilder.gui.training.worker import RunOutcome


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


def test_validation_count_matches_the_split_rule():
    assert validation_count(1497, 0.1) == 150
    assert validation_count(5, 0.01) == 1  # a positive split holds out at least one
    assert validation_count(100, 0.0) == 0


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


def test_divergence_message_names_iteration_and_a_lower_rate():
    text = divergence_message(TrainingDiverged(12, float("nan")), lr=5.0)
    assert "iteration 12" in text
    assert "η = 5" in text
    assert "0.5" in text
    assert "iteration 11" in text
    assert "initial weights" in divergence_message(TrainingDiverged(1, float("inf")), lr=5.0)


def _ended(epochs_completed: int, iterations: int, stopped: bool) -> RunOutcome:
    result = TrainResult(epochs_completed, iterations, 1.0, 0.8, stopped)
    return RunOutcome(result, None, None, None)


def test_run_ending_says_where_a_stopped_run_stopped():
    assert run_ending(_ended(10, 100, stopped=False), 10, 10) == ""
    assert run_ending(_ended(3, 30, stopped=True), 10, 10) == "stopped after epoch 3 of 10"
    assert run_ending(_ended(3, 37, stopped=True), 10, 10) == (
        "stopped in epoch 4 of 10, after iteration 37"
    )


def test_run_ending_of_a_diverged_run_names_the_iteration_and_the_weights():
    diverged = RunOutcome(None, TrainingDiverged(57, float("nan")), None, None)
    assert run_ending(diverged, 10, 10) == (
        "diverged at iteration 57; weights of the last finite cost (iteration 56)"
    )
    first = RunOutcome(None, TrainingDiverged(1, float("inf")), None, None)
    assert run_ending(first, 10, 10) == "diverged at iteration 1; the initial weights"


def _epoch_cost(cost: float) -> tuple[EpochResult, ...]:
    return (EpochResult(1, cost, 0.1, None, 1.0, 100.0),)


def test_a_cost_far_above_guessing_gets_a_hint_about_the_learning_rate():
    assert cost_hint(_epoch_cost(0.4), 1e6, 10) == ""
    assert cost_hint(_epoch_cost(20.0), 1e6, 10) == ""  # below 10 · ln(10) ≈ 23
    hint = cost_hint(_epoch_cost(4e26), 1e6, 10)
    assert "ln(10) ≈ 2.3" in hint
    assert "η = 1e+06 is probably too large" in hint
    assert cost_hint((), 1e6, 10) == ""


def test_finish_status_adds_the_hint_as_a_warning_not_an_error():
    config = TrainConfig(epochs=1, lr=1e6)
    good = TrainResult(1, 40, 2.0, 0.9, False, _epoch_cost(0.3))
    assert finish_status(good, config, 10)[1] == "good"
    bad = TrainResult(1, 40, 2.0, 0.1, False, _epoch_cost(4e26))
    text, kind = finish_status(bad, config, 10)
    assert text.startswith("Finished 1 epochs")
    assert "probably too large" in text
    assert kind == "warn"


def test_sentence_keeps_file_names():
    assert sentence("the data is 8×8×1") == "The data is 8×8×1."
    assert sentence("broken.npz: not readable.", "/data/broken.npz") == "broken.npz: not readable."
    assert sentence("b: c", "b.npz") == "B: c."
