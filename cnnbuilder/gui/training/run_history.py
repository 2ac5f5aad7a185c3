"""The curves of every run kept on the plots: plain data, no Qt.

A :class:`RunRecord` holds the per-iteration costs in a buffer that doubles
when full (as pyqtgraph's scrolling-plot example does), so appending 20
batches a second stays cheap however long the run is. It also keeps the
smoothed cost (an exponential moving average, bias-corrected so the curve
starts at the first cost rather than at 0) and the per-epoch results.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from typing import IO

import numpy as np

from cnnbuilder.core.spec import TrainingSpec
from cnnbuilder.core.training import EpochResult
from cnnbuilder.i18n import translate

# A run whose cost rises above this many times its first cost has exploded
# (a fresh network starts near ln(classes), the cost of guessing).
EXPLODED_FACTOR = 10.0


def run_label(number: int, config: TrainingSpec) -> str:
    """Return the legend text of a run, e.g. ``"run 2 · adam · lr 0.003 · batch 32"``
    (and ``· PyTorch`` for a run on the PyTorch backend)."""
    label = translate("run_history", "run {number} · {optimizer} · lr {lr} · batch {batch}").format(
        number=number, optimizer=config.optimizer, lr=f"{config.lr:g}", batch=config.batch_size
    )
    if config.backend == "torch":
        label = translate("run_history", "{label} · PyTorch").format(label=label)
    return label


def smoothing_weight(batches_per_epoch: int) -> float:
    """EMA weight giving a window of about half an epoch (5 to 100 iterations)."""
    span = min(100, max(5, batches_per_epoch // 2))
    return 1.0 - 2.0 / (span + 1)


@dataclass
class RunRecord:
    """Costs and epoch results of one run.

    Attributes
    ----------
    number : int
        1-based run number within the session.
    label : str
        Legend text naming the settings.
    weight : float
        Smoothing weight of the moving average (0 = no smoothing).
    """

    number: int
    label: str
    weight: float = 0.9
    epochs: list[EpochResult] = field(default_factory=list)
    epoch_ends: list[int] = field(default_factory=list)  # last iteration of each epoch
    # Columns: iteration, cost, smoothed cost, cost smoothed in log space.
    _buffer: np.ndarray = field(default_factory=lambda: np.empty((1024, 4)), repr=False)
    max_cost: float = 0.0  # largest finite cost so far
    first_cost: float | None = None  # first finite cost
    _size: int = 0
    _ema: float = 0.0
    _log_ema: float = 0.0

    @property
    def size(self) -> int:
        """Number of iterations recorded."""
        return self._size

    @property
    def iterations(self) -> np.ndarray:
        """(n,) iteration numbers (a view: copy it to keep it)."""
        return self._buffer[: self._size, 0]

    @property
    def costs(self) -> np.ndarray:
        """(n,) cost of each iteration."""
        return self._buffer[: self._size, 1]

    @property
    def smoothed(self) -> np.ndarray:
        """(n,) bias-corrected moving average of the cost."""
        return self._buffer[: self._size, 2]

    @property
    def smoothed_log(self) -> np.ndarray:
        """(n,) the cost smoothed in log space (a geometric moving average).

        On a log axis a spike to 1e15 then decays over a few points instead of
        drawing a straight line down from 1e15, as an arithmetic average would.
        """
        return self._buffer[: self._size, 3]

    def append(self, rows: np.ndarray) -> None:
        """Add ``rows``, a (k, 2) array of ``(iteration, cost)``."""
        k = len(rows)
        if self._size + k > len(self._buffer):
            bigger = np.empty((max(2 * len(self._buffer), self._size + k), 4))
            bigger[: self._size] = self._buffer[: self._size]
            self._buffer = bigger
        block = self._buffer[self._size : self._size + k]
        block[:, :2] = rows
        for i in range(k):  # k is small (one coalesced batch): a loop is fine
            cost = rows[i, 1]
            n = self._size + i + 1
            if np.isfinite(cost):
                self._ema = self.weight * self._ema + (1 - self.weight) * cost
                log_cost = np.log(max(float(cost), 1e-300))
                self._log_ema = self.weight * self._log_ema + (1 - self.weight) * log_cost
                self.max_cost = max(self.max_cost, float(cost))
                if self.first_cost is None:
                    self.first_cost = float(cost)
            block[i, 2] = self._ema / (1 - self.weight**n) if self.weight else cost
            block[i, 3] = np.exp(self._log_ema / (1 - self.weight**n)) if self.weight else cost
        self._size += k

    @property
    def exploded(self) -> bool:
        """True when a cost rose above ``EXPLODED_FACTOR`` times the first cost."""
        first = self.first_cost
        return first is not None and self.max_cost > EXPLODED_FACTOR * max(first, 0.0)

    @property
    def plot_height(self) -> float:
        """The cost the plot's height should reach for this run.

        The largest cost, except for an exploded run: its first cost then,
        so that its 1e29 does not flatten every other run to the axis.
        """
        if self.exploded and self.first_cost is not None:
            return self.first_cost
        return self.max_cost

    def add_epoch(self, epoch: EpochResult) -> None:
        """Record a finished epoch at the last iteration seen so far."""
        self.epochs.append(epoch)
        self.epoch_ends.append(int(self.iterations[-1]) if self._size else 0)

    def epoch_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Return (epoch numbers, train accuracy, validation accuracy (NaN if none))."""
        number = np.array([e.epoch for e in self.epochs], dtype=float)
        train = np.array([e.train_accuracy for e in self.epochs], dtype=float)
        val = np.array(
            [np.nan if e.val_accuracy is None else e.val_accuracy for e in self.epochs],
            dtype=float,
        )
        return number, train, val


CSV_HEADER = (
    "run",
    "settings",
    "event",
    "epoch",
    "iteration",
    "cost",
    "smoothed_cost",
    "train_accuracy",
    "val_accuracy",
)


def write_csv(runs: list[RunRecord], out: IO[str]) -> None:
    """Write every run as CSV: one ``iteration`` row per mini-batch, one ``epoch`` row each."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for run in runs:
        epoch_of = np.searchsorted(np.array(run.epoch_ends), run.iterations, side="left") + 1
        for it, cost, smooth, epoch in zip(
            run.iterations, run.costs, run.smoothed, epoch_of, strict=True
        ):
            writer.writerow(
                [
                    run.number,
                    run.label,
                    "iteration",
                    int(epoch),
                    int(it),
                    repr(float(cost)),
                    repr(float(smooth)),
                    "",
                    "",
                ]
            )
        for e, end in zip(run.epochs, run.epoch_ends, strict=True):
            val = "" if e.val_accuracy is None else repr(e.val_accuracy)
            writer.writerow(
                [
                    run.number,
                    run.label,
                    "epoch",
                    e.epoch,
                    end,
                    repr(e.cost),
                    "",
                    repr(e.train_accuracy),
                    val,
                ]
            )
