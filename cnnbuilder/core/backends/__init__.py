"""Training backends: the engines that make one update of a network.

The training loop (:mod:`cnnbuilder.core.training`) drives an
:class:`~cnnbuilder.core.backends.engine.Engine`: the NumPy engine (the
default and the reference) or, when PyTorch is installed, the PyTorch one.
Both start from the :class:`~cnnbuilder.core.nn.Network`'s weights and leave
their result in it, in this program's layout.
"""

from __future__ import annotations

from cnnbuilder.core.backends.engine import Engine, available_backends, make_engine
from cnnbuilder.core.spec import BACKENDS, DEVICES

__all__ = ["BACKENDS", "DEVICES", "Engine", "available_backends", "make_engine"]
