"""Pieces the layer kinds use to write themselves out: PyTorch code and ONNX nodes.

Each kind's export hooks (:class:`~cnnbuilder.core.kinds.base.LayerKind`:
``weight_layout``, ``torch_module``, ``torch_call``, ``onnx_nodes``) are
built from these. The flattening of a 3-D activation before the first dense
layer is not a kind: :func:`torch_flatten` and :func:`onnx_flatten` write it,
in C order over (n_H, n_W, n_c) as FORMATS.md says. Nothing here imports a
kind, so the kinds can import it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

import numpy as np

from cnnbuilder.core.nn.activations import LEAKY_SLOPE

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
        """Add an initializer (float32) named after the layer; return its name."""
        ...


def activation_call(activation: str, call: str) -> str:
    """``F.relu(self.CONV1(x))`` for ``relu`` and ``self.CONV1(x)``."""
    return ACTIVATION_EXPORTS[activation][0].format(call)


def onnx_activation(graph: OnnxGraph, activation: str, x: str) -> str:
    """Add the activation node after ``x`` (none for ``linear``)."""
    _code, op, attributes = ACTIVATION_EXPORTS[activation]
    return x if op is None else graph.node(op, [x], **attributes)


def torch_linear(in_shape: Shape, units: int) -> str:
    """``nn.Linear(n_in, units)`` for a dense layer after a (flattened) ``in_shape``."""
    return f"nn.Linear({int(np.prod(in_shape))}, {units})"


def onnx_gemm(graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]) -> str:
    """``x @ W + b``: ONNX's Gemm takes W as n_in × n_out, cnnbuilder's layout as it is."""
    w, b = graph.constant("W", weights["W"]), graph.constant("b", weights["b"])
    return graph.node("Gemm", [x, w, b])


def needs_flatten(in_shape: Shape, weight_layout: str | None) -> bool:
    """True before a dense layer (weights laid out ``"fc"``) that gets a 3-D activation."""
    return len(in_shape) == 3 and weight_layout == "fc"


def torch_flatten() -> str:
    """The forward line that flattens N × n_c × n_H × n_W in cnnbuilder's (H, W, C) order."""
    return "x = x.permute(0, 2, 3, 1).flatten(1)  # N × n_H·n_W·n_c, in (H, W, C) order"


def onnx_flatten(graph: OnnxGraph, x: str) -> str:
    """NCHW -> NHWC -> N × (n_H·n_W·n_c), the order cnnbuilder's FC weights expect."""
    return graph.node("Flatten", [graph.node("Transpose", [x], perm=[0, 2, 3, 1])], axis=1)
