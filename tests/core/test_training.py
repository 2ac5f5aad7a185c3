from __future__ import annotations

import threading
from dataclasses import replace

import numpy as np
import pytest

from cnnbuilder.core.datasets import Dataset, load_dataset
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
