"""The NumPy engine: layers, network, losses, optimisers (NHWC, float32)."""

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import Optimizer, make_optimizer

__all__ = ["Network", "Optimizer", "make_optimizer"]
