"""Read a weights file for the network on the canvas (runs off the GUI thread).

The file is read once (:func:`~cnnbuilder.core.weights.read_arrays`); what
it means for the canvas is decided here, and the texts that explain a
refusal are made here too, so the GUI thread only shows them or asks
(``QCoreApplication.translate`` may be called from any thread).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QCoreApplication

from cnnbuilder.core.errors import CnnBuilderError, DataError, ShapeError, SpecError
from cnnbuilder.core.nn.layers import param_shapes
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.weights import NETWORK_KEY, fit_weights, read_arrays, stored_network

Shapes = dict[str, tuple[int, ...]]


def _kernel_shapes(shapes: Shapes) -> str:
    """``layer0.W 5×5×3×8, layer2.W 400×120``: the W of each layer (its b follows from it)."""
    kernels = sorted(k for k in shapes if k.endswith(".W"))
    listed = ", ".join(f"{k} {'×'.join(map(str, shapes[k]))}" for k in kernels)
    return listed or QCoreApplication.translate("WeightsActions", "no weights")


def cannot_load(file: str, problem: object) -> str:
    """``Could not load w.npz: …``."""
    return QCoreApplication.translate("WeightsActions", "Could not load {file}: {problem}").format(
        file=file, problem=problem
    )


def mismatch_text(file: str, stored: Shapes, spec: NetworkSpec, error: ShapeError) -> str:
    """Explain a refused weights file with both shapes.

    When the file's layers differ from the network's (weights of another
    network), the error alone names only missing keys; the file's and the
    network's kernel shapes are then listed side by side.
    """
    needed = param_shapes(spec)
    if set(stored) == set(needed):  # same layers: the error names both shapes
        return cannot_load(file, error)
    return QCoreApplication.translate(
        "WeightsActions",
        "Could not load {file}: it holds the weights of another network. "
        "The file has {stored}; this network needs {needed}.",
    ).format(file=file, stored=_kernel_shapes(stored), needed=_kernel_shapes(needed))


def why_not(file: str, spec: NetworkSpec, stored: NetworkSpec, problem: Exception) -> str:
    """Why weights of ``stored`` do not fit ``spec``, the network on the canvas."""
    if not spec.layers:
        return QCoreApplication.translate(
            "WeightsActions", "The canvas has no layers for the weights in {file}."
        ).format(file=file)
    if isinstance(problem, ShapeError):
        return QCoreApplication.translate(
            "WeightsActions",
            "{file} holds the weights of another network: it has {stored}; "
            "the network on the canvas needs {needed}.",
        ).format(
            file=file,
            stored=_kernel_shapes(param_shapes(stored)),
            needed=_kernel_shapes(param_shapes(spec)),
        )
    return QCoreApplication.translate(
        "WeightsActions",  # a network that cannot be built holds no weights
        "The network on the canvas cannot take the weights in {file}: {problem}",
    ).format(file=file, problem=problem)


def network_with(weights: Mapping[str, np.ndarray], spec: NetworkSpec) -> Network:
    """``spec``'s network holding ``weights`` (a file's arrays).

    Raises
    ------
    ShapeError
        They are the weights of another network.
    SpecError, DataError
        ``spec`` cannot hold weights; the values are not usable.
    """
    network = Network.from_spec(spec, np.random.default_rng(0))
    network.set_weights(fit_weights(weights, spec))
    return network


@dataclass(frozen=True)
class WeightsFile:
    """What a weights file holds for the canvas.

    Either ``network`` (the canvas's network with these weights), or the
    network ``stored`` with them, which they fit while the canvas does not
    (``reason`` says why), to offer opening it.
    """

    path: Path
    arrays: Mapping[str, np.ndarray]
    network: Network | None = None
    stored: NetworkSpec | None = None
    reason: str = ""


def _shapes(arrays: Mapping[str, np.ndarray]) -> Shapes:
    """The shape of every weight among a file's arrays (not the stored network)."""
    return {key: value.shape for key, value in arrays.items() if key != NETWORK_KEY}


def _fitting_stored(arrays: Mapping[str, np.ndarray], file: str) -> NetworkSpec | None:
    """The network stored with the weights when they fit it, else None (an older
    file without one, or one that cannot be read)."""
    try:
        stored = stored_network(arrays, file)
    except CnnBuilderError:
        return None
    if stored is None or _shapes(arrays) != param_shapes(stored):
        return None
    return stored


def read_weights_file(path: Path, spec: NetworkSpec) -> WeightsFile:
    """Read ``path`` once and see whether its weights fit ``spec``.

    Raises
    ------
    DataError
        The one-line message to show: the file cannot be read, or it holds
        weights of another network and does not carry that network.
    """
    file = path.name
    try:
        arrays = read_arrays(path)
        return WeightsFile(path, arrays, network=network_with(arrays, spec))
    except (ShapeError, SpecError) as exc:  # another network, or none to hold weights
        problem: Exception = exc
    except (CnnBuilderError, ValueError, OSError, MemoryError) as exc:
        raise DataError(cannot_load(file, str(exc) or type(exc).__name__)) from None
    stored = _fitting_stored(arrays, file)
    if stored is not None:
        return WeightsFile(path, arrays, stored=stored, reason=why_not(file, spec, stored, problem))
    if isinstance(problem, ShapeError):
        raise DataError(mismatch_text(file, _shapes(arrays), spec, problem))
    raise DataError(cannot_load(file, problem))
