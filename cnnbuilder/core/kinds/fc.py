"""The FC layer kind: ``units`` neurons fully connected to the (flattened) input."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

import numpy as np

from cnnbuilder.core.export.nodes import (
    OnnxGraph,
    activation_call,
    onnx_activation,
    onnx_gemm,
    torch_linear,
)
from cnnbuilder.core.inside.cells import Cell, CellContext, unit_cell
from cnnbuilder.core.kinds.base import LayerKind, uid_field
from cnnbuilder.core.kinds.fields import ACTIVATION_FIELD, Field
from cnnbuilder.core.kinds.working import Shape, Working, dot_text, product
from cnnbuilder.core.nn.dense import Dense
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class DenseSpec:
    """A fully connected (FC) layer of ``units`` neurons and an activation."""

    kind: ClassVar[str] = "fc"
    units: int = 64
    activation: str = "relu"
    name: str | None = None
    uid: int = uid_field()


def dense_working(units: int, least: int, out_name: str, in_shape: Shape) -> Working:
    """The working of a dense layer of ``units`` outputs; a 3-D input is flattened first.

    ``out_name`` is how the formulas call the outputs (``n_out``, ``classes``).
    """
    if units < least:
        message = translate("shapes", "needs at least {least} outputs (got {units})")
        return Working.failed(message.format(least=least, units=units))
    n_in = product(in_shape)
    flatten = ""
    if len(in_shape) == 3:
        flatten = translate("shapes", "n_in = {product} = {n} (flattened)").format(
            product=dot_text(in_shape), n=n_in
        )
        flatten += "\n"
    params = (n_in + 1) * units
    return Working(
        shape=(units,),
        params=params,
        mult_adds=n_in * units,
        shape_text=f"{flatten}{out_name} = {units}",
        params_text=f"{flatten}(n_in + 1)·{out_name} = ({n_in} + 1)·{units} = {params}",
    )


class DenseKind(LayerKind):
    """FC: ``(n_in + 1)·n_out`` parameters."""

    type_name = "fc"
    label = "FC"
    spec_class = DenseSpec
    weight_layout = "fc"
    fields = (
        Field(
            "units",
            QT_TRANSLATE_NOOP("fields", "Units n^[l]"),
            "int",
            1,
            65536,
            tip=QT_TRANSLATE_NOOP("fields", "number of neurons"),
            required=True,
        ),
        ACTIVATION_FIELD,
    )

    def work(self, layer: DenseSpec, in_shape: Shape) -> Working:
        return dense_working(layer.units, 1, "n_out", in_shape)

    def hyper_text(self, layer: DenseSpec) -> str:
        units = translate("shapes", "{n} units").format(n=layer.units)
        return f"{units} {layer.activation}"

    def caption_text(self, layer: DenseSpec) -> str:
        return translate("captions", "{n} units").format(n=layer.units)

    def build(self, layer: DenseSpec, index: int, in_shape: Shape) -> Dense:
        return Dense(index, in_shape, layer.units, layer.activation)

    def torch_module(self, layer: DenseSpec, in_shape: Shape, out_shape: Shape) -> str:
        return torch_linear(in_shape, layer.units)

    def torch_call(self, layer: DenseSpec, call: str) -> str:
        return activation_call(layer.activation, call)

    def onnx_nodes(
        self, layer: DenseSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]
    ) -> str:
        return onnx_activation(graph, layer.activation, onnx_gemm(graph, x, weights))

    def cell(self, context: CellContext, position: tuple[int, ...], out_shape: Shape) -> Cell:
        return unit_cell(context, position, out_shape)


FC = DenseKind()
