"""One forward pass for one input, kept layer by layer, with each value's arithmetic.

:func:`inspect_input` runs the engine's own forward pass
(:meth:`Network.layer_outputs`, every layer's true output) and keeps the
maps; :meth:`Inspection.cell` recomputes one value from its window and
filter with the numbers shown.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnbuilder.core.inside.cells import Cell, CellContext
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import NetworkSpec, display_name
from cnnbuilder.i18n import translate


@dataclass(frozen=True)
class LayerStats:
    """Range and mean of one layer's output for the inspected input."""

    index: int
    name: str
    kind: str
    output_shape: tuple[int, ...]
    min: float
    max: float
    mean: float


@dataclass(frozen=True)
class Inspection:
    """Every layer's output for one input.

    Attributes
    ----------
    network : Network
        Whose weights produced the maps (read, never changed).
    x : ndarray, (n_H, n_W, n_c) float32
        The input as the network saw it.
    outputs : tuple of ndarray
        One per layer, without the batch axis: ``(n_H, n_W, n_c)`` or
        ``(units,)``; the Softmax entry holds the probabilities.
    logits : ndarray, (classes,)
        The Softmax layer's ``z``.
    """

    network: Network
    x: np.ndarray
    outputs: tuple[np.ndarray, ...]
    logits: np.ndarray

    @property
    def spec(self) -> NetworkSpec:
        """The network's spec."""
        return self.network.spec

    @property
    def probabilities(self) -> np.ndarray:
        """``(classes,)`` softmax probabilities."""
        return self.outputs[-1]

    @property
    def predicted(self) -> int:
        """The most probable class."""
        return int(np.argmax(self.probabilities))

    def activation_before(self, layer: int) -> np.ndarray:
        """The input of the 1-based ``layer`` (the image for layer 1)."""
        return self.x if layer == 1 else self.outputs[layer - 2]

    def _context(self, layer: int) -> CellContext:
        if not 1 <= layer <= len(self.outputs):
            raise ValueError(
                translate(
                    "inside", "layer {layer} does not exist (the network has 1..{count})"
                ).format(layer=layer, count=len(self.outputs))
            )
        spec_layer = self.spec.layers[layer - 1]
        params = self.network.params
        return CellContext(
            layer=layer,
            kind=spec_layer.kind,
            a_prev=self.activation_before(layer),
            w=params.get(f"layer{layer - 1}.W"),
            b=params.get(f"layer{layer - 1}.b"),
            window=kind_of(spec_layer).window(spec_layer),
            activation=kind_of(spec_layer).g_name(spec_layer),
        )

    def cell(self, layer: int, position: tuple[int, ...]) -> Cell:
        """The arithmetic of one value of ``layer`` (1-based) at ``position``.

        ``position`` is ``(i, j, c)`` for CONV and POOL, ``(u,)`` for FC and
        Softmax (0-based). Raises ValueError naming what is out of range.
        """
        ctx = self._context(layer)
        shape = self.outputs[layer - 1].shape
        return kind_of(self.spec.layers[layer - 1]).cell(ctx, tuple(position), shape)

    def stats(self) -> list[LayerStats]:
        """Per-layer output range and mean, in order."""
        return [
            LayerStats(
                index=n,
                name=display_name(self.spec, n),
                kind=layer.kind,
                output_shape=tuple(out.shape),
                min=float(out.min()),
                max=float(out.max()),
                mean=float(out.mean(dtype=np.float64)),
            )
            for n, (layer, out) in enumerate(zip(self.spec.layers, self.outputs, strict=True), 1)
        ]


def inspect_input(network: Network, x: np.ndarray) -> Inspection:
    """Run ``network`` on one input and keep every layer's output.

    Parameters
    ----------
    x : ndarray, (n_H, n_W, n_c) or (n_H, n_W) for one channel
    """
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == 2:
        x = x[:, :, None]
    outputs = network.layer_outputs(x[None])
    logits = network.scores(x[None])[0]
    return Inspection(network, x, tuple(o[0] for o in outputs), logits)
