from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import replace
from types import SimpleNamespace
from typing import Any

import numpy as np
import pytest

from cnnbuilder.core import training
from cnnbuilder.core.datasets import Dataset, load_dataset, split_validation
from cnnbuilder.core.errors import DataError, MemoryBudgetError, TrainingDiverged
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.spec import (
    ConvSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    TrainingSpec,
)
from cnnbuilder.core.training import (
    EpochResult,
    IterationResult,
    TrainControl,
    build_network,
    run_settings,
    train,
)
from tests.generators import drain


def _tiny_data(m=40, seed=0, classes=3) -> Dataset:
    rng = np.random.default_rng(seed)
    y = np.arange(m) % classes
    x = rng.normal(0, 0.3, (m, 6, 6, 1)).astype(np.float32)
    x[np.arange(m), y, y, 0] += 3.0  # a learnable mark per class
    return Dataset(
        "tiny",
        x,
        y.astype(np.int64),
        x[:9].copy(),
        y[:9].astype(np.int64),
        tuple(f"c{i}" for i in range(classes)),
    )


def _tiny_spec(classes=3) -> NetworkSpec:
    return NetworkSpec(
        input=InputSpec(6, 6, 1),
        layers=(
            ConvSpec(filters=4, size=3, padding="same"),
            PoolSpec(),
            SoftmaxSpec(classes=classes),
        ),
    )


def test_overfits_a_tiny_batch():
    data = _tiny_data(m=20)
    config = TrainingSpec(epochs=150, batch_size=20, lr=0.01, val_split=0, seed=1)
    network = build_network(_tiny_spec(), config)
    items, result = drain(train(network, data, config))
    costs = [i.cost for i in items if isinstance(i, IterationResult)]
    assert costs[0] > 0.5
    assert costs[-1] < 0.02
    assert result.history[-1].train_accuracy == 1.0
    assert result.test_accuracy == 1.0


def test_the_same_seed_gives_the_same_run_and_another_seed_does_not():
    def costs(seed):
        config = TrainingSpec(epochs=2, batch_size=8, seed=seed)
        items, _ = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
        return [i.cost for i in items if isinstance(i, IterationResult)]

    assert costs(3) == costs(3)
    assert costs(3) != costs(4)


def test_events_counters_and_epoch_results():
    config = TrainingSpec(epochs=3, batch_size=16, val_split=0.25)
    items, result = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    iterations = [i for i in items if isinstance(i, IterationResult)]
    epochs = [i for i in items if isinstance(i, EpochResult)]
    # 40 samples, 10 for validation: 30 train -> 2 batches of 16 per epoch
    assert [i.iteration for i in iterations] == [1, 2, 3, 4, 5, 6]
    assert {i.batches_per_epoch for i in iterations} == {2}
    assert [e.epoch for e in epochs] == [1, 2, 3]
    for epoch in epochs:
        assert 0 <= epoch.train_accuracy <= 1
        assert epoch.val_accuracy is not None
        assert epoch.seconds > 0
        assert epoch.samples_per_second == pytest.approx(30 / epoch.seconds)
    assert result.epochs_completed == 3
    assert result.iterations == 6
    assert not result.stopped


def test_no_validation_split_and_no_shuffle():
    config = TrainingSpec(epochs=1, batch_size=40, val_split=0, shuffle=False)
    items, _ = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    assert items[-1].val_accuracy is None


def test_stop_is_honoured_before_the_next_batch():
    config = TrainingSpec(epochs=5, batch_size=4)
    control = TrainControl()
    gen = train(build_network(_tiny_spec(), config), _tiny_data(), config, control)
    first = next(gen)
    control.stop()
    items, result = drain(gen)
    assert first.iteration == 1
    assert items == []
    assert result.stopped
    assert result.iterations == 1


def test_pause_holds_the_run_until_resumed():
    config = TrainingSpec(epochs=1, batch_size=4)
    control = TrainControl()
    gen = train(build_network(_tiny_spec(), config), _tiny_data(), config, control)
    next(gen)
    control.pause()
    done = threading.Event()
    thread = threading.Thread(target=lambda: (next(gen), done.set()))
    thread.start()
    assert not done.wait(0.3)
    control.resume()
    assert done.wait(5)
    thread.join()


def test_divergence_names_the_iteration_and_restores_finite_weights():
    config = TrainingSpec(epochs=20, batch_size=8, optimizer="sgd", lr=1e8)
    network = build_network(_tiny_spec(), config)
    with pytest.raises(TrainingDiverged) as info:
        drain(train(network, _tiny_data(), config))
    assert info.value.iteration >= 2
    assert "lower learning rate" in str(info.value)
    assert all(np.all(np.isfinite(v)) for v in network.params.values())


