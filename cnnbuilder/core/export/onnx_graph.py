"""Build the ONNX graph of a network with its weights (the ``onnx`` package).

Input ``input`` is ``N × n_c × n_H × n_W`` float32, output ``probabilities``
``N × classes``; opset 17. Every layer's nodes come from its kind
(:meth:`~cnnbuilder.core.kinds.base.LayerKind.onnx_nodes`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import numpy as np

from cnnbuilder.core.export.nodes import needs_flatten, onnx_flatten
from cnnbuilder.core.extras import require
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.spec import NetworkSpec
from cnnbuilder.core.summary import summarize

OPSET = 17
# IR version 8 goes with opset 17 and is read by every onnxruntime since 1.12.
IR_VERSION = 8
INPUT_NAME, OUTPUT_NAME = "input", "probabilities"


class _Graph:
    """Collects nodes and initializers; names them after the current layer."""

    def __init__(self, onnx: Any) -> None:
        self.onnx = onnx
        self.nodes: list[Any] = []
        self.initializers: list[Any] = []
        self.prefix = ""
        self._count = 0

    def _name(self, what: str) -> str:
        self._count += 1
        return f"{self.prefix}{what}_{self._count}"

    def node(self, op: str, inputs: list[str], **attributes: Any) -> str:
        """Add a node; return the name of its output."""
        output = self._name(op)
        self.nodes.append(
            self.onnx.helper.make_node(op, inputs, [output], name=output, **attributes)
        )
        return output

    def constant(self, name: str, array: np.ndarray) -> str:
        """Add a float32 initializer named after the layer."""
        full = f"{self.prefix}{name}"
        data = np.ascontiguousarray(array, dtype=np.float32)
        self.initializers.append(self.onnx.numpy_helper.from_array(data, full))
        return full


def _layer_weights(weights: Mapping[str, np.ndarray], index: int) -> dict[str, np.ndarray]:
    return {part: weights[key] for part in ("W", "b") if (key := f"layer{index}.{part}") in weights}


def onnx_model(spec: NetworkSpec, weights: Mapping[str, np.ndarray]) -> Any:
    """Return the checked ``onnx.ModelProto`` of ``spec`` with ``weights``.

    Parameters
    ----------
    spec : NetworkSpec
        A valid network.
    weights : mapping
        ``layer{i}.W`` / ``layer{i}.b`` in cnnbuilder's layout (already checked).

    Raises
    ------
    MissingExtra
        When the ``onnx`` package is not installed.
    """
    onnx = require("onnx", "onnx")
    rows = summarize(spec).rows
    graph = _Graph(onnx)
    x = INPUT_NAME
    for i, layer in enumerate(spec.layers):
        in_shape = rows[i].output_shape or ()
        graph.prefix = f"{rows[i + 1].name}/"
        kind = kind_of(layer)
        if needs_flatten(in_shape, kind.weight_layout):
            x = onnx_flatten(graph, x)
        x = kind.onnx_nodes(layer, graph, x, _layer_weights(weights, i))
    graph.nodes[-1].output[0] = OUTPUT_NAME
    n_h, n_w, n_c = spec.input.shape
    classes = (rows[-1].output_shape or (0,))[0]
    helper, float32 = onnx.helper, onnx.TensorProto.FLOAT
    model = helper.make_model(
        helper.make_graph(
            graph.nodes,
            spec.name,
            [helper.make_tensor_value_info(INPUT_NAME, float32, ["N", n_c, n_h, n_w])],
            [helper.make_tensor_value_info(OUTPUT_NAME, float32, ["N", classes])],
            graph.initializers,
        ),
        opset_imports=[helper.make_opsetid("", OPSET)],
        producer_name="cnnbuilder",
    )
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model, full_check=True)
    return model
