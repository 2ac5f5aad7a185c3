"""Receptive fields and why-convolution numbers for the summary, and field rectangles.

:func:`with_fields` fills the receptive-field and FC-equivalent columns of
the summary rows; :func:`field_rect` gives the input pixels one output
value of a CONV or POOL layer depends on.
"""

from __future__ import annotations

from dataclasses import replace

from cnnbuilder.core.inside.geometry import FieldStep, Span, clip, field_step
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.layer_rows import LayerRow
from cnnbuilder.core.spec import LayerSpec, NetworkSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import translate


def _with_why(row: LayerRow, prev: LayerRow, layer: LayerSpec) -> LayerRow:
    if row.output_shape is None or prev.output_shape is None or row.params is None:
        return row
    why = kind_of(layer).why_conv(layer, prev.output_shape, row.output_shape, row.params)
    if why is None:
        return row
    return replace(
        row,
        fc_equivalent_params=why.fc_equivalent_params,
        connections=why.connections,
        fc_connections=why.fc_connections,
        why_working=why.working,
    )


def with_fields(spec: NetworkSpec, rows: list[LayerRow]) -> list[LayerRow]:
    """Return ``rows`` (input first) with receptive fields and FC-equivalent counts.

    The input has ``r_0 = j_0 = 1``; every valid CONV and POOL row gets its
    ``r`` and ``j`` and their working; FC and Softmax rows (whose units see
    the whole input) and invalid rows get None.
    """
    out = [replace(rows[0], receptive_field=1, jump=1, field_working="r_0 = 1, j_0 = 1")]
    r, j = 1, 1
    for layer, row in zip(spec.layers, rows[1:], strict=True):
        window = kind_of(layer).window(layer)
        if window is None or row.output_shape is None:
            out.append(row)
            continue
        step: FieldStep = field_step(r, j, window, row.position)
        r, j = step.r, step.j
        row = replace(row, receptive_field=r, jump=j, field_working=step.working)
        out.append(_with_why(row, out[-1], layer))
    return out


def field_spans(spec: NetworkSpec, layer: int, i: int, j: int) -> tuple[Span, Span]:
    """Input rows and columns (half-open, not clipped) output ``(i, j)`` of ``layer`` reads.

    Parameters
    ----------
    layer : int
        1-based position of a CONV or POOL layer (all layers up to it slide windows).
    """
    rows, cols = (i, i + 1), (j, j + 1)
    for spec_layer in reversed(spec.layers[:layer]):
        window = kind_of(spec_layer).window(spec_layer)
        if window is None:
            raise ValueError(
                translate(
                    "inside", "layer {layer} follows an FC layer: it has no receptive field"
                ).format(layer=layer)
            )
        rows, cols = window.span_of(rows), window.span_of(cols)
    return rows, cols


def field_rect(spec: NetworkSpec, layer: int, i: int, j: int) -> tuple[Span, Span]:
    """The input pixels (half-open rows and columns) output ``(i, j)`` of ``layer`` reads.

    Like :func:`field_spans`, but cut at every layer to the activation that
    really exists: window cells on the padding read zeros, not the input.
    ``((0, 0), (0, 0))`` when the value reads nothing but padding.
    """
    shapes = [row.output_shape for row in summarize(spec).rows]
    rows, cols = (i, i + 1), (j, j + 1)
    for n in range(layer, 0, -1):
        layer_spec = spec.layers[n - 1]
        window = kind_of(layer_spec).window(layer_spec)
        shape = shapes[n - 1]
        if window is None or shape is None:
            raise ValueError(
                translate("inside", "layer {layer} has no receptive field").format(layer=layer)
            )
        rows = clip(window.span_of(rows), shape[0])
        cols = clip(window.span_of(cols), shape[1])
        if rows[0] == rows[1] or cols[0] == cols[1]:
            return (0, 0), (0, 0)  # only padding below this layer
    return rows, cols
