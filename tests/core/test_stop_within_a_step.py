"""A stop is honoured between two layers of a mini-batch, not only between mini-batches."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import StepInterrupted
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import IterationResult, TrainControl, train

LATENCY = 0.2  # seconds from the request to the end of the run


def _data(m: int) -> Dataset:
    rng = np.random.default_rng(0)
    x = rng.random((m, 8, 8, 1), dtype=np.float32)
    y = rng.integers(0, 10, m).astype(np.int64)
    return Dataset("random", x, y, None, None, tuple(str(c) for c in range(10)))


def test_a_stop_inside_a_step_raises_before_any_change(slow_spec):
    network = Network.from_spec(slow_spec, np.random.default_rng(0))
    before = network.get_weights()
    grads = {k: v.copy() for k, v in network.grads.items()}
    data = _data(4)
    asked = []

    def should_stop() -> bool:
        asked.append(time.perf_counter())
        return len(asked) > 10  # in the middle of the forward pass

    with pytest.raises(StepInterrupted):
        network.loss_and_grads(data.x, data.y, should_stop)
    assert len(asked) == 11
    for key, value in before.items():
        np.testing.assert_array_equal(network.params[key], value)
        np.testing.assert_array_equal(network.grads[key], grads[key])


def test_training_stops_within_0_2_s_of_a_request_in_a_2_s_step(slow_spec):
    network = Network.from_spec(slow_spec, np.random.default_rng(0))
    control = TrainControl()
    config = TrainingSpec(epochs=1, batch_size=4, val_split=0, shuffle=False)
    run = train(network, _data(12), config, control)
    first = next(run)  # one whole mini-batch
    assert isinstance(first, IterationResult)
    after_first = network.get_weights()
    ended: dict[str, object] = {}

    def finish() -> None:
        tick = time.perf_counter()
        try:
            next(run)
        except StopIteration as stop:
            ended["result"] = stop.value
        ended["step"] = time.perf_counter() - tick
        ended["at"] = time.perf_counter()

    thread = threading.Thread(target=finish)
    thread.start()
    time.sleep(1.0)  # well inside the second mini-batch
    asked = time.perf_counter()
    control.stop()
    thread.join(timeout=10)
    assert not thread.is_alive()
    latency = ended["at"] - asked
    assert latency <= LATENCY, f"the run ended {latency:.3f} s after the stop request"
    result = ended["result"]
    assert result.stopped
    assert result.iterations == 1
    for key, value in after_first.items():  # the interrupted step changed nothing
        np.testing.assert_array_equal(network.params[key], value)


def test_a_whole_step_of_this_network_takes_2_s(slow_spec):
    """The network of the test above really has a mini-batch of 2 s or more."""
    network = Network.from_spec(slow_spec, np.random.default_rng(0))
    data = _data(4)
    tick = time.perf_counter()
    network.loss_and_grads(data.x, data.y, lambda: False)
    assert time.perf_counter() - tick >= 2.0
