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
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import numpy as np

from cnnbuilder.core.nn import blas
from cnnbuilder.core.nn.workspace import Workspace

if TYPE_CHECKING:
    from cnnbuilder.core.nn.network import Network

# Activation values (all layers) per batch above which two threads win.
# Measured with benchmarks/bench_step.py: LeNet-5 at batch 64 (~420k) gains,
# the digits net (~200k) loses.
SPLIT_MIN_ACTIVATIONS = 300_000
_MIN_HALF = 8  # samples per half; below it the second pass is pure overhead


def _activations_per_sample(network: Network) -> int:
    total = 0
    for layer in network.layers:
        total += int(np.prod(layer.out_shape))
    return total


@functools.cache
def _two_cores() -> bool:
    # os.cpu_count reads /sys and costs a third of a millisecond: ask once.
    return (os.cpu_count() or 1) >= 2 and blas.available()


def should_split(network: Network, batch: int) -> bool:
    """Whether a batch of this size is worth splitting over two threads."""
    if not _two_cores() or batch < 2 * _MIN_HALF:
        return False
    return batch * _activations_per_sample(network) >= SPLIT_MIN_ACTIVATIONS


class BatchSplitter:
    """Runs ``loss_and_grads`` for a network and writes ``network.grads``.

    Attributes
    ----------
    split : bool or None
        Force two threads (True) or one (False); None decides per batch
        with :func:`should_split`.
    """

    def __init__(self, network: Network) -> None:
        self.network = network
        self.split: bool | None = None
        self.workspaces = [Workspace(), Workspace()]
        self._pool: ThreadPoolExecutor | None = None
        self._decided: dict[int, bool] = {}

    def __getstate__(self) -> dict[str, Any]:
        # Copies and pickles of a network start with empty buffers and no thread.
        state = self.__dict__.copy()
        state.update(workspaces=[Workspace(), Workspace()], _pool=None)
        return state

    def loss_and_grads(self, x: np.ndarray, y: np.ndarray) -> float:
        """Loss of the batch; the gradients are written into ``network.grads``."""
        net, m = self.network, len(y)
        if self.split is None:
            if m not in self._decided:
                self._decided[m] = should_split(net, m)
            split = self._decided[m]
        else:
            split = self.split and m >= 2
        if not split:
            loss, grads = net.part_loss_and_grads(x, y, m, self.workspaces[0])
            for key, value in grads.items():
                np.copyto(net.grads[key], value)
            return loss
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="cnnbuilder-half")
        half = m // 2
        with blas.blas_threads(1):
            future = self._pool.submit(
                net.part_loss_and_grads, x[half:], y[half:], m, self.workspaces[1]
            )
            try:
                loss, grads = net.part_loss_and_grads(x[:half], y[:half], m, self.workspaces[0])
            finally:
                other_loss, other = future.result()
        for key, value in grads.items():
            np.add(value, other[key], out=net.grads[key])
        return loss + other_loss
