"""Type aliases shared by the engine's layers."""

from __future__ import annotations

from typing import Any

import numpy as np

# What a layer's forward keeps for its backward; the layout is the layer's own
# (arrays, shapes, nested tuples), so only that layer reads it.
Cache = tuple[Any, ...]

# Gradients (or parameters) by key, "layer{i}.W" / "layer{i}.b".
Grads = dict[str, np.ndarray]
