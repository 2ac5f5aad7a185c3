"""The POOL layer kind: max or average over ``f x f`` windows; no parameters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from cnnbuilder.core.export.nodes import OnnxGraph
from cnnbuilder.core.inside.cells import Cell, CellContext, pool_cell
from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.core.kinds.base import LayerKind, LayerSpec, uid_field
from cnnbuilder.core.kinds.fields import Field
from cnnbuilder.core.kinds.window import window_error, window_sizes
from cnnbuilder.core.kinds.working import Shape, Working
from cnnbuilder.core.nn.pool import Pool2D
from cnnbuilder.i18n import QT_TRANSLATE_NOOP, translate

POOL_MODES: tuple[str, ...] = ("max", "avg")
_MODE_LABELS = {
    "max": QT_TRANSLATE_NOOP("fields", "max pooling"),
    "avg": QT_TRANSLATE_NOOP("fields", "average pooling"),
}


@dataclass(frozen=True)
class PoolSpec:
    """A POOL layer (max or average) of ``size x size`` windows."""

    kind: ClassVar[str] = "pool"
    mode: str = "max"
    size: int = 2
    stride: int = 2
    name: str | None = None
    uid: int = uid_field()


class PoolKind(LayerKind):
    """POOL: the window arithmetic without padding; keeps ``n_c``."""

    type_name = "pool"
    label = "POOL"
    spec_class = PoolSpec
    fields = (
        Field(
            "mode",
            QT_TRANSLATE_NOOP("fields", "Mode"),
            "choice",
            choices=tuple((m, _MODE_LABELS[m]) for m in POOL_MODES),
        ),
        Field(
            "size",
            QT_TRANSLATE_NOOP("fields", "Window f"),
            "int",
            1,
            64,
            tip=QT_TRANSLATE_NOOP("fields", "each window is f×f"),
        ),
        Field(
            "stride",
            QT_TRANSLATE_NOOP("fields", "Stride s"),
            "int",
            1,
            32,
            tip=QT_TRANSLATE_NOOP("fields", "usually s = f"),
        ),
    )

    def read(self, data: dict[str, Any], position: int) -> LayerSpec:
        """As for any kind, except that a missing stride is the window size."""
        if "stride" not in data and "size" in data:
            data = {**data, "stride": data["size"]}
        return super().read(data, position)

    def work(self, layer: PoolSpec, in_shape: Shape) -> Working:
        f, s = layer.size, layer.stride
        error = window_error(f, s, 0, in_shape, self.label)
        if error:
            return Working.failed(error)
        n_h, n_w, texts, warnings = window_sizes(f, s, 0, in_shape)
        n_c = in_shape[2]
        return Working(
            shape=(n_h, n_w, n_c),
            shape_text="\n".join((*texts, f"n_c = n_c_prev = {n_c}")),
            params_text=translate("shapes", "POOL has no parameters: 0"),
            warnings=warnings,
        )

    def hyper_text(self, layer: PoolSpec) -> str:
        mode = translate("shapes", "max") if layer.mode == "max" else translate("shapes", "avg")
        return f"{mode} f={layer.size} s={layer.stride}"

    def caption_text(self, layer: PoolSpec) -> str:
        shown = (
            translate("captions", "max") if layer.mode == "max" else translate("captions", "avg")
        )
        return f"{shown} {layer.size}×{layer.size} s{layer.stride}"

    def build(self, layer: PoolSpec, index: int, in_shape: Shape) -> Pool2D:
        return Pool2D(index, in_shape, layer.mode, layer.size, layer.stride)

    def torch_module(self, layer: PoolSpec, in_shape: Shape, out_shape: Shape) -> str:
        cls = "nn.MaxPool2d" if layer.mode == "max" else "nn.AvgPool2d"
        return f"{cls}(kernel_size={layer.size}, stride={layer.stride})"

    def onnx_nodes(
        self, layer: PoolSpec, graph: OnnxGraph, x: str, weights: Mapping[str, np.ndarray]
    ) -> str:
        op = "MaxPool" if layer.mode == "max" else "AveragePool"
        window = {"kernel_shape": [layer.size] * 2, "strides": [layer.stride] * 2}
        return graph.node(op, [x], **window)

    def window(self, layer: PoolSpec) -> Window:
        return Window(layer.size, layer.stride, 0)

    def g_name(self, layer: PoolSpec) -> str:
        return layer.mode

    def cell(self, context: CellContext, position: tuple[int, ...], out_shape: Shape) -> Cell:
        return pool_cell(context, position, out_shape)


POOL = PoolKind()
