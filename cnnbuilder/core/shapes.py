"""Per-layer shape and parameter arithmetic, with the working in course notation.

Each ``*_row`` function takes a layer and the shape that enters it and
returns a :class:`LayerRow`: the output shape, sizes and counts, and the
formulas with the values filled in (``n_H = ⌊(39 + 2·0 − 3)/1⌋ + 1 = 37``).
A layer that cannot work on its input gets ``error`` set and no shape.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    LayerSpec,
    PoolSpec,
    SoftmaxSpec,
    display_name,
    resolve_padding,
)
from cnnbuilder.i18n import translate

Shape = tuple[int, ...]  # (n_H, n_W, n_c) or (units,)


@dataclass(frozen=True)
class LayerRow:
    """One row of the summary table.

    Attributes
    ----------
    position : int
        0 for the input, 1.. for the layers (as the table numbers them).
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

    @property
    def shape_text(self) -> str:
        """The output shape as ``28×28×8`` or ``120`` (empty when unknown)."""
        return format_shape(self.output_shape)


def format_shape(shape: Shape | None) -> str:
    """Return ``28×28×8`` for ``(28, 28, 8)``, ``120`` for ``(120,)``."""
    if shape is None:
        return ""
    return "×".join(str(n) for n in shape)


def hyper_text(layer: LayerSpec) -> str:
    """Return the layer's hyper-parameters in course notation."""
    if isinstance(layer, ConvSpec):
        pad = layer.padding if isinstance(layer.padding, str) else f"p={layer.padding}"
        return f"f={layer.size} s={layer.stride} {pad} n_c={layer.filters} {layer.activation}"
    if isinstance(layer, PoolSpec):
        mode = translate("shapes", "max") if layer.mode == "max" else translate("shapes", "avg")
        return f"{mode} f={layer.size} s={layer.stride}"
    if isinstance(layer, DenseSpec):
        units = translate("shapes", "{n} units").format(n=layer.units)
        return f"{units} {layer.activation}"
    return translate("shapes", "{n} classes").format(n=layer.classes)


def _product(values: Shape) -> int:
    out = 1
    for v in values:
        out *= v
    return out


def _dot(values: Shape) -> str:
    return "·".join(str(v) for v in values)


def _base_row(layer: LayerSpec, position: int) -> LayerRow:
    return LayerRow(
        position=position,
        uid=layer.uid,
        name=display_name(layer, position),
        kind=layer.kind,
        hyper=hyper_text(layer),
    )


def _window_error(f: int, s: int, p: int, in_shape: Shape, what: str) -> str | None:
    """Return why an ``f x f`` window with stride s, padding p cannot slide."""
    if f < 1 or s < 1 or p < 0:
        return translate(
            "shapes", "{what} needs f ≥ 1, s ≥ 1 and p ≥ 0 (got f={f}, s={s}, p={p})"
        ).format(what=what, f=f, s=s, p=p)
    h, w = in_shape[0] + 2 * p, in_shape[1] + 2 * p
    if f > h or f > w:
        padded = str(h) if h == w else f"{h}×{w}"
        if p:
            return translate("shapes", "filter {f} is larger than the padded input {size}").format(
                f=f, size=padded
            )
        return translate("shapes", "filter {f} is larger than the input {size}").format(
            f=f, size=padded
        )
    return None


def _window_working(n: int, f: int, s: int, p: int, axis: str) -> tuple[int, str]:
    out = (n + 2 * p - f) // s + 1
    text = f"{axis} = ⌊({n} + 2·{p} − {f})/{s}⌋ + 1 = {out}"
    return out, text


def _dropped_warning(n: int, f: int, s: int, p: int, axis: str) -> str | None:
    rest = (n + 2 * p - f) % s
    if rest == 0:
        return None
    return translate(
        "shapes",
        "{axis}: ({n} + 2·{p} − {f})/{s} = {ratio} is not whole; "
        "the last {rest} padded input row(s)/column(s) are never used",
    ).format(axis=axis, n=n, p=p, f=f, s=s, ratio=f"{(n + 2 * p - f) / s:g}", rest=rest)


