"""The worker and its controller: a run on a background thread, coalesced signals, stop."""

from __future__ import annotations

import ast
import inspect
import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

import cnnbuilder.gui.training.worker as worker_module
from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.run import Outcome, Progress, Run, RunRecorder
from cnnbuilder.core.spec import ConvSpec, InputSpec, NetworkSpec, SoftmaxSpec, TrainingSpec
from cnnbuilder.core.training import build_network
from cnnbuilder.gui.training.controller import TrainingController
from cnnbuilder.gui.training.worker import EMIT_INTERVAL


@pytest.fixture
def controller(qtbot):
    ctrl = TrainingController()
    yield ctrl
    ctrl.shutdown()


def _collect(controller) -> list[Progress]:
    packets: list[Progress] = []
    controller.progressed.connect(packets.append)
    return packets


def _start(controller, spec, data, **config) -> None:
    cfg = TrainingSpec(**{"epochs": 1, "batch_size": 64, **config})
    controller.start(build_network(spec, cfg), data, _recorder(spec, data, cfg))


def _recorder(spec, data, cfg) -> RunRecorder:
    return RunRecorder(spec, data, data.name, cfg)


def test_run_finishes_with_every_iteration_and_predictions(qtbot, controller, tiny_spec, digits):
    packets = _collect(controller)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        blocker.connect(controller.failed)
        _start(controller, tiny_spec, digits, epochs=2)
    outcome = blocker.args[0]
    assert isinstance(outcome, Run)
    assert not outcome.stopped
    rows = np.concatenate([p.costs for p in packets])
    # Every iteration arrives exactly once, in order, and the run holds them all.
    assert rows[:, 0].tolist() == list(range(1, outcome.iterations + 1))
    assert np.array_equal(outcome.costs, rows)
    assert [e.epoch for p in packets for e in p.epochs] == [1, 2]
    assert outcome.test_predictions.shape == digits.y_test.shape
    accuracy = np.mean(outcome.test_predictions == digits.y_test)
    assert accuracy == pytest.approx(outcome.test_accuracy)
    qtbot.waitUntil(lambda: not controller.running, timeout=5_000)


def test_worker_runs_on_its_own_thread_and_signals_arrive_in_the_gui_thread(
    qtbot, controller, tiny_spec, digits, monkeypatch
):
    threads: list[int] = []
    real_train = worker_module.train

    def spy(*args, **kwargs):
        threads.append(threading.get_ident())
        return real_train(*args, **kwargs)

    monkeypatch.setattr(worker_module, "train", spy)
    slot_threads: list[bool] = []
    controller.progressed.connect(
        lambda _p: slot_threads.append(QThread.currentThread() is QApplication.instance().thread())
    )
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        blocker.connect(controller.failed)
        _start(controller, tiny_spec, digits)
    assert threads
    assert threads[0] != threading.get_ident()
    assert slot_threads
    assert all(slot_threads)


def test_worker_module_never_touches_widgets():
    tree = ast.parse(inspect.getsource(worker_module))
    imported = {
        node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module
    }
    assert not any("QtWidgets" in name or "QtGui" in name for name in imported)
    assert "pyqtgraph" not in imported


def test_emit_rate_is_bounded_with_many_tiny_batches(qtbot, controller, tiny_spec, digits):
    packets = _collect(controller)
    start = time.perf_counter()
    with qtbot.waitSignal(controller.finished, timeout=60_000) as blocker:
        blocker.connect(controller.failed)
        _start(controller, tiny_spec, digits, epochs=2, batch_size=1)
    seconds = time.perf_counter() - start
    iterations = blocker.args[0].iterations
    assert iterations > 2000
    # At most one signal per EMIT_INTERVAL (plus the final flush), whatever the batch count.
    assert len(packets) <= seconds / EMIT_INTERVAL + 2
    assert sum(len(p.costs) for p in packets) == iterations
    assert len(packets) < iterations / 10  # costs really were coalesced


def test_stop_ends_the_run_within_a_second_and_keeps_the_weights(
    qtbot, controller, tiny_spec, digits
):
    cfg = TrainingSpec(epochs=500, batch_size=8)
    network = build_network(tiny_spec, cfg)
    initial = network.get_weights()
    with qtbot.waitSignal(controller.progressed, timeout=30_000):
        controller.start(network, digits, _recorder(tiny_spec, digits, cfg))
    with qtbot.waitSignal(controller.finished, timeout=1_000) as blocker:
        controller.stop()
    outcome = blocker.args[0]
    assert outcome.stopped
    assert outcome.epochs_completed < 500
    trained = outcome.network.get_weights()
    assert any(not np.array_equal(initial[k], trained[k]) for k in initial)
    qtbot.waitUntil(lambda: not controller.running, timeout=2_000)


