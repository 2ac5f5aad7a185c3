"""One value of one layer, with the numbers that made it.

Each function recomputes a single output directly from the previous
activation and the layer's parameters (in float64), so that a learner can
follow the arithmetic, and the tests can hold it against the engine's
maps. Positions are 0-based; layers are numbered from 1 as in the table.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from cnnbuilder.core.inside.geometry import Span, Window
from cnnbuilder.core.nn.activations import activate
from cnnbuilder.i18n import translate

TOP_CONTRIBUTIONS = 8


def _span(span: Span) -> str:
    return f"{span[0]}:{span[1]}"


@dataclass(frozen=True)
class CellContext:
    """What a cell's arithmetic reads.

    Attributes
    ----------
    layer : int
        1-based position of the layer.
    kind : str
        ``"conv"``, ``"pool"``, ``"fc"`` or ``"softmax"``.
    a_prev : ndarray, (n_H_prev, n_W_prev, n_c_prev) or (n_in,)
        The previous activation (the input image for layer 1).
    w, b : ndarray or None
        The layer's parameters (None for POOL).
    window : Window or None
        For CONV and POOL.
    activation : str
        ``g`` of the layer (``"softmax"`` for the Softmax, the pool mode for POOL).
    """

    layer: int
    kind: str
    a_prev: np.ndarray
    w: np.ndarray | None
    b: np.ndarray | None
    window: Window | None
    activation: str


@dataclass(frozen=True)
class WindowCell:
    """A value of a CONV or POOL map and the window it was computed from.

    Attributes
    ----------
    position : (i, j, c)
    rows, cols : (start, stop)
        The window in the previous activation's coordinates before padding.
    values : ndarray, (f, f, n_c_prev) for CONV, (f, f) for POOL
        ``a_prev[window]`` with the padding cells as zeros.
    padding : ndarray of bool, (f, f)
        True where the window lies on the padding.
    """

    layer: int
    position: tuple[int, int, int]
    rows: Span
    cols: Span
    values: np.ndarray
    padding: np.ndarray


@dataclass(frozen=True)
class ConvCell(WindowCell):
    """``z = Σ W[:,:,:,k] ⊙ a_prev[window] + b_k``, ``a = g(z)`` at ``(i, j, k)``.

    Attributes
    ----------
    kernel : ndarray, (f, f, n_c_prev)
        ``W[:, :, :, k]``.
    channel_sums : ndarray, (n_c_prev,)
        ``Σ W ⊙ a_prev`` per input channel.
    """

    kernel: np.ndarray
    channel_sums: np.ndarray
    bias: float
    z: float
    a: float
    activation: str
    kind: str = "conv"

    def lines(self) -> list[str]:
        """The working, line by line."""
        k = self.position[2]
        pads = int(self.padding.sum())
        on_padding = ""
        if pads:
            on_padding = " " + translate(
                "inside", "({pads} of {cells} cells on the padding: 0)"
            ).format(pads=pads, cells=self.padding.size)
        window = translate("inside", "window: rows {rows}, cols {cols} of a_prev").format(
            rows=_span(self.rows), cols=_span(self.cols)
        )
        lines = [
            window + on_padding,
            f"z = Σ W[:,:,:,{k}] ⊙ a_prev[window] + b_{k}",
        ]
        lines += [
            "  "
            + translate(
                "inside", "channel {c}: Σ W[:,:,{c},{k}] ⊙ a_prev[window,{c}] = {sum}"
            ).format(c=c, k=k, sum=f"{s:.6g}")
            for c, s in enumerate(self.channel_sums)
        ]
        lines += [
            f"  b_{k} = {self.bias:.6g}",
            f"  z = {self.channel_sums.sum():.6g} + {self.bias:.6g} = {self.z:.6g}",
            f"a = {self.activation}(z) = {self.a:.6g}",
        ]
        return lines


@dataclass(frozen=True)
class PoolCell(WindowCell):
    """A POOL value: the window of channel ``c`` and its maximum (or mean).

    Attributes
    ----------
    values : ndarray, (f, f)
    winner : (row, col) or None
        Inside the window, the first maximum in row-major order (max-pool).
    """

    mode: str
    winner: tuple[int, int] | None
    a: float
    kind: str = "pool"

    def lines(self) -> list[str]:
        """The working, line by line."""
        where = translate("inside", "window: rows {rows}, cols {cols}, channel {c}").format(
            rows=_span(self.rows), cols=_span(self.cols), c=self.position[2]
        )
        if self.winner is None:
            mean = translate("inside", "a = mean(window) = {a} ({n} values)")
            return [where, mean.format(a=f"{self.a:.6g}", n=self.values.size)]
        r, c = self.rows[0] + self.winner[0], self.cols[0] + self.winner[1]
        best = translate("inside", "a = max(window) = {a} (the winner: row {r}, col {c})")
        return [where, best.format(a=f"{self.a:.6g}", r=r, c=c)]


@dataclass(frozen=True)
class Contribution:
    """One term ``w·a`` of an FC unit; ``position`` is in the previous activation's shape."""

    index: int
    position: tuple[int, ...]
    w: float
    a: float

    @property
    def product(self) -> float:
        """``w·a``."""
        return self.w * self.a


