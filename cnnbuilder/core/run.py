"""A training run as one value: the network that was trained and all it gave.

A :class:`Run` holds the spec snapshot that was trained, the data set's
identity, the settings, the final and best weights, the curves, the test
results and how the run ended. The command line's ``train`` and the
window's worker both build it with a :class:`RunRecorder` fed by the
training generator, so a result is always tied to the network that
produced it: views take a run, never "the network on the canvas".
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from enum import Enum
from functools import cached_property

import numpy as np

from cnnbuilder.core.datasets import Dataset, validation_size
from cnnbuilder.core.datasets.images import ImageStyle
from cnnbuilder.core.errors import TrainingDiverged
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec, TrainingSpec, layer_names
from cnnbuilder.core.training import EpochResult, IterationResult, TrainResult
from cnnbuilder.i18n import translate

# The usual top of each optimiser's learning-rate range: a divergence hint
# never suggests more (a tenth of η = 1e6 is still no learning rate for SGD).
USUAL_MAX_LR = {"adam": 0.01, "momentum": 1.0, "sgd": 1.0}
# Accuracy at or below this many times chance (1 / classes) is no learning.
CHANCE_FACTOR = 1.5


class Outcome(Enum):
    """How a run ended."""

    FINISHED = "finished"
    STOPPED = "stopped"
    DIVERGED = "diverged"
    DID_NOT_LEARN = "did not learn"

    @property
    def is_success(self) -> bool:
        """True only for a run that ran its epochs and learned."""
        return self is Outcome.FINISHED


def suggested_lr(lr: float, optimizer: str) -> float:
    """A learning rate to try after ``lr`` diverged: a tenth, within the usual range."""
    return min(lr / 10, USUAL_MAX_LR.get(optimizer, 1.0))


@dataclass(frozen=True)
class DataIdentity:
    """Which data a run was trained on (not the arrays themselves).

    Attributes
    ----------
    name : str
        The data set's name (``digits``, a folder's name...).
    source : str
        What was chosen: a built-in name or a path.
    input_shape : (n_H, n_W, n_c)
    class_names : tuple of str
    train_size, val_size, test_size : int
        Images used for training, held out for validation, and in the test split.
    style : ImageStyle
        How the training images look (a picture tried on the run is made alike).
    """

    name: str
    source: str
    input_shape: tuple[int, int, int]
    class_names: tuple[str, ...]
    train_size: int
    val_size: int
    test_size: int
    style: ImageStyle = field(default_factory=ImageStyle)

    @classmethod
    def of(cls, data: Dataset, source: str, val_split: float) -> DataIdentity:
        """Describe ``data`` as loaded from ``source`` with this validation split."""
        held_out = validation_size(data.y, val_split)
        return cls(
            name=data.name,
            source=str(source),
            input_shape=tuple(int(n) for n in data.input_shape),  # type: ignore[arg-type]
            class_names=tuple(data.class_names),
            train_size=len(data.y) - held_out,
            val_size=held_out,
            test_size=0 if data.y_test is None else len(data.y_test),
            style=ImageStyle.of(data.x),
        )


@dataclass(frozen=True)
class Progress:
    """What happened in a run since the previous report (the window's worker).

    Attributes
    ----------
    costs : ndarray, (k, 2) float64
        Rows ``(iteration, cost)`` of every mini-batch since the last report.
    epochs : tuple of EpochResult
        Epochs finished since the last report.
    last : IterationResult or None
        The latest mini-batch (counters for the progress bar).
    """

    costs: np.ndarray
    epochs: tuple[EpochResult, ...]
    last: IterationResult | None


@dataclass(frozen=True, eq=False)
class Run:
    """One training run and everything it produced.

    Attributes
    ----------
    spec : NetworkSpec
        The network as it was trained (a snapshot: later edits do not reach it).
    data : DataIdentity
    settings : TrainingSpec
        Including the seed and ``shuffle``.
    weights : mapping of str to ndarray
        The final weights, ``layer{i}.W`` / ``layer{i}.b`` float32.
    best_weights : mapping or None
        The weights after the epoch of best validation accuracy (None without
        a validation split or a finished epoch).
    costs : ndarray, (n, 2) float64
        ``(iteration, cost)`` of every mini-batch.
    epochs : tuple of EpochResult
    test_accuracy : float or None
    test_predictions : ndarray, (m_test,) int64, or None
    outcome : Outcome
    iterations : int
        Mini-batches completed.
    diverged : TrainingDiverged or None
        Where the cost stopped being finite.
    started : float
        Start time, seconds since the epoch (``time.time()``).
    seconds : float
        Training time, pauses excluded.
    number : int
        The run's number among the runs of its document (1 on the command line).
    """

    spec: NetworkSpec
    data: DataIdentity
    settings: TrainingSpec
    weights: Mapping[str, np.ndarray]
    best_weights: Mapping[str, np.ndarray] | None
    costs: np.ndarray
    epochs: tuple[EpochResult, ...]
    test_accuracy: float | None
    test_predictions: np.ndarray | None
    outcome: Outcome
    iterations: int
    diverged: TrainingDiverged | None
    started: float
    seconds: float
    number: int = 1

    @cached_property
    def network(self) -> Network:
        """The trained network, built once from :attr:`spec` and :attr:`weights`."""
        return self._network_with(self.weights)

    @cached_property
    def best_network(self) -> Network | None:
        """The network with :attr:`best_weights`, None without them."""
        return None if self.best_weights is None else self._network_with(self.best_weights)

    def _network_with(self, weights: Mapping[str, np.ndarray]) -> Network:
        network = Network.from_spec(self.spec, np.random.default_rng(self.settings.seed))
        network.set_weights(weights)
        return network

    @property
    def best_epoch(self) -> int | None:
        """The first epoch that reached :attr:`best_val_accuracy`, None without one."""
        best = self.best_val_accuracy
        if best is None:
            return None
        return next((e.epoch for e in self.epochs if e.val_accuracy == best), None)

    @property
    def best_differs(self) -> bool:
        """True when the best weights are not the final ones (training went on after
        the epoch of best validation accuracy and changed them)."""
        best = self.best_weights
        return best is not None and any(
            not np.array_equal(best[key], value) for key, value in self.weights.items()
        )

    @property
    def epochs_completed(self) -> int:
        """Epochs that ran to their end."""
        return len(self.epochs)

    @property
    def best_val_accuracy(self) -> float | None:
        """The best validation accuracy of any epoch, None without one."""
        values = [e.val_accuracy for e in self.epochs if e.val_accuracy is not None]
        values = [v for v in values if math.isfinite(v)]
        return max(values) if values else None

    @property
    def stopped(self) -> bool:
        """True when the run ended before its last epoch (Stop or divergence)."""
        return self.diverged is not None or self.epochs_completed < self.settings.epochs


def judge(
    costs: np.ndarray,
    epochs: tuple[EpochResult, ...],
    classes: int,
    stopped: bool,
    diverged: bool,
) -> Outcome:
    """Decide how a run ended, honestly.

    A run did not learn when its final cost is above its first cost, or
    when its final validation (else training) accuracy is at chance level
    (at most :data:`CHANCE_FACTOR` / ``classes``). A run stopped before its
    first epoch ended is judged only as stopped.
    """
    if diverged:
        return Outcome.DIVERGED
    if epochs and (_rose(costs, epochs) or _at_chance(epochs[-1], classes)):
        return Outcome.DID_NOT_LEARN
    return Outcome.STOPPED if stopped else Outcome.FINISHED


def _rose(costs: np.ndarray, epochs: tuple[EpochResult, ...]) -> bool:
    finite = costs[np.isfinite(costs[:, 1]), 1] if len(costs) else costs
    if not len(finite):
        return False
    return not epochs[-1].cost <= finite[0]  # also True for a NaN epoch cost


def _at_chance(epoch: EpochResult, classes: int) -> bool:
    accuracy = epoch.val_accuracy if epoch.val_accuracy is not None else epoch.train_accuracy
    if accuracy is None or not math.isfinite(accuracy):
        accuracy = epoch.train_accuracy
    return classes > 1 and accuracy <= CHANCE_FACTOR / classes


def predict_test(network: Network, data: Dataset) -> np.ndarray | None:
    """Predicted class of every test image, (m_test,) int64; None without a test split."""
    if data.x_test is None or not len(data.x_test):
        return None
    with np.errstate(over="ignore", invalid="ignore"):  # a run that did not learn may overflow
        return np.asarray(network.predict(data.x_test), dtype=np.int64)


class RunRecorder:
    """Builds a :class:`Run` from what the training generator yields.

    Feed it every item (:meth:`add`), then :meth:`finish` with the generator's
    return value or its :class:`TrainingDiverged`.
    """

    def __init__(
        self, spec: NetworkSpec, data: Dataset, source: str, settings: TrainingSpec
    ) -> None:
        self.spec, self.settings, self._data = spec, settings, data
        self.identity = DataIdentity.of(data, source, settings.val_split)
        self.started = time.time()
        self._clock = time.perf_counter()
        self._rows: list[tuple[int, float]] = []
        self._epochs: list[EpochResult] = []
        self._best: tuple[float, dict[str, np.ndarray]] | None = None

    def add(self, item: IterationResult | EpochResult, network: Network) -> None:
        """Record a mini-batch or an epoch; keep the weights of the best epoch."""
        if isinstance(item, IterationResult):
            self._rows.append((item.iteration, item.cost))
            return
        self._epochs.append(item)
        val = item.val_accuracy
        if val is not None and math.isfinite(val) and (self._best is None or val > self._best[0]):
            self._best = (val, network.get_weights())

    def finish(
        self,
        network: Network,
        result: TrainResult | None,
        diverged: TrainingDiverged | None = None,
    ) -> Run:
        """The run, once the generator returned ``result`` or raised ``diverged``."""
        costs = np.array(self._rows, dtype=np.float64).reshape(-1, 2)
        epochs = tuple(self._epochs)
        stopped = result is None or result.stopped
        classes = len(self.identity.class_names) or _classes(self.spec)
        seconds = result.seconds if result is not None else time.perf_counter() - self._clock
        predictions = predict_test(network, self._data)
        y_test = self._data.y_test
        test_accuracy = (
            None if predictions is None or y_test is None else float(np.mean(predictions == y_test))
        )
        return Run(
            spec=self.spec,
            data=self.identity,
            settings=self.settings,
            weights=network.get_weights(),
            best_weights=None if self._best is None else self._best[1],
            costs=costs,
            epochs=epochs,
            test_accuracy=test_accuracy,
            test_predictions=predictions,
            outcome=judge(costs, epochs, classes, stopped, diverged is not None),
            iterations=len(costs),
            diverged=diverged,
            started=self.started,
            seconds=seconds,
        )


def _classes(spec: NetworkSpec) -> int:
    last = spec.layers[-1] if spec.layers else None
    return int(getattr(last, "classes", 0) or 0)


def network_changes(trained: NetworkSpec, now: NetworkSpec, limit: int = 3) -> list[str]:
    """What changed from the network a run trained to the one on the canvas.

    Layers are matched by their ``uid`` (kept across edits), so a renamed or
    moved layer is recognised. Returns at most ``limit`` phrases such as
    ``"CONV1 filters 8 → 16"``; an empty list means the same network (names
    and settings aside).
    """
    changes: list[str] = []
    if trained.input != now.input:
        before = "×".join(map(str, trained.input.shape))
        after = "×".join(map(str, now.input.shape))
        changes.append(
            translate("run", "input {before} → {after}").format(before=before, after=after)
        )
    old = {layer.uid: (i, layer) for i, layer in enumerate(trained.layers)}
    new_names, old_names = layer_names(now), layer_names(trained)
    for i, layer in enumerate(now.layers):
        if layer.uid not in old:
            changes.append(translate("run", "{name} added").format(name=new_names[i]))
            continue
        _, before_layer = old[layer.uid]
        for name in (f.name for f in fields(layer) if f.name not in ("name", "uid")):
            a, b = getattr(before_layer, name), getattr(layer, name)
            if a != b:
                changes.append(f"{new_names[i]} {name} {a} → {b}")
    kept = {layer.uid for layer in now.layers}
    changes += [
        translate("run", "{name} removed").format(name=old_names[j])
        for j, layer in enumerate(trained.layers)
        if layer.uid not in kept
    ]
    if not changes and [layer.uid for layer in trained.layers] != [
        layer.uid for layer in now.layers
    ]:
        changes.append(translate("run", "layers reordered"))
    return changes[:limit]