def test_pause_holds_the_run_and_resume_continues(qtbot, controller, tiny_spec, digits):
    packets = _collect(controller)
    cfg = TrainingSpec(epochs=3, batch_size=8)
    with qtbot.waitSignal(controller.progressed, timeout=30_000):
        controller.start(build_network(tiny_spec, cfg), digits, _recorder(tiny_spec, digits, cfg))
    with qtbot.waitSignal(controller.paused_changed):
        controller.pause()
    assert controller.paused
    qtbot.wait(300)  # one mini-batch in flight may still arrive
    seen = sum(len(p.costs) for p in packets)
    qtbot.wait(400)
    assert sum(len(p.costs) for p in packets) == seen
    assert controller.running
    with qtbot.waitSignal(controller.finished, timeout=60_000) as blocker:
        blocker.connect(controller.failed)
        controller.resume()
    assert not blocker.args[0].stopped
    assert sum(len(p.costs) for p in packets) > seen


def test_a_pause_shows_the_costs_before_it_at_once(
    qtbot, controller, tiny_spec, digits, monkeypatch
):
    """While paused the window shows what came before the pause, not after Resume."""
    monkeypatch.setattr(worker_module, "EMIT_INTERVAL", 3600.0)  # no timed flush at all
    started = threading.Event()
    real_train = worker_module.train

    def counting(*args, **kwargs):
        for n, item in enumerate(real_train(*args, **kwargs)):
            if n == 3:
                started.set()
            yield item

    monkeypatch.setattr(worker_module, "train", counting)
    packets = _collect(controller)
    cfg = TrainingSpec(epochs=3, batch_size=8)
    controller.start(build_network(tiny_spec, cfg), digits, _recorder(tiny_spec, digits, cfg))
    assert started.wait(10)  # some mini-batches done, none reported (the interval is an hour)
    controller.pause()
    qtbot.waitUntil(lambda: sum(len(p.costs) for p in packets) > 0, timeout=5_000)
    assert controller.paused
    assert controller.running
    controller.stop()
    qtbot.waitUntil(lambda: not controller.running, timeout=5_000)


def test_divergence_keeps_last_finite_weights(qtbot, controller, presets_dir, digits):
    spec = load_spec(presets_dir / "digits.cnn.json")
    cfg = TrainingSpec(epochs=3, batch_size=32, optimizer="sgd", lr=1e8)
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        blocker.connect(controller.failed)
        controller.start(build_network(spec, cfg), digits, _recorder(spec, digits, cfg))
    outcome = blocker.args[0]
    assert outcome.diverged is not None
    assert outcome.outcome is Outcome.DIVERGED
    assert all(np.isfinite(v).all() for v in outcome.network.params.values())


def test_a_second_start_during_a_run_is_refused(qtbot, controller, tiny_spec, digits):
    cfg = TrainingSpec(epochs=50, batch_size=8)
    recorder = _recorder(tiny_spec, digits, cfg)
    controller.start(build_network(tiny_spec, cfg), digits, recorder)
    with pytest.raises(RuntimeError, match="already"):
        controller.start(build_network(tiny_spec, cfg), digits, recorder)
    assert controller.shutdown()
    assert not controller.running


def test_hundreds_of_short_runs_start_and_end_cleanly(qtbot, controller):
    """Thread and worker teardown raced once (a crash within ~50 runs); keep it honest."""
    spec = NetworkSpec(
        input=InputSpec(6, 6, 1), layers=(ConvSpec(filters=2, size=3), SoftmaxSpec(classes=2))
    )
    rng = np.random.default_rng(0)
    data = Dataset(
        "tiny",
        rng.random((8, 6, 6, 1), dtype=np.float32),
        np.array([0, 1] * 4),
        None,
        None,
        ("a", "b"),
    )
    cfg = TrainingSpec(epochs=1, batch_size=8, val_split=0)
    for _ in range(300):
        with qtbot.waitSignal(
            controller.running_changed, timeout=5_000, check_params_cb=lambda running: not running
        ):
            controller.start(build_network(spec, cfg), data, _recorder(spec, data, cfg))
    assert not controller.running
