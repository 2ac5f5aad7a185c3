"""A training run as one value: what it holds and how its outcome is judged."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.run import Outcome, RunRecorder, judge, suggested_lr
from cnnbuilder.core.spec import ConvSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.core.training import EpochResult, TrainingSpec, build_network, train
from tests.generators import drain


def _data(m: int = 40, classes: int = 3) -> Dataset:
    rng = np.random.default_rng(0)
    y = np.arange(m) % classes
    x = rng.normal(0, 0.3, (m, 6, 6, 1)).astype(np.float32)
    x[np.arange(m), y, y, 0] += 3.0
    return Dataset("tiny", x, y, x[:9].copy(), y[:9].copy(), ("a", "b", "c"))


SPEC = NetworkSpec(
    input=InputSpec(6, 6, 1),
    layers=(ConvSpec(filters=4, size=3, padding="same"), PoolSpec(), SoftmaxSpec(classes=3)),
)


def _record(
    settings: TrainingSpec,
    data: Dataset | None = None,
    spec: NetworkSpec = SPEC,
    source: str = "tiny",
):
    """Train ``spec`` as the window does, recording the run; return it and the network."""
    data = data or _data()
    network = build_network(spec, settings)
    recorder = RunRecorder(spec, data, source, settings)
    try:
        _, result = drain(train(network, data, settings), lambda step: recorder.add(step, network))
    except TrainingDiverged as exc:
        return recorder.finish(network, None, exc), network
    return recorder.finish(network, result), network


def test_a_run_holds_its_network_data_settings_weights_and_curves():
    settings = TrainingSpec(epochs=4, batch_size=8, lr=0.01, val_split=0.25, seed=3)
    run, network = _record(settings)
    assert run.outcome is Outcome.FINISHED
    assert run.spec == SPEC
    assert run.settings == settings
    assert run.data.input_shape == (6, 6, 1)
    assert run.data.class_names == ("a", "b", "c")
    assert (run.data.train_size, run.data.val_size, run.data.test_size) == (30, 10, 9)
    assert run.costs.shape == (run.iterations, 2)
    assert [e.epoch for e in run.epochs] == [1, 2, 3, 4]
    assert run.best_weights is not None
    assert run.best_val_accuracy == max(e.val_accuracy for e in run.epochs)
    for key, value in network.params.items():
        np.testing.assert_array_equal(run.weights[key], value)
        assert run.weights[key] is not value  # a copy: later training cannot reach it
    # The run's own network answers as the trained one did.
    x = _data().x_test
    np.testing.assert_array_equal(run.network.predict(x), network.predict(x))
    assert run.test_accuracy == pytest.approx(np.mean(run.test_predictions == _data().y_test))
    assert run.seconds > 0
    assert run.started > 1e9


def test_a_diverged_run_is_judged_diverged():
    run, _ = _record(TrainingSpec(epochs=20, batch_size=8, optimizer="sgd", lr=1e8))
    assert run.outcome is Outcome.DIVERGED
    assert run.diverged is not None
    assert run.stopped


def _epoch(cost: float, accuracy: float, val: float | None = None) -> EpochResult:
    return EpochResult(1, cost, accuracy, val, 1.0, 1.0)


@pytest.mark.parametrize(
    ("first_cost", "epoch", "expected"),
    [
        (2.3, _epoch(0.3, 0.95, 0.93), Outcome.FINISHED),
        (2.3, _epoch(2.5, 0.90, 0.90), Outcome.DID_NOT_LEARN),  # cost ended above its start
        (2.3, _epoch(2.2, 0.90, 0.15), Outcome.DID_NOT_LEARN),  # validation at chance (≤ 0.15)
        (2.3, _epoch(2.2, 0.12, None), Outcome.DID_NOT_LEARN),  # training at chance, no val
        (2.3, _epoch(float("nan"), 0.5, 0.5), Outcome.DID_NOT_LEARN),
    ],
)
def test_judging_a_run_that_ran_its_epochs(first_cost, epoch, expected):
    costs = np.array([[1, first_cost], [2, 1.0]])
    assert judge(costs, (epoch,), 10, stopped=False, diverged=False) is expected


def test_a_stopped_run_without_an_epoch_is_only_stopped():
    costs = np.array([[1, 2.3], [2, 9.0]])
    assert judge(costs, (), 10, stopped=True, diverged=False) is Outcome.STOPPED
    assert judge(costs, (), 10, stopped=True, diverged=True) is Outcome.DIVERGED
    assert not Outcome.DID_NOT_LEARN.is_success


def test_adam_with_a_huge_rate_on_the_digits_is_never_a_success(presets_dir):
    from cnnbuilder.core.datasets import load_dataset
    from cnnbuilder.core.fileio import load_spec

    spec = load_spec(presets_dir / "digits.cnn.json")
    data = load_dataset("digits")
    settings = TrainingSpec(epochs=1, batch_size=32, optimizer="adam", lr=50)
    run, _ = _record(settings, data, spec, "digits")
    assert run.outcome in (Outcome.DID_NOT_LEARN, Outcome.DIVERGED)
    assert suggested_lr(50, "adam") == 0.01


def _epoch(n: int, val: float) -> EpochResult:
    return EpochResult(n, 1.0 / n, val, val, 0.1, 100.0)


def _network(scale: float):
    network = build_network(SPEC, TrainingSpec())
    network.set_weights({key: np.full_like(w, scale) for key, w in network.get_weights().items()})
    return network


@pytest.mark.parametrize(
    ("vals", "best_epoch", "differs"),
    [
        ((0.5, 0.9, 0.7), 2, True),  # went on after its best epoch: the weights differ
        ((0.5, 0.7, 0.9), 3, False),  # best at the end: the same weights
        ((0.5, 0.9, 0.9), 2, True),  # a tie keeps the first epoch that reached it
    ],
)
def test_the_best_epoch_and_whether_its_weights_differ(vals, best_epoch, differs):
    recorder = RunRecorder(SPEC, _data(), "tiny", TrainingSpec(epochs=3))
    for n, val in enumerate(vals, start=1):
        recorder.add(_epoch(n, val), _network(float(n)))
    run = recorder.finish(_network(3.0), None)
    assert run.best_epoch == best_epoch
    assert run.best_val_accuracy == max(vals)
    assert run.best_differs is differs
    best = run.best_network.get_weights()
    for value in best.values():
        assert np.all(value == best_epoch)  # the weights after the best epoch
    assert run.network.get_weights()["layer0.W"][0, 0, 0, 0] == 3.0


def test_without_validation_there_are_no_best_weights():
    recorder = RunRecorder(SPEC, _data(), "tiny", TrainingSpec(epochs=1, val_split=0.0))
    recorder.add(EpochResult(1, 1.0, 0.5, None, 0.1, 100.0), _network(1.0))
    run = recorder.finish(_network(2.0), None)
    assert run.best_epoch is None
    assert run.best_network is None
    assert not run.best_differs
