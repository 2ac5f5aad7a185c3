"""Stop in the window ends a run within 0.2 s, even in the middle of a 2 s mini-batch."""

from __future__ import annotations

import time

import numpy as np

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.run import RunRecorder
from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import build_network
from cnnbuilder.gui.training.controller import TrainingController


def test_stop_ends_a_run_within_0_2_s_in_the_middle_of_a_mini_batch(qtbot, slow_spec):
    rng = np.random.default_rng(0)
    x = rng.random((12, 8, 8, 1), dtype=np.float32)
    data = Dataset("random", x, rng.integers(0, 10, 12), None, None, tuple("0123456789"))
    config = TrainingSpec(epochs=1, batch_size=4, val_split=0, shuffle=False)
    network = build_network(slow_spec, config)
    controller = TrainingController()
    try:
        with qtbot.waitSignal(controller.started, timeout=5_000):
            controller.start(network, data, RunRecorder(slow_spec, data, data.name, config))
        qtbot.wait(1_000)  # inside the first mini-batch (about 2.4 s)
        with qtbot.waitSignal(controller.finished, timeout=5_000) as blocker:
            asked = time.perf_counter()
            controller.stop()
        latency = time.perf_counter() - asked
        assert latency <= 0.2, f"the run ended {latency:.3f} s after Stop"
        run = blocker.args[0]
        assert run.stopped
        assert run.iterations == 0
    finally:
        controller.shutdown()
