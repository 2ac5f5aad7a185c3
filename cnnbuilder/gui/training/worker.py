"""The training worker: drives the core generator on a background ``QThread``.

Threading rules (each one is tested):

- The worker never touches a widget. It only emits signals; connections to
  GUI-thread objects are queued by Qt, so slots run in the GUI thread.
- Payloads are immutable values or freshly made arrays, never shared buffers.
- It is stopped and paused through :class:`TrainControl` (``threading.Event``),
  never through a queued slot: while it trains, its thread runs no Qt event
  loop that could deliver one.
- It coalesces results: the per-iteration costs gathered since the last
  emit travel as one ``(k, 2)`` array, at most :data:`EMIT_INTERVAL` apart
  (about 20 signals a second however small the batches are).
- It gets no parent (``moveToThread`` refuses objects with one); the
  controller deletes it through ``QThread.finished -> deleteLater``.
"""

from __future__ import annotations

import time
import traceback

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError, TrainingDiverged
from cnnbuilder.core.nn.blas import blas_threads
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.run import Progress, Run, RunRecorder
from cnnbuilder.core.training import (
    EpochResult,
    IterationResult,
    TrainControl,
    TrainResult,
    train,
)

EMIT_INTERVAL = 0.05  # seconds between two progress signals (<= 20 per second)


class _Coalescer:
    """Gathers results between two emits (used only on the worker thread)."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, float]] = []
        self.epochs: list[EpochResult] = []
        self.last: IterationResult | None = None
        self.last_emit = time.perf_counter()

    def add(self, item: IterationResult | EpochResult) -> None:
        if isinstance(item, IterationResult):
            self.rows.append((item.iteration, item.cost))
            self.last = item
        else:
            self.epochs.append(item)

    def due(self) -> bool:
        return time.perf_counter() - self.last_emit >= EMIT_INTERVAL

    def take(self) -> Progress | None:
        if not self.rows and not self.epochs:
            return None
        costs = np.array(self.rows, dtype=np.float64).reshape(-1, 2)
        packet = Progress(costs, tuple(self.epochs), self.last)
        self.rows, self.epochs = [], []
        self.last_emit = time.perf_counter()
        return packet


class TrainingWorker(QObject):
    """Runs one training run of :func:`cnnbuilder.core.training.train`.

    Signals
    -------
    progressed(Progress)
        Coalesced costs and finished epochs, at most every ``EMIT_INTERVAL``.
    finished(Run)
        The run ended: completed, stopped, or diverged (see ``Run.outcome``).
    failed(str)
        An unexpected error; the message says what went wrong.
    done()
        Last signal of every run (after ``finished`` or ``failed``).
    """

    progressed = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(
        self, network: Network, data: Dataset, recorder: RunRecorder, control: TrainControl
    ) -> None:
        super().__init__()  # no parent: it is moved to its own thread
        self._network, self._data, self._recorder = network, data, recorder
        self.control = control

    @Slot()
    def run(self) -> None:
        """Train to the end (or to a stop request); runs on the worker thread."""
        try:
            # One BLAS thread: the GUI thread needs the other core. With two BLAS
            # threads spin-waiting for a core the GUI holds, steps were measured
            # several times slower (benchmarks/bench_gui_training.py).
            with blas_threads(1):
                outcome = self._train()
            self.finished.emit(outcome)
        except (CnnBuilderError, ValueError, MemoryError) as exc:
            self.failed.emit(str(exc))
        except Exception:  # a bug must reach the user, not kill the thread silently
            self.failed.emit(
                self.tr("training failed unexpectedly:") + "\n" + traceback.format_exc()
            )
        finally:
            self.done.emit()

    def _train(self) -> Run:
        coalescer = _Coalescer()
        network, recorder = self._network, self._recorder
        steps = train(network, self._data, recorder.settings, self.control)
        result: TrainResult | None = None
        diverged: TrainingDiverged | None = None
        try:
            while True:
                item = next(steps)
                coalescer.add(item)
                recorder.add(item, network)
                # A pause holds the generator before its next batch: show what
                # came before it now, not after Resume.
                if coalescer.due() or self.control.paused:
                    self._flush(coalescer)
        except StopIteration as stop:
            result = stop.value
        except TrainingDiverged as exc:
            diverged = exc
        self._flush(coalescer)
        # The test split is predicted here, so the GUI thread never runs the network.
        return recorder.finish(network, result, diverged)

    def _flush(self, coalescer: _Coalescer) -> None:
        packet = coalescer.take()
        if packet is not None:
            self.progressed.emit(packet)
