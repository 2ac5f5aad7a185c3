"""Weights files (``*.npz``): ``layer{i}.W`` / ``layer{i}.b``, float32 (FORMATS.md).

Saving is atomic: the file is written beside its target and renamed over
it only when complete, so a failed save leaves an existing file as it was.
Loading never unpickles (``allow_pickle=False``) and checks every key and
shape against the network spec before anything is used.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Protocol

import numpy as np

from cnnbuilder.core.atomic import atomic_write_with, write_or_recover
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.fileio import dumps_spec, spec_from_dict
from cnnbuilder.core.json_words import json_problem
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.params import check_weights
from cnnbuilder.core.reading import read_npz
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.i18n import translate

NETWORK_KEY = "network"  # a 0-d str array: the network file's JSON text


class HasWeights(Protocol):
    """Anything with ``get_weights()``, such as a :class:`~cnnbuilder.core.nn.Network`."""

    def get_weights(self) -> dict[str, np.ndarray]: ...


def save_weights(
    network_or_weights: HasWeights | Mapping[str, np.ndarray],
    path: str | Path,
    spec: NetworkSpec | None = None,
    *,
    force: bool = False,
    recover: bool = False,
) -> None:
    """Write the weights to ``path`` as an ``.npz`` of float32 arrays, atomically.

    Parameters
    ----------
    network_or_weights : Network or mapping of str to ndarray
        A network (its :meth:`get_weights`) or a ``{"layer{i}.W": ...}`` dict.
    path : str or Path
        Written exactly as given (NumPy would add ``.npz`` to a bare name;
        writing through a file handle prevents that).
    spec : NetworkSpec, optional
        The network the weights belong to, stored as the key ``network``
        (FORMATS.md), so that the file can be opened without its network file.
    force : bool
        Replace a read-only file (see :mod:`cnnbuilder.core.atomic`).
    recover : bool
        When writing fails, keep the weights in a recovery file and name it
        in the :class:`~cnnbuilder.core.errors.OutputPathError`.
    """
    if hasattr(network_or_weights, "get_weights"):
        weights = network_or_weights.get_weights()
    else:
        weights = dict(network_or_weights)
    (write_or_recover if recover else atomic_write_with)(
        Path(path), lambda handle: write_weights(handle, weights, spec), force=force
    )


def write_weights(
    handle: IO[bytes], weights: Mapping[str, np.ndarray], spec: NetworkSpec | None = None
) -> None:
    """Write ``weights`` as an ``.npz`` of float32 arrays (and ``spec`` as the key
    ``network``) to an open binary file."""
    arrays = {key: np.asarray(value, dtype=np.float32) for key, value in weights.items()}
    if spec is not None:
        arrays[NETWORK_KEY] = np.array(dumps_spec(spec))
    # NumPy's stub lets **kwds bind allow_pickle (bool); passing the flag by name
    # would store it as an array before NumPy 2.1, which this project still supports.
    np.savez(handle, **arrays)  # type: ignore[arg-type]


def read_arrays(path: str | Path) -> dict[str, np.ndarray]:
    """Every array of a weights file (``network`` too), each decoded once, headers checked.

    Raises
    ------
    DataError
        Not a readable ``.npz`` file, or an array over the reading limit.
    """
    return read_npz(Path(path))[0]


def read_network(path: str | Path) -> NetworkSpec | None:
    """The network stored with the weights (key ``network``), None in older files.

    Raises
    ------
    DataError
        Not a readable weights file.
    SpecError
        The stored network is not a valid network file.
    """
    return stored_network(read_arrays(path), Path(path).name)


def stored_network(arrays: Mapping[str, np.ndarray], file: str) -> NetworkSpec | None:
    """The network in the ``network`` key of a weights file's ``arrays`` (None without one).

    Raises
    ------
    DataError
        The stored text is not JSON.
    SpecError
        The stored network is not a valid network file.
    """
    text = arrays.get(NETWORK_KEY)
    if text is None:
        return None
    try:
        data = json.loads(str(text))
    except json.JSONDecodeError as exc:
        raise DataError(
            translate("weights", "{file}: the stored network is not JSON ({problem})").format(
                file=file, problem=json_problem(exc)
            )
        ) from None
    return spec_from_dict(data)


def load_weights(path: str | Path, spec: NetworkSpec) -> dict[str, np.ndarray]:
    """Read a weights file and check it against ``spec``.

    Returns
    -------
    dict of str to ndarray
        ``layer{i}.W`` / ``layer{i}.b`` as float32, shaped as the spec says.

    Raises
    ------
    DataError
        Not an ``.npz`` file, a missing file, values that are not numbers or
        not finite.
    ShapeError
        Missing or extra keys, or a shape that differs: the message names
        the key and both shapes.
    SpecError
        The spec itself cannot be built.
    """
    return fit_weights(read_arrays(path), spec)


def fit_weights(arrays: Mapping[str, np.ndarray], spec: NetworkSpec) -> dict[str, np.ndarray]:
    """The weights among a file's ``arrays``, checked against ``spec``, as float32.

    Raises
    ------
    DataError, ShapeError, SpecError
        As :func:`load_weights`.
    """
    weights = {key: value for key, value in arrays.items() if key != NETWORK_KEY}
    check_weights(weights, param_shapes(spec))
    return {key: value.astype(np.float32) for key, value in weights.items()}