def test_divergence_restores_the_weights_of_the_last_finite_cost(monkeypatch):
    """Not just finite: exactly the weights the last finite iteration started from."""
    config = TrainingSpec(epochs=20, batch_size=8, optimizer="sgd", lr=1e3)
    network = build_network(_tiny_spec(), config)
    seen: list[dict[str, np.ndarray]] = []  # the weights each iteration starts from
    real = network.loss_and_grads

    def spy(x, y, *rest):
        seen.append(network.get_weights())
        return real(x, y, *rest)

    monkeypatch.setattr(network, "loss_and_grads", spy)
    with pytest.raises(TrainingDiverged) as info:
        drain(train(network, _tiny_data(), config))
    k = info.value.iteration
    assert k >= 2
    expected, diverging = seen[k - 2], seen[k - 1]
    for key, value in network.params.items():
        np.testing.assert_array_equal(value, expected[key])
    assert any(not np.array_equal(expected[key], diverging[key]) for key in expected)


def test_data_that_does_not_fit_is_refused_with_both_shapes():
    config = TrainingSpec(epochs=1)
    network = build_network(_tiny_spec(), config)
    data = _tiny_data()
    wrong = replace(data, x=np.zeros((40, 8, 8, 1), np.float32))
    with pytest.raises(DataError, match=r"8×8×1.*6×6×1"):
        next(train(network, wrong, config))


def test_huge_network_is_refused_before_allocating():
    spec = NetworkSpec(
        input=InputSpec(1024, 1024, 3),
        layers=(ConvSpec(filters=256, size=3, padding="same"), SoftmaxSpec()),
    )
    with pytest.raises(MemoryBudgetError, match=r"needs about \d+\.\d GiB"):
        build_network(spec, TrainingSpec(batch_size=64))


def test_bad_settings_are_named():
    with pytest.raises(ValueError, match="learning rate"):
        build_network(_tiny_spec(), TrainingSpec(lr=0))
    assert "epochs" in TrainingSpec(epochs=0).invalid_reason()


def test_config_from_file_with_overrides(presets_dir):
    spec = load_spec(presets_dir / "digits.cnn.json")
    config = run_settings(spec.training, epochs=2, lr=None)
    assert config.epochs == 2
    assert config.lr == spec.training.lr


def test_digits_preset_reaches_97_percent(presets_dir):
    spec = load_spec(presets_dir / "digits.cnn.json")
    config = run_settings(spec.training)
    data = load_dataset("digits")
    # No wall-clock limit: speed is benchmarked (benchmarks/), and a hang is
    # caught by pytest's faulthandler_timeout, which dumps the stacks.
    _, result = drain(train(build_network(spec, config), data, config))
    assert result.test_accuracy >= 0.97, result.test_accuracy


