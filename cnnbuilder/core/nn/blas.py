"""Setting NumPy's OpenBLAS thread count for the length of a block.

Splitting a batch over two Python threads only pays if their BLAS calls
run single-threaded: two threads each starting two BLAS threads on two
cores would fight. OpenBLAS's thread count is process-wide (its
``*_local`` setter is global too in pthread builds), so
:func:`blas_threads` sets it for the block and puts the old value back.
Where NumPy's BLAS is not a recognisable OpenBLAS, :func:`available` is
False and the engine does not split batches.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import glob
import os
from collections.abc import Callable, Iterator

import numpy as np

# (setter, getter) names: NumPy's wheels mangle them with a scipy_ prefix and 64_ suffix.
_NAMES = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)


@functools.cache
def _functions() -> tuple[Callable[[int], None], Callable[[], int]] | None:
    """OpenBLAS's (set, get) thread-count functions, None when not found."""
    libs = os.path.join(os.path.dirname(np.__file__), os.pardir, "numpy.libs")
    for path in glob.glob(os.path.join(libs, "*openblas*.so*")):
        try:
            lib = ctypes.CDLL(path)  # already loaded by NumPy: the same handle
        except OSError:
            continue
        for set_name, get_name in _NAMES:
            setter, getter = getattr(lib, set_name, None), getattr(lib, get_name, None)
            if setter is not None and getter is not None:
                setter.argtypes, setter.restype = [ctypes.c_int], None
                getter.argtypes, getter.restype = [], ctypes.c_int
                return setter, getter
    return None


def available() -> bool:
    """True when the BLAS thread count can be changed at run time."""
    return _functions() is not None


def current_threads() -> int | None:
    """OpenBLAS's thread count, None when unknown."""
    functions = _functions()
    return None if functions is None else int(functions[1]())


@contextlib.contextmanager
def blas_threads(count: int) -> Iterator[None]:
    """Run the block with OpenBLAS at ``count`` threads (process-wide), then restore."""
    functions = _functions()
    if functions is None:
        yield
        return
    setter, getter = functions
    previous = getter()
    setter(count)
    try:
        yield
    finally:
        setter(previous)
