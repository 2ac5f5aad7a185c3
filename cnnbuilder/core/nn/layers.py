"""The engine's layers built from a spec, and their parameter shapes."""

from __future__ import annotations

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.nn.conv import Conv2D
from cnnbuilder.core.nn.dense import Dense
from cnnbuilder.core.nn.pool import Pool2D
from cnnbuilder.core.spec import ConvSpec, DenseSpec, NetworkSpec, PoolSpec, resolve_padding
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate

Layer = Conv2D | Pool2D | Dense


def build_layers(spec: NetworkSpec) -> list[Layer]:
    """One engine layer per spec layer; the Softmax layer is a linear Dense.

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
        layer: Layer
        if isinstance(s, ConvSpec):
            layer = Conv2D(i, shape, s.filters, s.size, s.stride, resolve_padding(s), s.activation)
        elif isinstance(s, PoolSpec):
            layer = Pool2D(i, shape, s.mode, s.size, s.stride)
        elif isinstance(s, DenseSpec):
            layer = Dense(i, shape, s.units, s.activation)
        else:
            layer = Dense(i, shape, s.classes, "linear")
        layers.append(layer)
        shape = layer.out_shape
    return layers


def param_shapes(spec: NetworkSpec) -> dict[str, tuple[int, ...]]:
    """``{"layer{i}.W": shape, "layer{i}.b": shape}`` for every layer with parameters."""
    shapes: dict[str, tuple[int, ...]] = {}
    for layer in build_layers(spec):
        shapes.update(layer.param_shapes())
    return shapes