def window_row(layer: ConvSpec | PoolSpec, in_shape: Shape, position: int) -> LayerRow:
    """Row of a CONV or POOL layer; both slide an ``f x f`` window."""
    row = _base_row(layer, position)
    what = "CONV" if isinstance(layer, ConvSpec) else "POOL"
    if len(in_shape) != 3:
        message = translate("shapes", "{what} needs an n_H×n_W×n_c input; it follows an FC layer")
        return _errored(row, message.format(what=what))
    f, s = layer.size, layer.stride
    p = resolve_padding(layer) if isinstance(layer, ConvSpec) else 0
    if isinstance(layer, ConvSpec) and layer.padding == "same" and (f % 2 == 0 or s != 1):
        message = translate("shapes", "'same' padding needs an odd f and s = 1 (f={f}, s={s})")
        return _errored(row, message.format(f=f, s=s))
    error = _window_error(f, s, p, in_shape, what)
    if error:
        return _errored(row, error)
    n_h, text_h = _window_working(in_shape[0], f, s, p, "n_H")
    n_w, text_w = _window_working(in_shape[1], f, s, p, "n_W")
    warnings = tuple(
        w
        for w in (
            _dropped_warning(in_shape[0], f, s, p, "n_H"),
            _dropped_warning(in_shape[1], f, s, p, "n_W"),
        )
        if w
    )
    n_c_prev = in_shape[2]
    if isinstance(layer, ConvSpec):
        n_c = layer.filters
        params = (f * f * n_c_prev + 1) * n_c
        params_text = f"(f·f·n_c_prev + 1)·n_c = ({f}·{f}·{n_c_prev} + 1)·{n_c} = {params}"
        channels_text = translate("shapes", "n_c = {n} (one per filter)").format(n=n_c)
        mult_adds = n_h * n_w * n_c * f * f * n_c_prev
    else:
        n_c, params = n_c_prev, 0
        params_text = translate("shapes", "POOL has no parameters: 0")
        channels_text = f"n_c = n_c_prev = {n_c}"
        mult_adds = 0
    shape = (n_h, n_w, n_c)
    return _filled(
        row,
        shape,
        params,
        mult_adds,
        "\n".join((text_h, text_w, channels_text)),
        params_text,
        warnings,
    )


def dense_row(layer: DenseSpec | SoftmaxSpec, in_shape: Shape, position: int) -> LayerRow:
    """Row of an FC or Softmax layer; a 3-D input is flattened first."""
    row = _base_row(layer, position)
    units = layer.units if isinstance(layer, DenseSpec) else layer.classes
    if units < 1 or (isinstance(layer, SoftmaxSpec) and units < 2):
        least = 2 if isinstance(layer, SoftmaxSpec) else 1
        message = translate("shapes", "needs at least {least} outputs (got {units})")
        return _errored(row, message.format(least=least, units=units))
    n_in = _product(in_shape)
    flatten = ""
    if len(in_shape) == 3:
        flatten = translate("shapes", "n_in = {product} = {n} (flattened)").format(
            product=_dot(in_shape), n=n_in
        )
        flatten += "\n"
    params = (n_in + 1) * units
    out_name = "n_out" if isinstance(layer, DenseSpec) else translate("shapes", "classes")
    params_text = f"{flatten}(n_in + 1)·{out_name} = ({n_in} + 1)·{units} = {params}"
    shape_text = f"{flatten}{out_name} = {units}"
    return _filled(row, (units,), params, n_in * units, shape_text, params_text, ())


def layer_row(layer: LayerSpec, in_shape: Shape, position: int) -> LayerRow:
    """Compute the row of any layer kind."""
    if isinstance(layer, ConvSpec | PoolSpec):
        return window_row(layer, in_shape, position)
    return dense_row(layer, in_shape, position)


def _errored(row: LayerRow, message: str) -> LayerRow:
    return LayerRow(**{**row.__dict__, "error": message, "status": "error"})


def _filled(
    row: LayerRow,
    shape: Shape,
    params: int,
    mult_adds: int,
    shape_working: str,
    params_working: str,
    warnings: tuple[str, ...],
) -> LayerRow:
    activations = _product(shape)
    if len(shape) == 3:
        size = translate("shapes", "activation size = {product} = {n}").format(
            product=_dot(shape), n=activations
        )
        shape_working += "\n" + size
    return LayerRow(
        **{
            **row.__dict__,
            "output_shape": shape,
            "activations": activations,
            "params": params,
            "mult_adds": mult_adds,
            "shape_working": shape_working,
            "params_working": params_working,
            "warnings": warnings,
            "status": "warning" if warnings else "ok",
        }
    )


def blocked_row(layer: LayerSpec, position: int, reason: str) -> LayerRow:
    """Row of a layer that follows an invalid one: it has no shape."""
    return LayerRow(**{**_base_row(layer, position).__dict__, "error": reason, "status": "blocked"})