class _Clock:
    """A stand-in for ``time.perf_counter`` that moves only when told to."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class _Recorder:
    """The real engine of a run, recording its settings and batches on a fake clock.

    Each step takes ``step_seconds`` of the clock; ``before_step(k)`` runs before step k.
    """

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.clock = _Clock()
        self.step_seconds = 2.0
        self.before_step: Callable[[int], None] = lambda k: None
        self.settings: tuple[object, ...] = ()
        self.batches: list[np.ndarray] = []
        self.engine: Any = None
        monkeypatch.setattr(training, "time", SimpleNamespace(perf_counter=self.clock))
        real = training.make_engine

        def make(network, backend, optimizer, lr, *device):
            self.settings = (backend, optimizer, lr, *device)
            self.engine = real(network, backend, optimizer, lr, *device)
            return self

        monkeypatch.setattr(training, "make_engine", make)

    def step(self, x, y, should_stop=None):
        self.batches.append(x.copy())
        self.before_step(len(self.batches))
        cost = self.engine.step(x, y, should_stop)
        self.clock.now += self.step_seconds
        return cost

    def predict(self, x):
        return self.engine.predict(x)

    def sync(self):
        self.engine.sync()


@pytest.fixture
def recorder(monkeypatch) -> _Recorder:
    return _Recorder(monkeypatch)


def test_settings_come_from_the_file_then_the_given_overrides():
    assert run_settings(None) == TrainingSpec()
    assert run_settings(None, epochs=2, lr=None) == TrainingSpec(epochs=2)
    in_file = TrainingSpec(lr=0.5, seed=4)
    assert run_settings(in_file, batch_size=7, seed=None) == TrainingSpec(
        lr=0.5, seed=4, batch_size=7
    )


@pytest.mark.parametrize("shuffle", [True, False])
def test_batches_follow_the_seeded_order_of_the_training_part(recorder, shuffle):
    data = _tiny_data()
    config = TrainingSpec(epochs=2, batch_size=8, val_split=0.25, seed=5, shuffle=shuffle)
    drain(train(build_network(_tiny_spec(), config), data, config))
    x_train = split_validation(data.x, data.y, 0.25, np.random.default_rng([5, 1]))[0]
    order = np.random.default_rng([5, 2])
    expected = []
    for _ in range(2):
        index = order.permutation(30) if shuffle else np.arange(30)
        expected += [x_train[index[k : k + 8]] for k in range(0, 30, 8)]
    assert len(recorder.batches) == len(expected) == 8  # 30 samples: 8, 8, 8, 6
    for got, want in zip(recorder.batches, expected, strict=True):
        np.testing.assert_array_equal(got, want)


def test_the_run_settings_reach_the_engine(recorder):
    config = TrainingSpec(epochs=1, optimizer="momentum", lr=0.05, device="cpu")
    drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    assert recorder.settings == ("numpy", "momentum", 0.05, "cpu")


class _PauseOnce(TrainControl):
    """Reports a pause of ``seconds`` (on the fake clock) before the ``at``-th batch."""

    def __init__(self, clock: _Clock, at: int, seconds: float) -> None:
        super().__init__()
        self.clock, self.at, self.seconds, self.asked = clock, at, seconds, 0

    def wait_while_paused(self) -> float:
        self.asked += 1
        if self.asked != self.at:
            return 0.0
        self.clock.now += self.seconds
        return self.seconds


def test_times_count_the_steps_and_leave_out_pauses(recorder):
    config = TrainingSpec(epochs=3, batch_size=16, val_split=0.25)
    control = _PauseOnce(recorder.clock, at=2, seconds=5.0)
    items, result = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config, control))
    epochs = [i for i in items if isinstance(i, EpochResult)]
    assert [e.seconds for e in epochs] == [4.0, 4.0, 4.0]  # 2 steps of 2 s each
    assert [e.samples_per_second for e in epochs] == [7.5, 7.5, 7.5]  # 30 samples in 4 s
    assert result.seconds == 12.0  # 17 s on the clock, 5 of them paused
    batches = [
        (i.epoch, i.batch, i.batches_per_epoch) for i in items if isinstance(i, IterationResult)
    ]
    assert batches == [(1, 1, 2), (1, 2, 2), (2, 1, 2), (2, 2, 2), (3, 1, 2), (3, 2, 2)]
    assert result.stopped is False


def test_an_epoch_that_took_no_time_has_no_speed(recorder):
    recorder.step_seconds = 0.0
    config = TrainingSpec(epochs=1, batch_size=16)
    items, _ = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    assert (items[-1].seconds, items[-1].samples_per_second) == (0.0, 0.0)


def test_an_epoch_cost_is_the_mean_of_its_batch_costs():
    config = TrainingSpec(epochs=2, batch_size=16, val_split=0)
    items, _ = drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    costs = [i.cost for i in items if isinstance(i, IterationResult)]
    epochs = [i for i in items if isinstance(i, EpochResult)]
    assert len(costs) == 6
    assert epochs[0].cost == pytest.approx(np.mean(costs[:3]), rel=1e-12)
    assert epochs[1].cost == pytest.approx(np.mean(costs[3:]), rel=1e-12)


def test_a_stop_inside_a_step_drops_that_step(recorder):
    config = TrainingSpec(epochs=2, batch_size=8)
    control = TrainControl()
    network = build_network(_tiny_spec(), config)
    after_first: dict[str, np.ndarray] = {}

    def before(k: int) -> None:
        if k == 2:
            after_first.update(network.get_weights())
            control.stop()  # the engine asks between layers: this step never finishes

    recorder.before_step = before
    items, result = drain(train(network, _tiny_data(), config, control))
    assert len(items) == 1
    assert (result.stopped, result.iterations, result.epochs_completed) == (True, 1, 0)
    for key, value in after_first.items():
        np.testing.assert_array_equal(network.params[key], value)


@pytest.mark.parametrize("test_size", [None, 0])
def test_no_test_accuracy_without_test_images(test_size):
    data = _tiny_data()
    if test_size is None:
        data = replace(data, x_test=None, y_test=None)
    else:
        data = replace(data, x_test=data.x[:0], y_test=data.y[:0])
    config = TrainingSpec(epochs=1)
    _, result = drain(train(build_network(_tiny_spec(), config), data, config))
    assert result.test_accuracy is None


def test_data_with_more_classes_than_outputs_is_refused():
    config = TrainingSpec(epochs=1)
    network = build_network(_tiny_spec(classes=3), config)
    with pytest.raises(DataError) as caught:
        next(train(network, _tiny_data(classes=4), config))
    assert str(caught.value) == "the data has 4 classes but the Softmax layer has 3 outputs"


def test_a_diverged_run_says_which_cost():
    config = TrainingSpec(epochs=20, batch_size=8, optimizer="sgd", lr=1e8)
    with pytest.raises(TrainingDiverged) as info:
        drain(train(build_network(_tiny_spec(), config), _tiny_data(), config))
    assert not math.isfinite(info.value.cost)
    assert f"the cost became {info.value.cost} at iteration" in str(info.value)


def test_waiting_while_paused_is_measured():
    control = TrainControl()
    assert control.wait_while_paused() == 0.0
    control.pause()
    timer = threading.Timer(0.2, control.resume)
    timer.start()
    waited = control.wait_while_paused()
    timer.join()
    assert 0.15 <= waited < 10.0
