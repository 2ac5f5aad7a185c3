"""Scratch arrays kept between training steps.

Allocating the large im2col and padding buffers afresh on every step costs
page faults that show up in the step time, so the training path asks a
:class:`Workspace` for them by name and gets the same memory back while the
shape stays the same. Inference uses a workspace with ``reuse=False``:
every request is a fresh array, so nothing returned to a caller is ever
overwritten later.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

Init = Callable[[np.ndarray], None] | None


def zero_fill(array: np.ndarray) -> None:
    """Initialiser for buffers whose untouched parts must stay zero."""
    array.fill(0)


class Workspace:
    """Named scratch arrays, reused across calls when ``reuse`` is true.

    Parameters
    ----------
    reuse : bool
        Keep arrays between calls (training) or allocate every time
        (inference, tests).
    """

    def __init__(self, reuse: bool = True) -> None:
        self.reuse = reuse
        self._arrays: dict[str, np.ndarray] = {}

    def get(
        self, key: str, shape: tuple[int, ...], dtype: np.dtype, init: Init = None
    ) -> np.ndarray:
        """Return an array of this shape and dtype.

        ``init`` runs only when the array is created, so that a buffer whose
        borders are zero (padding) or whose last column is one (bias) keeps
        them across reuses as long as callers write only the other parts.
        """
        array = self._arrays.get(key) if self.reuse else None
        if array is None or array.shape != shape or array.dtype != dtype:
            array = np.empty(shape, dtype)
            if init is not None:
                init(array)
            if self.reuse:
                self._arrays[key] = array
        return array

    def clear(self) -> None:
        """Forget every kept array (frees their memory)."""
        self._arrays.clear()