@dataclass(frozen=True)
class UnitCell:
    """An FC or Softmax unit: ``z = Σ w·a + b``; ``a = g(z)`` or the probability.

    Attributes
    ----------
    contributions : tuple of Contribution
        The largest ``|w·a|`` terms, largest first.
    rest : float
        The sum of every other term.
    logits, probabilities : ndarray, (classes,), or None
        Softmax only: every ``z_k`` and ``e^z_k / Σ e^z_j``.
    """

    layer: int
    kind: str
    unit: int
    z: float
    a: float
    bias: float
    activation: str
    contributions: tuple[Contribution, ...]
    rest: float
    n_in: int
    logits: np.ndarray | None = None
    probabilities: np.ndarray | None = None

    def lines(self) -> list[str]:
        """The working, line by line."""
        lines = [
            translate("inside", "z = Σ w·a + b over {n} inputs; the largest terms w·a:").format(
                n=self.n_in
            )
        ]
        term = translate("inside", "input {i}: {w} · {a} = {product}")
        lines += [
            "  "
            + term.format(i=t.position, w=f"{t.w:.4g}", a=f"{t.a:.4g}", product=f"{t.product:.4g}")
            for t in self.contributions
        ]
        rest = translate("inside", "the other {n} terms: {sum}").format(
            n=self.n_in - len(self.contributions), sum=f"{self.rest:.4g}"
        )
        lines += [
            "  " + rest,
            f"  b = {self.bias:.6g}",
            f"z = {self.z:.6g}",
        ]
        # A value of a Softmax unit is normalised over the layer, an FC unit's is g(z):
        # the two dense kinds share this cell and differ in this one line.
        if self.kind == "softmax":
            lines.append(f"a = e^z_{self.unit} / Σ e^z_j = {self.a:.6g}")
        else:
            lines.append(f"a = {self.activation}(z) = {self.a:.6g}")
        return lines


Cell = ConvCell | PoolCell | UnitCell


def _check(position: tuple[int, ...], shape: tuple[int, ...], layer: int) -> None:
    names = ("row", "column", "channel") if len(shape) == 3 else ("unit",)
    if len(position) != len(shape):
        wanted = (
            translate("inside", "row, column, channel")
            if len(shape) == 3
            else translate("inside", "one unit")
        )
        raise ValueError(
            translate(
                "inside", "layer {layer} needs a position of {wanted}, got {position}"
            ).format(layer=layer, wanted=wanted, position=position)
        )
    for name, value, size in zip(names, position, shape, strict=True):
        if not 0 <= value < size:
            raise ValueError(
                translate("inside", "layer {layer}: {name} {value} is outside 0..{value2}").format(
                    layer=layer, name=name, value=value, value2=size - 1
                )
            )


def window_values(a_prev: np.ndarray, rows: Span, cols: Span) -> tuple[np.ndarray, np.ndarray]:
    """Cut a window out of ``a_prev`` (H, W, C), padding cells as zeros.

    Returns
    -------
    values : (f, f, C) float64
    padding : (f, f) bool, True on the padding
    """
    h, w, c = a_prev.shape
    f_h, f_w = rows[1] - rows[0], cols[1] - cols[0]
    values = np.zeros((f_h, f_w, c), dtype=np.float64)
    r = np.arange(rows[0], rows[1])
    q = np.arange(cols[0], cols[1])
    inside_r, inside_c = (r >= 0) & (r < h), (q >= 0) & (q < w)
    values[np.ix_(inside_r, inside_c)] = a_prev[np.ix_(r[inside_r], q[inside_c])]
    return values, ~np.outer(inside_r, inside_c)


