"""Checking weights against the shapes a network expects."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from cnnbuilder.core.errors import DataError, ShapeError


def _keys(keys: list[str]) -> str:
    return ", ".join(sorted(keys))


def check_weights(weights: Mapping[str, object], expected: Mapping[str, tuple[int, ...]]) -> None:
    """Raise unless ``weights`` has exactly the expected keys and shapes.

    Raises
    ------
    ShapeError
        Missing or extra keys, or a key whose shape differs (the message
        names the key, its shape and the expected shape).
    DataError
        A value that is not a numeric array.
    """
    missing = [k for k in expected if k not in weights]
    extra = [k for k in weights if k not in expected]
    if missing:
        raise ShapeError(f"the weights lack {_keys(missing)} that the network needs")
    if extra:
        raise ShapeError(f"the weights have {_keys(extra)} that the network does not have")
    for key, shape in expected.items():
        value = np.asarray(weights[key])
        if value.dtype.kind not in "fiu":
            raise DataError(f"weights '{key}' are of type {value.dtype}, not numbers")
        if value.shape != tuple(shape):
            raise ShapeError(
                f"weights '{key}' have shape {value.shape}, but the network expects {tuple(shape)}"
            )
        if not np.all(np.isfinite(value)):
            raise DataError(f"weights '{key}' contain NaN or infinite values")
