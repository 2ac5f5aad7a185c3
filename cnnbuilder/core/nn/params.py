"""Checking weights against the shapes a network expects."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from cnnbuilder.core.errors import DataError, ShapeError
from cnnbuilder.i18n import translate


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
        raise ShapeError(
            translate("params", "the weights lack {value} that the network needs").format(
                value=_keys(missing)
            )
        )
    if extra:
        raise ShapeError(
            translate("params", "the weights have {value} that the network does not have").format(
                value=_keys(extra)
            )
        )
    for key, shape in expected.items():
        value = np.asarray(weights[key])
        if value.dtype.kind not in "fiu":
            raise DataError(
                translate("params", "weights '{key}' are of type {dtype}, not numbers").format(
                    key=key, dtype=value.dtype
                )
            )
        if value.shape != tuple(shape):
            raise ShapeError(
                translate(
                    "params", "weights '{key}' have shape {shape}, but the network expects {value}"
                ).format(key=key, shape=value.shape, value=tuple(shape))
            )
        if not np.all(np.isfinite(value)):
            raise DataError(
                translate("params", "weights '{key}' contain NaN or infinite values").format(
                    key=key
                )
            )
