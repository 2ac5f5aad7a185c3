"""The PyTorch backend: same loop, same events, weights back in cnnbuilder's layout."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.cli import main
from cnnbuilder.core import backends
from cnnbuilder.core.backends import available_backends, make_engine
from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import MissingExtra, TrainingDiverged
from cnnbuilder.core.spec import (
    ConvSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    TrainingSpec,
)
from cnnbuilder.core.training import TrainControl, build_network, train
from tests.generators import drain

torch = pytest.importorskip("torch")


def _data(m: int = 48, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    y = np.arange(m) % 3
    x = rng.normal(0, 0.3, (m, 6, 6, 1)).astype(np.float32)
    x[np.arange(m), y, y, 0] += 3.0
    x.flags.writeable = False  # as the data sets hand them out
    return Dataset("tiny", x, y.astype(np.int64), x[:9], y[:9].astype(np.int64), ("a", "b", "c"))


SPEC = NetworkSpec(
    input=InputSpec(6, 6, 1),
    layers=(ConvSpec(filters=4, size=3, padding="same"), PoolSpec(), SoftmaxSpec(classes=3)),
)


def test_torch_is_listed_when_installed():
    assert available_backends() == ("numpy", "torch")


def test_same_run_as_numpy_within_float_error():
    runs = {}
    for backend in ("numpy", "torch"):
        config = TrainingSpec(epochs=2, batch_size=8, optimizer="sgd", lr=0.05, backend=backend)
        network = build_network(SPEC, config)
        items, result = drain(train(network, _data(), config))
        runs[backend] = ([getattr(i, "cost", None) for i in items], network.get_weights(), result)
    (costs_np, w_np, r_np), (costs_t, w_t, r_t) = runs["numpy"], runs["torch"]
    np.testing.assert_allclose(costs_t, costs_np, rtol=1e-4)
    for key in w_np:
        np.testing.assert_allclose(w_t[key], w_np[key], rtol=1e-4, atol=1e-5, err_msg=key)
    assert r_t.test_accuracy == r_np.test_accuracy
    assert r_t.iterations == r_np.iterations


def test_stop_keeps_the_weights_trained_so_far():
    config = TrainingSpec(epochs=5, batch_size=4, backend="torch")
    network = build_network(SPEC, config)
    before = network.get_weights()
    control = TrainControl()
    gen = train(network, _data(), config, control)
    for _ in range(3):
        next(gen)
    control.stop()
    _, result = drain(gen)
    assert result.stopped
    assert result.iterations == 3
    assert any(not np.array_equal(before[k], v) for k, v in network.params.items())


def test_divergence_restores_the_last_finite_weights():
    config = TrainingSpec(epochs=20, batch_size=8, optimizer="sgd", lr=1e8, backend="torch")
    network = build_network(SPEC, config)
    with pytest.raises(TrainingDiverged) as info:
        drain(train(network, _data(), config))
    assert info.value.iteration >= 2
    assert all(np.all(np.isfinite(v)) for v in network.params.values())


def test_missing_torch_names_the_extra(monkeypatch):
    monkeypatch.setattr(backends.engine, "available", lambda name: False)
    network = build_network(SPEC, TrainingSpec())
    with pytest.raises(MissingExtra, match=r"pip install 'cnnbuilder\[torch\]'"):
        make_engine(network, "torch", "adam", 0.01)


def test_cli_without_torch_exits_2_with_one_line(monkeypatch, capsys, presets_dir, tmp_path):
    monkeypatch.setattr(backends.engine, "available", lambda name: False)
    out = tmp_path / "w.npz"
    code = main(
        [
            "train",
            str(presets_dir / "digits.cnn.json"),
            "--backend",
            "torch",
            "--save-weights",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert "cnnbuilder[torch]" in err
    assert not out.exists()


def _events(capsys) -> list[dict]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def _shape(events: list[dict]) -> list[tuple[str, tuple[str, ...]]]:
    """The event types and their keys, with consecutive iterations folded into one."""
    shape = [(e["event"], tuple(e)) for e in events]
    return [item for i, item in enumerate(shape) if i == 0 or item != shape[i - 1]]


def test_digits_on_torch_reaches_97_percent_with_the_same_events(capsys, presets_dir, tmp_path):
    net = str(presets_dir / "digits.cnn.json")
    saved = tmp_path / "torch.npz"
    assert (
        main(
            [
                "train",
                net,
                "--backend",
                "torch",
                "--device",
                "cpu",
                "--json",
                "--save-weights",
                str(saved),
            ]
        )
        == 0
    )
    theirs = _events(capsys)
    assert main(["train", net, "--json", "--epochs", "2"]) == 0
    ours = _events(capsys)
    assert _shape(theirs) == _shape(ours[:1]) + _shape(theirs)[1:]  # same keys per event type
    assert {e for e, _ in _shape(theirs)} == {"iteration", "epoch", "done"}
    assert dict(_shape(theirs)) == dict(_shape(ours))
    per_epoch = [e for e in theirs if e["event"] == "iteration" and e["epoch"] == 1]
    assert len(per_epoch) == len([e for e in ours if e["event"] == "iteration" and e["epoch"] == 1])
    done = theirs[-1]
    assert done["epochs"] == 15
    assert done["test_accuracy"] >= 0.97, done
    # The weights came back in cnnbuilder's layout: the NumPy engine predicts with them.
    x = np.load(Path(presets_dir).parent / "data" / "digits.npz")["x_test"]
    np.save(tmp_path / "x.npy", x)
    assert (
        main(
            [
                "predict",
                net,
                "--weights",
                str(saved),
                "--input",
                str(tmp_path / "x.npy"),
                "--output",
                str(tmp_path / "p.npy"),
            ]
        )
        == 0
    )
