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
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, Signal, Slot

from cnnbuilder.core.datasets import Dataset
from cnnbuilder.core.errors import CnnBuilderError, TrainingDiverged
from cnnbuilder.core.nn.blas import blas_threads
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.training import (
    EpochResult,
    IterationResult,
    TrainConfig,
    TrainControl,
    TrainResult,
    train,
)

EMIT_INTERVAL = 0.05  # seconds between two progress signals (<= 20 per second)


@dataclass(frozen=True)
class Progress:
    """What happened since the previous progress signal.

    Attributes
    ----------
    costs : ndarray, (k, 2) float64
        Rows ``(iteration, cost)`` of every mini-batch since the last signal.
    epochs : tuple of EpochResult
        Epochs finished since the last signal.
    last : IterationResult or None
        The latest mini-batch (counters for the progress bar).
    """

    costs: np.ndarray
    epochs: tuple[EpochResult, ...]
    last: IterationResult | None


@dataclass(frozen=True)
class RunOutcome:
    """The end of a run: the trained network and its answers on the test split.

    Attributes
    ----------
    result : TrainResult or None
        None when the run diverged (the generator raised instead of returning).
    diverged : TrainingDiverged or None
        Set when the cost became NaN or infinite; the network then holds the
        weights of the last finite step.
    network : Network
        The network trained in this run (the GUI owns it from now on).
    test_predictions : ndarray, (m_test,) int64, or None
        Predicted class of every test image; None without a test split.
    history : tuple of EpochResult
        Every finished epoch (also when the run diverged).
    """

    result: TrainResult | None
    diverged: TrainingDiverged | None
    network: Network
    test_predictions: np.ndarray | None
    history: tuple[EpochResult, ...] = field(default=())

    @property
    def stopped(self) -> bool:
        """True when the run ended early (Stop or divergence)."""
        return self.diverged is not None or (self.result is not None and self.result.stopped)


def predict_test(network: Network, data: Dataset) -> np.ndarray | None:
    """Predicted class of every test image, (m_test,) int64; None without a test split."""
    if data.x_test is None or not len(data.x_test):
        return None
    return np.asarray(network.predict(data.x_test), dtype=np.int64)


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
    finished(RunOutcome)
        The run ended: completed, stopped, or diverged.
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
        self, network: Network, data: Dataset, config: TrainConfig, control: TrainControl
    ) -> None:
        super().__init__()  # no parent: it is moved to its own thread
        self._network, self._data, self._config = network, data, config
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

    def _train(self) -> RunOutcome:
        coalescer = _Coalescer()
        run = train(self._network, self._data, self._config, self.control)
        result, diverged = None, None
        history: list[EpochResult] = []
        try:
            while True:
                item = next(run)
                coalescer.add(item)
                if isinstance(item, EpochResult):
                    history.append(item)
                # A pause holds the generator before its next batch: show what
                # came before it now, not after Resume.
                if coalescer.due() or self.control.paused:
                    self._flush(coalescer)
        except StopIteration as stop:
            result = stop.value
        except TrainingDiverged as exc:
            diverged = exc
        self._flush(coalescer)
        # Predict the test split here, so the GUI thread never runs the network.
        predictions = predict_test(self._network, self._data)
        return RunOutcome(result, diverged, self._network, predictions, tuple(history))

    def _flush(self, coalescer: _Coalescer) -> None:
        packet = coalescer.take()
        if packet is not None:
            self.progressed.emit(packet)
