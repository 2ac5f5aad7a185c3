"""How each layer kind is written out: PyTorch code and ONNX nodes, in one table.

:data:`KIND_EXPORTS` maps a layer kind (``"conv"``, ``"pool"``, ``"fc"``,
``"softmax"``) to a :class:`KindExport`. The PyTorch script generator and the
ONNX graph builder only look kinds up here, so adding a kind means adding
one entry. The flattening of a 3-D activation before the first FC or
Softmax layer is not a kind: :func:`torch_flatten` and :func:`onnx_flatten`
write it, in C order over (n_H, n_W, n_c) as FORMATS.md says.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np

from cnnbuilder.core.nn.activations import LEAKY_SLOPE
from cnnbuilder.core.nn.init import scheme_for
from cnnbuilder.core.spec import ConvSpec, DenseSpec, LayerSpec, PoolSpec, resolve_padding

Shape = tuple[int, ...]

# activation -> (PyTorch expression around "{}", ONNX operator or None, its attributes)
ACTIVATION_EXPORTS: dict[str, tuple[str, str | None, dict[str, float]]] = {
    "relu": ("F.relu({})", "Relu", {}),
    "leaky_relu": (f"F.leaky_relu({{}}, {LEAKY_SLOPE})", "LeakyRelu", {"alpha": LEAKY_SLOPE}),
    "tanh": ("torch.tanh({})", "Tanh", {}),
    "sigmoid": ("torch.sigmoid({})", "Sigmoid", {}),
    "linear": ("{}", None, {}),
}


class OnnxGraph(Protocol):
    """What a kind needs from the ONNX builder (see :mod:`.onnx_graph`)."""

    def node(self, op: str, inputs: list[str], **attributes: Any) -> str:
        """Add a node; return the name of its single output."""
        ...

    def constant(self, name: str, array: np.ndarray) -> str:
        """Add an initializer (float32); return its name."""
        ...


@dataclass(frozen=True)
class KindExport:
    """The export of one layer kind.

    Attributes
    ----------
    torch_module : (layer, in_shape, out_shape) -> str
        The ``nn.Module`` constructor, e.g. ``nn.Conv2d(3, 8, kernel_size=5, ...)``.
    torch_call : (layer, str) -> str
        The forward expression around the module call (adds the activation).
    weight_layout : str or None
        ``"conv"`` (f×f×n_c_prev×n_c ↔ n_c×n_c_prev×f×f) or ``"fc"``
        (n_in×n_out ↔ n_out×n_in); None for a kind without parameters.
    onnx : (layer, graph, x, weights) -> str
        Adds the layer's nodes after tensor ``x``; returns the output tensor.
        ``weights`` holds this layer's ``W`` and ``b`` in cnnbuilder's layout.
    """

    torch_module: Callable[[Any, Shape, Shape], str]
    torch_call: Callable[[Any, str], str]
    weight_layout: str | None
    onnx: Callable[[Any, OnnxGraph, str, Mapping[str, np.ndarray]], str]
    init_scheme: Callable[[Any], str | None] = field(default=lambda layer: None)


def activation_call(activation: str, call: str) -> str:
    """``F.relu(self.CONV1(x))`` for ``relu`` and ``self.CONV1(x)``."""
    return ACTIVATION_EXPORTS[activation][0].format(call)


def onnx_activation(graph: OnnxGraph, activation: str, x: str) -> str:
    """Add the activation node after ``x`` (none for ``linear``)."""
    _code, op, attributes = ACTIVATION_EXPORTS[activation]
    return x if op is None else graph.node(op, [x], **attributes)


# ----------------------------------------------------------------------- conv
def _conv_module(layer: ConvSpec, in_shape: Shape, _out: Shape) -> str:
    return (
        f"nn.Conv2d({in_shape[2]}, {layer.filters}, kernel_size={layer.size}, "
        f"stride={layer.stride}, padding={resolve_padding(layer)})"
    )


def _conv_onnx(layer: ConvSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]) -> str:
    w = graph.constant("W", weights["W"].transpose(3, 2, 0, 1))  # -> n_c × n_c_prev × f × f
    b = graph.constant("b", weights["b"])
    p = resolve_padding(layer)
    z = graph.node(
        "Conv",
        [x, w, b],
        kernel_shape=[layer.size, layer.size],
        strides=[layer.stride, layer.stride],
        pads=[p, p, p, p],
    )
    return onnx_activation(graph, layer.activation, z)


# ----------------------------------------------------------------------- pool
def _pool_module(layer: PoolSpec, _in: Shape, _out: Shape) -> str:
    cls = "nn.MaxPool2d" if layer.mode == "max" else "nn.AvgPool2d"
    return f"{cls}(kernel_size={layer.size}, stride={layer.stride})"


def _pool_onnx(layer: PoolSpec, graph: OnnxGraph, x: str, _w: Mapping[str, np.ndarray]) -> str:
    op = "MaxPool" if layer.mode == "max" else "AveragePool"
    return graph.node(
        op, [x], kernel_shape=[layer.size, layer.size], strides=[layer.stride, layer.stride]
    )


# ----------------------------------------------------------- fc and softmax
def _dense_module(_layer: LayerSpec, in_shape: Shape, out_shape: Shape) -> str:
    return f"nn.Linear({int(np.prod(in_shape))}, {out_shape[0]})"


def _gemm(graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]) -> str:
    # Gemm computes x @ W + b with W as n_in × n_out: cnnbuilder's layout as it is.
    return graph.node(
        "Gemm", [x, graph.constant("W", weights["W"]), graph.constant("b", weights["b"])]
    )


def _fc_onnx(layer: DenseSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]) -> str:
    return onnx_activation(graph, layer.activation, _gemm(graph, x, weights))


def _softmax_onnx(_layer: LayerSpec, graph: OnnxGraph, x: str, w: Mapping[str, np.ndarray]) -> str:
    return graph.node("Softmax", [_gemm(graph, x, w)], axis=1)


KIND_EXPORTS: dict[str, KindExport] = {
    "conv": KindExport(
        torch_module=_conv_module,
        torch_call=lambda layer, call: activation_call(layer.activation, call),
        weight_layout="conv",
        onnx=_conv_onnx,
        init_scheme=lambda layer: scheme_for(layer.activation),
    ),
    "pool": KindExport(
        torch_module=_pool_module,
        torch_call=lambda _layer, call: call,
        weight_layout=None,
        onnx=_pool_onnx,
    ),
    "fc": KindExport(
        torch_module=_dense_module,
        torch_call=lambda layer, call: activation_call(layer.activation, call),
        weight_layout="fc",
        onnx=_fc_onnx,
        init_scheme=lambda layer: scheme_for(layer.activation),
    ),
    # The Softmax block is a dense layer to `classes` logits; the script's forward
    # returns the logits (the softmax is in the loss), the ONNX graph the probabilities.
    "softmax": KindExport(
        torch_module=_dense_module,
        torch_call=lambda _layer, call: call,
        weight_layout="fc",
        onnx=_softmax_onnx,
        init_scheme=lambda _layer: scheme_for(None),
    ),
}


def needs_flatten(in_shape: Shape, layer: LayerSpec) -> bool:
    """True before the first dense layer (FC or Softmax) that gets a 3-D activation."""
    return len(in_shape) == 3 and KIND_EXPORTS[layer.kind].weight_layout == "fc"


def torch_flatten() -> str:
    """The forward line that flattens N × n_c × n_H × n_W in cnnbuilder's (H, W, C) order."""
    return "x = x.permute(0, 2, 3, 1).flatten(1)  # N × n_H·n_W·n_c, in (H, W, C) order"


def onnx_flatten(graph: OnnxGraph, x: str) -> str:
    """NCHW -> NHWC -> N × (n_H·n_W·n_c), the order cnnbuilder's FC weights expect."""
    return graph.node("Flatten", [graph.node("Transpose", [x], perm=[0, 2, 3, 1])], axis=1)
