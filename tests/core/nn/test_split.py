"""When a batch is split over two threads, and the BLAS thread switch."""

from __future__ import annotations

import os
import pickle
import threading

import numpy as np
import pytest

from cnnbuilder.core.nn import blas, split
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.split import (
    SPLIT_MIN_ACTIVATIONS,
    BatchSplitter,
    activations_per_sample,
    should_split,
)
from cnnbuilder.core.spec import ConvSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec

can_split = blas.available() and (os.cpu_count() or 1) >= 2


def _activations(size: int, filters: int) -> int:
    return activations_per_sample(_net(size, filters).layers)


def _net(size: int, filters: int) -> Network:
    spec = NetworkSpec(
        name="s",
        input=InputSpec(size, size, 3),
        layers=(ConvSpec(filters=filters, size=3), PoolSpec(), SoftmaxSpec(classes=2)),
    )
    return Network.from_spec(spec, np.random.default_rng(0))


@pytest.mark.skipif(not can_split, reason="needs two cores and NumPy's OpenBLAS")
def test_large_activations_split_small_ones_do_not():
    assert should_split(_activations(32, 8), 64)
    assert not should_split(_activations(8, 8), 64)
    assert not should_split(_activations(32, 8), 8)  # halves too small


@pytest.mark.skipif(not blas.available(), reason="needs NumPy's OpenBLAS")
def test_blas_threads_are_restored():
    before = blas.current_threads()
    with blas.blas_threads(1):
        assert blas.current_threads() == 1
    assert blas.current_threads() == before


def test_split_thresholds_on_two_cores(monkeypatch):
    monkeypatch.setattr(split, "_two_cores", lambda: True)
    assert should_split(10**6, 16)
    assert not should_split(10**6, 15)  # halves of fewer than 8 samples
    assert should_split(SPLIT_MIN_ACTIVATIONS // 16, 16)  # exactly the threshold
    assert not should_split(SPLIT_MIN_ACTIVATIONS // 16 - 1, 16)
    monkeypatch.setattr(split, "_two_cores", lambda: False)
    assert not should_split(10**6, 64)


def _recording_part(calls: list[dict]):
    """A stand-in pass that records its arguments and returns its slice's size."""

    def part(x, y, m_total, ws, should_stop):
        calls.append(
            {
                "m": len(x),
                "m_total": m_total,
                "ws": ws,
                "stop": should_stop,
                "main": threading.current_thread() is threading.main_thread(),
                "thread": threading.current_thread().name,
                "blas": blas.current_threads(),
            }
        )
        return float(len(x)), {"w": np.full(2, float(len(x)))}

    return part


def _run(split_value, m, activations=1):
    calls: list[dict] = []
    splitter = BatchSplitter(_recording_part(calls), activations)
    splitter.split = split_value
    out = {"w": np.zeros(2)}

    def stop() -> bool:
        return False

    loss = splitter.loss_and_grads(np.zeros((m, 1)), np.zeros(m, int), out, stop)
    assert loss == m  # the halves' losses add up
    np.testing.assert_array_equal(out["w"], m)  # and so do their gradients
    for call in calls:
        assert call["m_total"] == m
        assert call["stop"] is stop
    return splitter, calls


def test_one_pass_runs_the_whole_batch_on_the_first_buffers():
    splitter, calls = _run(False, 9)
    assert [(c["m"], c["ws"], c["main"]) for c in calls] == [(9, splitter.workspaces[0], True)]


def test_two_halves_run_in_two_threads_on_their_own_buffers():
    splitter, calls = _run(True, 9)
    halves = sorted(
        (c["m"], c["main"], c["ws"] is splitter.workspaces[c["main"] is False]) for c in calls
    )
    assert halves == [(4, True, True), (5, False, True)]
    # The helper thread says whose it is in a profiler or a faulthandler dump.
    assert [c["thread"].startswith("cnnbuilder-half") for c in calls if not c["main"]] == [True]
    if blas.available():
        assert [c["blas"] for c in calls] == [1, 1]  # one BLAS thread per half


def test_two_samples_split_one_does_not():
    assert len(_run(True, 2)[1]) == 2
    assert len(_run(True, 1)[1]) == 1


def test_undecided_splitting_asks_once_per_batch_size(monkeypatch):
    asked = []

    def decide(activations, batch):
        asked.append((activations, batch))
        return batch == 20

    monkeypatch.setattr(split, "should_split", decide)
    _, calls = _run(None, 20, activations=7)
    assert len(calls) == 2
    _, calls = _run(None, 12, activations=7)
    assert len(calls) == 1
    calls: list[dict] = []
    splitter = BatchSplitter(_recording_part(calls), 7)
    for _ in range(3):
        splitter.loss_and_grads(np.zeros((20, 1)), np.zeros(20, int), {"w": np.zeros(2)})
    assert asked == [(7, 20), (7, 12), (7, 20)]
    assert len(calls) == 6


def test_a_pickled_network_leaves_its_buffers_behind():
    net = _net(16, 8)
    net.split_batches = True
    before = len(pickle.dumps(net))
    x = np.random.default_rng(0).standard_normal((16, 16, 16, 3)).astype(np.float32)
    net.loss_and_grads(x, np.arange(16) % 2)
    assert len(pickle.dumps(net)) < before + 1000