def g(activation: str, z: float) -> float:
    """The activation of one value, computed by the engine's own function."""
    return float(activate(activation, np.array([z], dtype=np.float64))[0])


def conv_cell(ctx: CellContext, position: tuple[int, ...], out_shape: tuple[int, ...]) -> ConvCell:
    """The arithmetic of CONV output ``(i, j, k)``."""
    _check(position, out_shape, ctx.layer)
    assert ctx.window is not None
    assert ctx.w is not None
    assert ctx.b is not None
    i, j, k = position
    rows, cols = ctx.window.span(i), ctx.window.span(j)
    values, padding = window_values(ctx.a_prev, rows, cols)
    kernel = ctx.w[:, :, :, k].astype(np.float64)
    sums = (values * kernel).sum(axis=(0, 1))
    bias = float(ctx.b[k])
    z = float(sums.sum()) + bias
    return ConvCell(
        ctx.layer,
        (i, j, k),
        rows,
        cols,
        values,
        padding,
        kernel,
        sums,
        bias,
        z,
        g(ctx.activation, z),
        ctx.activation,
    )


def pool_cell(ctx: CellContext, position: tuple[int, ...], out_shape: tuple[int, ...]) -> PoolCell:
    """The window of POOL output ``(i, j, c)`` and its max (winner) or mean."""
    _check(position, out_shape, ctx.layer)
    assert ctx.window is not None
    i, j, c = position
    rows, cols = ctx.window.span(i), ctx.window.span(j)
    values, padding = window_values(ctx.a_prev[:, :, c : c + 1], rows, cols)
    values = values[:, :, 0]
    if ctx.activation == "max":
        flat = int(np.argmax(values))  # the first maximum, as the engine routes it
        winner: tuple[int, int] | None = divmod(flat, values.shape[1])
        a = float(values.flat[flat])
    else:
        winner, a = None, float(values.mean())
    return PoolCell(ctx.layer, (i, j, c), rows, cols, values, padding, ctx.activation, winner, a)


def _contributions(ctx: CellContext, unit: int) -> tuple[tuple[Contribution, ...], float, float]:
    """The largest terms ``w·a`` of ``unit``, the sum of the others, and ``z``."""
    assert ctx.w is not None
    assert ctx.b is not None
    a = ctx.a_prev.reshape(-1).astype(np.float64)  # C order over (H, W, C), as the engine
    w = ctx.w[:, unit].astype(np.float64)
    terms = w * a
    order = np.argsort(-np.abs(terms), kind="stable")[:TOP_CONTRIBUTIONS]
    top = tuple(
        Contribution(
            int(n),
            tuple(int(v) for v in np.unravel_index(n, ctx.a_prev.shape)),
            float(w[n]),
            float(a[n]),
        )
        for n in order
    )
    total = float(terms.sum())
    z = total + float(ctx.b[unit])
    return top, total - float(terms[order].sum()), z


def unit_cell(ctx: CellContext, position: tuple[int, ...], out_shape: tuple[int, ...]) -> UnitCell:
    """FC unit ``u``: its largest contributions, ``z`` and ``a = g(z)``."""
    _check(position, out_shape, ctx.layer)
    assert ctx.b is not None
    unit = position[0]
    top, rest, z = _contributions(ctx, unit)
    n_in = int(ctx.a_prev.size)
    bias = float(ctx.b[unit])
    return UnitCell(
        ctx.layer, ctx.kind, unit, z, g(ctx.activation, z), bias, ctx.activation, top, rest, n_in
    )


def softmax_cell(
    ctx: CellContext, position: tuple[int, ...], out_shape: tuple[int, ...]
) -> UnitCell:
    """Softmax class ``k``: ``z_k``, every logit and ``e^z_k / Σ e^z_j``."""
    _check(position, out_shape, ctx.layer)
    assert ctx.w is not None
    assert ctx.b is not None
    unit = position[0]
    top, rest, z = _contributions(ctx, unit)
    a = ctx.a_prev.reshape(-1).astype(np.float64)
    logits = a @ ctx.w.astype(np.float64) + ctx.b.astype(np.float64)
    e = np.exp(logits - logits.max())  # shifted: the same ratios, no overflow
    probabilities = e / e.sum()
    return UnitCell(
        ctx.layer,
        "softmax",
        unit,
        z,
        float(probabilities[unit]),
        float(ctx.b[unit]),
        "softmax",
        top,
        rest,
        int(a.size),
        logits,
        probabilities,
    )
