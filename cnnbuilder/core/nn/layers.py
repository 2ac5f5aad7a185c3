"""The engine's layers built from a spec (each by its kind), and their parameter shapes."""

from __future__ import annotations

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.nn.interface import Layer
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate

__all__ = ["Layer", "build_layers", "param_shapes"]


def build_layers(spec: NetworkSpec) -> list[Layer]:
    """One engine layer per spec layer, built by the layer's kind.

    Raises
    ------
    SpecError
        When ``summarize(spec)`` says the network cannot be trained.
    """
    summary = summarize(spec)
    if not summary.ok:
        raise SpecError(summary.problem or translate("layers", "the network is not valid"))
    shape: tuple[int, ...] = spec.input.shape
    layers: list[Layer] = []
    for i, s in enumerate(spec.layers):
        layer = kind_of(s).build(s, i, shape)
        layers.append(layer)
        shape = layer.out_shape
    return layers


def param_shapes(spec: NetworkSpec) -> dict[str, tuple[int, ...]]:
    """``{"layer{i}.W": shape, "layer{i}.b": shape}`` for every layer with parameters."""
    shapes: dict[str, tuple[int, ...]] = {}
    for layer in build_layers(spec):
        shapes.update(layer.param_shapes())
    return shapes
