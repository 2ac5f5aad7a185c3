"""Weights files (``*.npz``): ``layer{i}.W`` / ``layer{i}.b``, float32 (FORMATS.md).

Saving is atomic: the file is written beside its target and renamed over
it only when complete, so a failed save leaves an existing file as it was.
Loading never unpickles (``allow_pickle=False``) and checks every key and
shape against the network spec before anything is used.
"""

from __future__ import annotations

import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Protocol

import numpy as np

from cnnbuilder.core.atomic import atomic_write_with
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.params import check_weights
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.i18n import translate


class HasWeights(Protocol):
    """Anything with ``get_weights()``, such as a :class:`~cnnbuilder.core.nn.Network`."""

    def get_weights(self) -> dict[str, np.ndarray]: ...


def save_weights(
    network_or_weights: HasWeights | Mapping[str, np.ndarray], path: str | Path
) -> None:
    """Write the weights to ``path`` as an ``.npz`` of float32 arrays, atomically.

    Parameters
    ----------
    network_or_weights : Network or mapping of str to ndarray
        A network (its :meth:`get_weights`) or a ``{"layer{i}.W": ...}`` dict.
    path : str or Path
        Written exactly as given (NumPy would add ``.npz`` to a bare name;
        writing through a file handle prevents that).
    """
    if hasattr(network_or_weights, "get_weights"):
        weights = network_or_weights.get_weights()
    else:
        weights = dict(network_or_weights)
    arrays = {key: np.asarray(value, dtype=np.float32) for key, value in weights.items()}

    def write(handle: IO[bytes]) -> None:
        # NumPy's stub lets **kwds bind allow_pickle (bool); passing the flag by name
        # would store it as an array before NumPy 2.1, which this project still supports.
        np.savez(handle, **arrays)  # type: ignore[arg-type]

    atomic_write_with(Path(path), write)


def _read(path: Path) -> dict[str, np.ndarray]:
    try:
        # Opened here, not by np.load, so that a failed read never leaks the handle.
        with path.open("rb") as handle:
            data = np.load(handle, allow_pickle=False)
            if not isinstance(data, np.lib.npyio.NpzFile):
                message = translate(
                    "weights", "{file} holds a single array, not an .npz weights file"
                )
                raise DataError(message.format(file=path.name))
            with data:
                return {key: data[key] for key in data.files}
    except DataError:
        raise
    except FileNotFoundError:
        message = translate("weights", "weights file {file} does not exist").format(file=path)
        raise DataError(message) from None
    except IsADirectoryError:
        message = translate("weights", "{file} is a folder, not a weights file").format(file=path)
        raise DataError(message) from None
    except (OSError, ValueError, EOFError, zipfile.BadZipFile) as exc:
        # np.load raises these for text, truncated zips and pickled objects.
        message = translate("weights", "{file} is not a readable .npz weights file ({problem})")
        raise DataError(message.format(file=path.name, problem=exc)) from None


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
    path = Path(path)
    weights = _read(path)
    check_weights(weights, param_shapes(spec))
    return {key: value.astype(np.float32) for key, value in weights.items()}
