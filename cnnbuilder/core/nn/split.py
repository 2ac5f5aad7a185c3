"""Running a training step on the whole batch (one thread for now)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from cnnbuilder.core.nn.workspace import Workspace

if TYPE_CHECKING:
    from cnnbuilder.core.nn.network import Network


class BatchSplitter:
    """Runs ``loss_and_grads`` for a network and writes ``network.grads``."""

    def __init__(self, network: Network) -> None:
        self.network = network
        self.workspaces = [Workspace()]

    def loss_and_grads(self, x: np.ndarray, y: np.ndarray) -> float:
        """Loss of the batch; the gradients are copied into ``network.grads``."""
        net = self.network
        loss, grads = net.part_loss_and_grads(x, y, len(y), self.workspaces[0])
        for key, value in grads.items():
            np.copyto(net.grads[key], value)
        return loss
