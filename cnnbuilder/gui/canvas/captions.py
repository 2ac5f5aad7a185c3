"""The text on a canvas block, in course notation (pure; no Qt).

A block shows its name, its key hyper-parameters and the shape it
produces, e.g. ``CONV1`` / ``5×5 s1 p0 ×8 relu`` / ``→ 28×28×8``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.core.shapes import LayerRow
from cnnbuilder.core.spec import (
    KIND_LABELS,
    ConvSpec,
    DenseSpec,
    InputSpec,
    LayerSpec,
    PoolSpec,
)


@dataclass(frozen=True)
class Caption:
    """What one block shows; equal captions need no repaint.

    Attributes
    ----------
    kind : str
        ``"input"``, ``"conv"``, ``"pool"``, ``"fc"`` or ``"softmax"``.
    status : str
        The summary row's status: ok, warning, error or blocked.
    """

    kind: str
    title: str
    tag: str  # activation, shown on the right of the header
    hyper: str
    result: str
    status: str
    tooltip: str


def short_hyper(layer: LayerSpec | InputSpec) -> str:
    """Return the key hyper-parameters, e.g. ``5×5 s1 p0 ×8``."""
    if isinstance(layer, InputSpec):
        return "n_H×n_W×n_c"
    if isinstance(layer, ConvSpec):
        pad = layer.padding if isinstance(layer.padding, str) else f"p{layer.padding}"
        f = layer.size
        return f"{f}×{f} s{layer.stride} {pad} ×{layer.filters}"
    if isinstance(layer, PoolSpec):
        return f"{layer.mode} {layer.size}×{layer.size} s{layer.stride}"
    if isinstance(layer, DenseSpec):
        return f"{layer.units} units"
    return f"{layer.classes} classes"


def _tag(layer: LayerSpec | InputSpec) -> str:
    """The header's right side: the activation g, where the layer has one."""
    return layer.activation if isinstance(layer, ConvSpec | DenseSpec) else ""


def _result(row: LayerRow) -> str:
    if row.status == "error":
        return f"✖ {row.error}"
    if row.status == "blocked":
        return "→ ? (after an error)"
    return f"→ {row.shape_text}"


def _tooltip(row: LayerRow, title: str) -> str:
    lines = [f"{title}: {row.hyper}"]
    if row.status == "error":
        lines.append(f"Error: {row.error}")
    elif row.status == "blocked":
        lines.append("No shape: it follows an invalid layer.")
    else:
        lines += [f"Output {row.shape_text}", "", row.shape_working]
        if row.params:
            lines += ["", f"Parameters: {row.params_working}"]
    lines += [f"Warning: {w}" for w in row.warnings]
    return "\n".join(lines)


def caption(layer: LayerSpec | InputSpec, row: LayerRow) -> Caption:
    """Return the caption of a layer (or the input) from its summary row."""
    if isinstance(layer, InputSpec):
        kind, tag = "input", ""
    else:
        kind = layer.kind
        label = KIND_LABELS[kind]
        tag = "" if row.name.startswith(label) else label
    title = row.name
    return Caption(
        kind, title, tag, short_hyper(layer), _result(row), row.status, _tooltip(row, title)
    )
