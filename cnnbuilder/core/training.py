"""Mini-batch training as a generator: the command line and the GUI both drive it.

:func:`train` yields an :class:`IterationResult` after every mini-batch and an
:class:`EpochResult` after every epoch, and returns a :class:`TrainResult`
(``StopIteration.value``). It never touches a thread or a widget: the GUI
worker calls ``next()`` on a background thread, stops it through
:class:`TrainControl` and forwards the results.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Generator
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from cnnbuilder.core.backends import Engine, make_engine
from cnnbuilder.core.datasets import Dataset, check_fits, split_validation
from cnnbuilder.core.errors import DataError, MemoryBudgetError, StepInterrupted, TrainingDiverged
from cnnbuilder.core.evaluation import accuracy
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec, TrainingSpec, output_classes
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate

MEMORY_LIMIT_BYTES = 2 * 1024**3
_PAUSE_POLL_SECONDS = 0.05


def run_settings(training: TrainingSpec | None, **overrides: Any) -> TrainingSpec:
    """The file's settings (or the defaults), then the non-None ``overrides``."""
    base = training if training is not None else TrainingSpec()
    return replace(base, **{k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True)
class IterationResult:
    """One mini-batch: its cost before the update (1-based counters)."""

    epoch: int
    iteration: int
    batch: int
    batches_per_epoch: int
    cost: float


@dataclass(frozen=True)
class EpochResult:
    """One finished epoch; ``seconds`` is its training time alone."""

    epoch: int
    cost: float
    train_accuracy: float
    val_accuracy: float | None
    seconds: float
    samples_per_second: float


@dataclass(frozen=True)
class TrainResult:
    """The end of a run (finished, or stopped on request)."""

    epochs_completed: int
    iterations: int
    seconds: float
    test_accuracy: float | None
    stopped: bool
    history: tuple[EpochResult, ...] = field(default=())


class TrainControl:
    """Thread-safe stop and pause requests.

    A stop is honoured between two layers of the running mini-batch (the
    step is dropped, the last completed update kept); a pause between
    mini-batches.
    """

    def __init__(self) -> None:
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()

    def stop(self) -> None:
        """Ask the run to end now, keeping the last completed update (also ends a pause)."""
        self._stop.set()
        self._running.set()

    def pause(self) -> None:
        """Hold the run before its next mini-batch."""
        self._running.clear()

    def resume(self) -> None:
        """Let a paused run go on."""
        self._running.set()

    @property
    def stop_requested(self) -> bool:
        """True once :meth:`stop` was called."""
        return self._stop.is_set()

    @property
    def paused(self) -> bool:
        """True while paused."""
        return not self._running.is_set()

    def wait_while_paused(self) -> float:
        """Block while paused; return the seconds spent waiting."""
        if self._running.is_set():
            return 0.0
        start = time.perf_counter()
        while not self._running.wait(_PAUSE_POLL_SECONDS):
            pass
        return time.perf_counter() - start


def check_memory(spec: NetworkSpec, batch_size: int, optimizer: str = "adam") -> None:
    """Refuse, before allocating, a run that would need over 2 GiB.

    Raises
    ------
    MemoryBudgetError
        With the estimate in the message.
    """
    need = summarize(spec).training_memory_bytes(batch_size, optimizer)
    if need > MEMORY_LIMIT_BYTES:
        raise MemoryBudgetError(
            translate(
                "training",
                "training this network with batch size {batch} needs about {need} GiB "
                "(parameters, activations and im2col buffers), over the {limit} GiB limit; "
                "use a smaller batch or fewer/smaller layers",
            ).format(
                batch=batch_size,
                need=f"{need / 1024**3:.1f}",
                limit=f"{MEMORY_LIMIT_BYTES / 1024**3:.0f}",
            )
        )


def build_network(spec: NetworkSpec, config: TrainingSpec) -> Network:
    """Check the spec, the settings and the memory, then initialise a network."""
    reason = config.invalid_reason()
    if reason:
        raise ValueError(reason)
    check_memory(spec, config.batch_size, config.optimizer)
    return Network.from_spec(spec, np.random.default_rng(config.seed))


def _check_data(network: Network, data: Dataset) -> None:
    spec = network.spec
    problem = check_fits(data, spec.input.shape, output_classes(spec))
    if problem:
        raise DataError(problem)


def train(
    network: Network,
    data: Dataset,
    config: TrainingSpec,
    control: TrainControl | None = None,
) -> Generator[IterationResult | EpochResult, None, TrainResult]:
    """Train ``network`` in place on ``data``; yield per batch and per epoch.

    Parameters
    ----------
    network : Network
        Initialised network; its weights are updated in place.
    data : Dataset
        ``x`` is (m, n_H, n_W, n_c) float32, ``y`` (m,) int64; the validation
        split is taken from it with a seeded generator.
    control : TrainControl, optional
        Stop and pause requests: a stop is checked between the layers of a
        mini-batch (the interrupted one is dropped, no weight changed by it),
        a pause before every mini-batch.

    Raises
    ------
    TrainingDiverged
        When a cost is not finite; the network is first restored to the
        last weights whose cost was finite.
    MissingExtra
        ``config.backend`` is ``torch`` and PyTorch is not installed.
    """
    control = control or TrainControl()
    _check_data(network, data)
    x_train, y_train, x_val, y_val = split_validation(
        data.x, data.y, config.val_split, np.random.default_rng([config.seed, 1])
    )
    engine = make_engine(network, config.backend, config.optimizer, config.lr, config.device)
    loop = _Loop(engine, config, control, x_train, y_train)
    history: list[EpochResult] = []
    start = time.perf_counter()
    try:
        for epoch in range(1, config.epochs + 1):
            yield from loop.run_epoch(epoch)
            if loop.stopped:
                break
            result = loop.epoch_result(epoch, x_val, y_val)
            history.append(result)
            yield result
        test_accuracy = None
        if data.x_test is not None and data.y_test is not None and len(data.y_test):
            test_accuracy = accuracy(engine, data.x_test, data.y_test)
    finally:  # finished, stopped, diverged or closed: the weights are the network's
        engine.sync()
    return TrainResult(
        epochs_completed=len(history),
        iterations=loop.iteration,
        seconds=time.perf_counter() - start - loop.paused_seconds,
        test_accuracy=test_accuracy,
        stopped=loop.stopped,
        history=tuple(history),
    )


class _Loop:
    """The mutable state of one run: counters, timers, the engine."""

    def __init__(
        self,
        engine: Engine,
        config: TrainingSpec,
        control: TrainControl,
        x: np.ndarray,
        y: np.ndarray,
    ) -> None:
        self.engine, self.config, self.control = engine, config, control
        self.x, self.y = x, y
        self.rng = np.random.default_rng([config.seed, 2])
        self.iteration = 0
        self.stopped = False
        self.paused_seconds = 0.0
        self._epoch_seconds = 0.0
        self._epoch_costs: list[float] = []

    def run_epoch(self, epoch: int) -> Generator[IterationResult, None, None]:
        m, b = len(self.y), self.config.batch_size
        order = self.rng.permutation(m) if self.config.shuffle else np.arange(m)
        batches = -(-m // b)
        self._epoch_costs = []
        self._epoch_seconds = 0.0
        for batch in range(batches):
            self.paused_seconds += self.control.wait_while_paused()
            if self.control.stop_requested:
                self.stopped = True
                return
            index = order[batch * b : (batch + 1) * b]
            tick = time.perf_counter()
            try:
                cost = self._step(self.x[index], self.y[index])
            except StepInterrupted:
                self.stopped = True
                return
            finally:
                self._epoch_seconds += time.perf_counter() - tick
            yield IterationResult(epoch, self.iteration, batch + 1, batches, cost)

    def _step(self, x: np.ndarray, y: np.ndarray) -> float:
        # StepInterrupted leaves here before any parameter changed (not counted).
        cost = self.engine.step(x, y, self._should_stop)
        self.iteration += 1
        if not np.isfinite(cost):  # the engine has gone back to the last finite weights
            raise TrainingDiverged(self.iteration, cost)
        self._epoch_costs.append(cost)
        return cost

    def _should_stop(self) -> bool:
        return self.control.stop_requested

    def epoch_result(self, epoch: int, x_val: np.ndarray, y_val: np.ndarray) -> EpochResult:
        seconds = self._epoch_seconds
        samples = len(self.y)
        return EpochResult(
            epoch=epoch,
            cost=float(np.mean(self._epoch_costs)),
            train_accuracy=accuracy(self.engine, self.x, self.y),
            val_accuracy=accuracy(self.engine, x_val, y_val) if len(y_val) else None,
            seconds=seconds,
            samples_per_second=samples / seconds if seconds > 0 else 0.0,
        )
