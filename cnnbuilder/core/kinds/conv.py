"""The CONV layer kind: ``n_c`` filters of ``f x f x n_c_prev``, then an activation."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

import numpy as np

from cnnbuilder.core.export.nodes import OnnxGraph, activation_call, onnx_activation
from cnnbuilder.core.inside.cells import Cell, CellContext, conv_cell
from cnnbuilder.core.inside.geometry import WhyConv, Window, why_conv
from cnnbuilder.core.kinds.base import LayerKind, uid_field
from cnnbuilder.core.kinds.fields import ACTIVATION_FIELD, Field
from cnnbuilder.core.kinds.window import window_error, window_sizes
from cnnbuilder.core.kinds.working import Shape, Working
from cnnbuilder.core.nn.conv import Conv2D
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

Padding = int | Literal["valid", "same"]


@dataclass(frozen=True)
class ConvSpec:
    """A CONV layer: ``filters`` kernels of ``size x size``, then an activation."""

    kind: ClassVar[str] = "conv"
    filters: int = 8
    size: int = 3
    stride: int = 1
    padding: Padding = 0
    activation: str = "relu"
    name: str | None = None
    uid: int = uid_field()


def resolve_padding(layer: ConvSpec) -> int:
    """Return the padding ``p`` of a CONV layer as a number.

    ``"valid"`` is 0 and ``"same"`` is ``(f - 1) / 2``; whether ``"same"`` is
    allowed for this ``f`` and ``s`` is the summary's business.
    """
    if layer.padding == "valid":
        return 0
    if layer.padding == "same":
        return (layer.size - 1) // 2
    return int(layer.padding)


class ConvKind(LayerKind):
    """CONV: the window arithmetic with ``n_c`` filters and ``(f·f·n_c_prev + 1)·n_c``
    parameters."""

    type_name = "conv"
    label = "CONV"
    spec_class = ConvSpec
    conv_params = True
    weight_layout = "conv"
    fields = (
        Field(
            "filters",
            QT_TRANSLATE_NOOP("fields", "Filters n_c"),
            "int",
            1,
            2048,
            tip=QT_TRANSLATE_NOOP("fields", "n_c^[l]: number of filters"),
            required=True,
        ),
        Field(
            "size",
            QT_TRANSLATE_NOOP("fields", "Filter size f"),
            "int",
            1,
            64,
            tip=QT_TRANSLATE_NOOP("fields", "each filter is f×f×n_c^[l−1]"),
            required=True,
        ),
        Field(
            "stride",
            QT_TRANSLATE_NOOP("fields", "Stride s"),
            "int",
            1,
            32,
            tip=QT_TRANSLATE_NOOP("fields", "step of the filter, in pixels"),
        ),
        Field(
            "padding",
            QT_TRANSLATE_NOOP("fields", "Padding p"),
            "padding",
            0,
            64,
            tip=QT_TRANSLATE_NOOP(
                "fields", "zeros added on each side; 'same' keeps n_H and n_W (odd f, s = 1)"
            ),
        ),
        ACTIVATION_FIELD,
    )

    def work(self, layer: ConvSpec, in_shape: Shape) -> Working:
        f, s = layer.size, layer.stride
        p = resolve_padding(layer)
        if len(in_shape) == 3 and layer.padding == "same" and (f % 2 == 0 or s != 1):
            message = translate("shapes", "'same' padding needs an odd f and s = 1 (f={f}, s={s})")
            return Working.failed(message.format(f=f, s=s))
        error = window_error(f, s, p, in_shape, self.label)
        if error:
            return Working.failed(error)
        n_h, n_w, texts, warnings = window_sizes(f, s, p, in_shape)
        n_c_prev, n_c = in_shape[2], layer.filters
        params = (f * f * n_c_prev + 1) * n_c
        return Working(
            shape=(n_h, n_w, n_c),
            params=params,
            mult_adds=n_h * n_w * n_c * f * f * n_c_prev,
            shape_text="\n".join(
                (*texts, translate("shapes", "n_c = {n} (one per filter)").format(n=n_c))
            ),
            params_text=f"(f·f·n_c_prev + 1)·n_c = ({f}·{f}·{n_c_prev} + 1)·{n_c} = {params}",
            warnings=warnings,
        )

    def workspace_floats(self, layer: ConvSpec, in_shape: Shape, out_shape: Shape) -> int:
        """The im2col buffer: one ``f·f·n_c_prev`` window per output position."""
        n_h, n_w, _ = out_shape
        return n_h * n_w * layer.size * layer.size * in_shape[2]

    def hyper_text(self, layer: ConvSpec) -> str:
        pad = layer.padding if isinstance(layer.padding, str) else f"p={layer.padding}"
        return f"f={layer.size} s={layer.stride} {pad} n_c={layer.filters} {layer.activation}"

    def caption_text(self, layer: ConvSpec) -> str:
        pad = layer.padding if isinstance(layer.padding, str) else f"p{layer.padding}"
        f = layer.size
        return f"{f}×{f} s{layer.stride} {pad} ×{layer.filters}"

    def build(self, layer: ConvSpec, index: int, in_shape: Shape) -> Conv2D:
        p = resolve_padding(layer)
        return Conv2D(index, in_shape, layer.filters, layer.size, layer.stride, p, layer.activation)

    def torch_module(self, layer: ConvSpec, in_shape: Shape, out_shape: Shape) -> str:
        return (
            f"nn.Conv2d({in_shape[2]}, {layer.filters}, kernel_size={layer.size}, "
            f"stride={layer.stride}, padding={resolve_padding(layer)})"
        )

    def torch_call(self, layer: ConvSpec, call: str) -> str:
        return activation_call(layer.activation, call)

    def onnx_nodes(
        self, layer: ConvSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]
    ) -> str:
        w = graph.constant("W", weights["W"].transpose(3, 2, 0, 1))  # n_c × n_c_prev × f × f
        p = resolve_padding(layer)
        z = graph.node(
            "Conv",
            [x, w, graph.constant("b", weights["b"])],
            kernel_shape=[layer.size, layer.size],
            strides=[layer.stride, layer.stride],
            pads=[p, p, p, p],
        )
        return onnx_activation(graph, layer.activation, z)

    def window(self, layer: ConvSpec) -> Window:
        return Window(layer.size, layer.stride, resolve_padding(layer))

    def why_conv(self, layer: ConvSpec, in_shape: Shape, out_shape: Shape, params: int) -> WhyConv:
        return why_conv(layer.size, in_shape, out_shape, params)

    def cell(self, context: CellContext, position: tuple[int, ...], out_shape: Shape) -> Cell:
        return conv_cell(context, position, out_shape)


CONV = ConvKind()
