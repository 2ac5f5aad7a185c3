"""Running a training step on the whole batch, or on two halves in two threads.

NumPy releases the GIL inside BLAS and inside most array loops, so two
Python threads that each take half of a batch (with OpenBLAS at one thread)
keep both cores busier than one thread whose small products cannot use two
BLAS threads well. It only pays when the per-sample work is large: on a
small network the extra Python overhead of a second pass costs more than
it saves. :func:`should_split` decides from the activation volume.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np

from cnnbuilder.core.nn import blas
from cnnbuilder.core.nn.aliases import Grads
from cnnbuilder.core.nn.interface import Layer
from cnnbuilder.core.nn.workspace import Workspace

# Activation values (all layers) per batch above which two threads win.
# Measured with benchmarks/bench_step.py: LeNet-5 at batch 64 (~420k) gains,
# the digits net (~200k) loses.
SPLIT_MIN_ACTIVATIONS = 300_000
_MIN_HALF = 8  # samples per half; below it the second pass is pure overhead

StopCheck = Callable[[], bool]
#: ``(x, y, m_total, workspace, should_stop) -> (loss, grads)`` of a slice of a
#: batch, normalised by the whole batch size ``m_total``.
PartPass = Callable[[np.ndarray, np.ndarray, int, Workspace, StopCheck | None], tuple[float, Grads]]


def activations_per_sample(layers: Sequence[Layer]) -> int:
    """Activation values one sample produces over all layers."""
    return sum(int(np.prod(layer.out_shape)) for layer in layers)


@functools.cache
def _two_cores() -> bool:
    # os.cpu_count reads /sys and costs a third of a millisecond: ask once.
    return (os.cpu_count() or 1) >= 2 and blas.available()


def should_split(activations: int, batch: int) -> bool:
    """Whether a batch of this size is worth splitting over two threads.

    ``activations`` is :func:`activations_per_sample` of the network.
    """
    if not _two_cores() or batch < 2 * _MIN_HALF:
        return False
    return batch * activations >= SPLIT_MIN_ACTIVATIONS


class BatchSplitter:
    """Runs the loss and gradients of a batch, whole or in two halves.

    Parameters
    ----------
    part : PartPass
        The network's pass over a slice of a batch.
    activations : int
        Activation values per sample (decides :attr:`split` when None).

    Attributes
    ----------
    split : bool or None
        Force two threads (True) or one (False); None decides per batch
        with :func:`should_split`.
    """

    def __init__(self, part: PartPass, activations: int) -> None:
        self.part = part
        self.activations = activations
        self.split: bool | None = None
        self.workspaces = [Workspace(), Workspace()]
        self._pool: ThreadPoolExecutor | None = None
        self._decided: dict[int, bool] = {}

    def __getstate__(self) -> dict[str, Any]:
        # Copies and pickles of a network start with empty buffers and no thread.
        state = self.__dict__.copy()
        state.update(workspaces=[Workspace(), Workspace()], _pool=None)
        return state

    def _split(self, m: int) -> bool:
        if self.split is not None:
            return self.split and m >= 2
        if m not in self._decided:
            self._decided[m] = should_split(self.activations, m)
        return self._decided[m]

    def loss_and_grads(
        self, x: np.ndarray, y: np.ndarray, out: Grads, should_stop: StopCheck | None = None
    ) -> float:
        """Loss of the batch; the gradients are written into ``out`` (same keys).

        Raises
        ------
        StepInterrupted
            From ``part`` when ``should_stop`` said so; ``out`` is unchanged.
        """
        m = len(y)
        if not self._split(m):
            loss, grads = self.part(x, y, m, self.workspaces[0], should_stop)
            for key, value in grads.items():
                np.copyto(out[key], value)
            return loss
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnnbuilder-half")
        half = m // 2
        with blas.blas_threads(1):
            future = self._pool.submit(
                self.part, x[half:], y[half:], m, self.workspaces[1], should_stop
            )
            try:
                loss, grads = self.part(x[:half], y[:half], m, self.workspaces[0], should_stop)
            finally:
                other_loss, other = future.result()
        for key, value in grads.items():
            np.add(value, other[key], out=out[key])
        return loss + other_loss
