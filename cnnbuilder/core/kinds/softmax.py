"""The Softmax layer kind: the output layer, dense to ``classes`` scores then softmax."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from cnnbuilder.core.export.nodes import OnnxGraph, onnx_gemm, torch_linear
from cnnbuilder.core.inside.cells import Cell, CellContext, softmax_cell
from cnnbuilder.core.kinds.base import LayerKind, uid_field
from cnnbuilder.core.kinds.fc import dense_working
from cnnbuilder.core.kinds.fields import Field
from cnnbuilder.core.kinds.working import Shape, Working
from cnnbuilder.core.nn.dense import Dense
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class SoftmaxSpec:
    """The output layer: dense to ``classes`` scores, then softmax."""

    kind: ClassVar[str] = "softmax"
    classes: int = 10
    name: str | None = None
    uid: int = uid_field()


class SoftmaxKind(LayerKind):
    """Softmax: the last layer; at least 2 classes."""

    type_name = "softmax"
    label = "Softmax"
    spec_class = SoftmaxSpec
    is_output = True
    weight_layout = "fc"
    fields = (
        Field(
            "classes",
            QT_TRANSLATE_NOOP("fields", "Classes C"),
            "int",
            2,
            10000,
            tip=QT_TRANSLATE_NOOP("fields", "number of output classes"),
            required=True,
        ),
    )

    def work(self, layer: SoftmaxSpec, in_shape: Shape) -> Working:
        return dense_working(layer.classes, 2, translate("shapes", "classes"), in_shape)

    def hyper_text(self, layer: SoftmaxSpec) -> str:
        return translate("shapes", "{n} classes").format(n=layer.classes)

    def caption_text(self, layer: SoftmaxSpec) -> str:
        return translate("captions", "{n} classes").format(n=layer.classes)

    def build(self, layer: SoftmaxSpec, index: int, in_shape: Shape) -> Dense:
        # The softmax itself is in the loss: the layer computes the scores.
        return Dense(index, in_shape, layer.classes, "linear")

    # The exported module returns the logits (the softmax is in the loss, as here);
    # the ONNX graph ends with the softmax: its output is the probabilities.
    def torch_module(self, layer: SoftmaxSpec, in_shape: Shape, out_shape: Shape) -> str:
        return torch_linear(in_shape, layer.classes)

    def onnx_nodes(
        self, layer: SoftmaxSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]
    ) -> str:
        return graph.node("Softmax", [onnx_gemm(graph, x, weights)], axis=1)

    def g_name(self, layer: SoftmaxSpec) -> str:
        return "softmax"

    def cell(self, context: CellContext, position: tuple[int, ...], out_shape: Shape) -> Cell:
        return softmax_cell(context, position, out_shape)


SOFTMAX = SoftmaxKind()
