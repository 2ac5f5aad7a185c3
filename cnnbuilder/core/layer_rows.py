"""One row of the summary table per layer: its shape, counts and working.

:func:`layer_row` asks the layer's kind (:mod:`cnnbuilder.core.kinds`) for
the arithmetic and adds what every row has: the position, the name, the
hyper-parameters and the activation size. A layer that cannot work on its
input gets ``error`` set and no shape.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.kinds.working import Shape, Working, dot_text, format_shape, product
from cnnbuilder.core.spec import LayerSpec
from cnnbuilder.i18n import translate

__all__ = ["LayerRow", "Shape", "blocked_row", "format_shape", "layer_row", "row_from_working"]


@dataclass(frozen=True)
class LayerRow:
    """One row of the summary table.

    Attributes
    ----------
    position : int
        0 for the input, 1.. for the layers (as the table numbers them).
    kind : str
        The kind's type name (``"input"``, ``"conv"``, …).
    output_shape : tuple of int or None
        ``(n_H, n_W, n_c)`` or ``(units,)``; None when the layer is invalid
        or follows an invalid layer.
    status : str
        ``"ok"``, ``"warning"``, ``"error"`` or ``"blocked"`` (after an error).
    """

    position: int
    uid: int | None
    name: str
    kind: str
    hyper: str
    output_shape: Shape | None = None
    activations: int | None = None
    params: int | None = None
    mult_adds: int | None = None
    shape_working: str = ""
    params_working: str = ""
    warnings: tuple[str, ...] = ()
    error: str | None = None
    status: str = "ok"
    # Filled by cnnbuilder.core.inside.fields (receptive field, why convolution).
    receptive_field: int | None = None
    jump: int | None = None
    field_working: str = ""
    fc_equivalent_params: int | None = None
    connections: int | None = None
    fc_connections: int | None = None
    why_working: str = ""

    @property
    def shape_text(self) -> str:
        """The output shape as ``28×28×8`` or ``120`` (empty when unknown)."""
        return format_shape(self.output_shape)


def _base_row(layer: LayerSpec, position: int, name: str) -> LayerRow:
    return LayerRow(
        position=position,
        uid=layer.uid,
        name=name,
        kind=layer.kind,
        hyper=kind_of(layer).hyper_text(layer),
    )


def row_from_working(row: LayerRow, working: Working) -> LayerRow:
    """Fill ``row`` with a kind's working (a 3-D output also gets its activation size)."""
    shape = working.shape
    if working.error is not None or shape is None:
        return replace(row, error=working.error, status="error")
    activations = product(shape)
    shape_working = working.shape_text
    if len(shape) == 3:
        size = translate("shapes", "activation size = {product} = {n}")
        shape_working += "\n" + size.format(product=dot_text(shape), n=activations)
    return replace(
        row,
        output_shape=shape,
        activations=activations,
        params=working.params,
        mult_adds=working.mult_adds,
        shape_working=shape_working,
        params_working=working.params_text,
        warnings=working.warnings,
        status="warning" if working.warnings else "ok",
    )


def layer_row(layer: LayerSpec, in_shape: Shape, position: int, name: str) -> LayerRow:
    """Compute the row of a layer of any kind on input ``in_shape``.

    ``name`` is the layer's name in the table (the course name:
    :func:`cnnbuilder.core.spec.layer_names`).
    """
    working = kind_of(layer).work(layer, in_shape)
    return row_from_working(_base_row(layer, position, name), working)


def blocked_row(layer: LayerSpec, position: int, name: str, reason: str) -> LayerRow:
    """Row of a layer that follows an invalid one: it has no shape."""
    return replace(_base_row(layer, position, name), error=reason, status="blocked")
