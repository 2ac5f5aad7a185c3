"""What the inside view knows of each layer kind, in one table keyed by kind name.

Each entry says how the kind slides a window (receptive field, window
highlights, the sandbox), whether the why-convolution numbers apply, what
its ``g`` is called, and which function recomputes one of its values.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from cnnbuilder.core.inside.cells import Cell, CellContext, conv_cell, pool_cell, softmax_cell
from cnnbuilder.core.inside.cells import unit_cell as fc_cell
from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.core.spec import LayerSpec, resolve_padding

CellFunction = Callable[[CellContext, tuple[int, ...], tuple[int, ...]], Cell]


@dataclass(frozen=True)
class InsideKind:
    """The inside view's hooks for one layer kind.

    Attributes
    ----------
    window : callable
        ``window(layer) -> Window`` for kinds that slide one, else None.
    why_conv : bool
        The layer shares parameters over positions (FC-equivalent counts apply).
    activation : callable
        ``activation(layer) -> str``: ``g``, the pool mode, or ``"softmax"``.
    cell : callable
        ``cell(context, position, out_shape) -> Cell``.
    """

    window: Callable[[Any], Window] | None
    why_conv: bool
    activation: Callable[[Any], str]
    cell: CellFunction


INSIDE_KINDS: dict[str, InsideKind] = {
    "conv": InsideKind(
        window=lambda layer: Window(layer.size, layer.stride, resolve_padding(layer)),
        why_conv=True,
        activation=lambda layer: layer.activation,
        cell=conv_cell,
    ),
    "pool": InsideKind(
        window=lambda layer: Window(layer.size, layer.stride, 0),
        why_conv=False,
        activation=lambda layer: layer.mode,
        cell=pool_cell,
    ),
    "fc": InsideKind(
        window=None, why_conv=False, activation=lambda layer: layer.activation, cell=fc_cell
    ),
    "softmax": InsideKind(
        window=None, why_conv=False, activation=lambda _layer: "softmax", cell=softmax_cell
    ),
}


def inside_kind(layer: LayerSpec) -> InsideKind:
    """The table entry of ``layer``'s kind."""
    return INSIDE_KINDS[layer.kind]


def window_of(layer: LayerSpec) -> Window | None:
    """The layer's sliding window, None for FC and Softmax."""
    hook = inside_kind(layer).window
    return None if hook is None else hook(layer)
