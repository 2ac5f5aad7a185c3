"""Window arithmetic of CONV and POOL layers, in course notation.

A window is ``f x f`` with stride ``s`` and padding ``p``. Output position
``i`` reads the previous activation's rows ``[i·s − p, i·s − p + f)``
(before padding, so a window over the padding starts below 0 or ends past
the edge). Receptive fields follow the course's recurrence
``r_l = r_{l-1} + (f_l − 1)·j_{l-1}``, ``j_l = j_{l-1}·s_l`` from
``r_0 = j_0 = 1``.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.i18n import translate

Span = tuple[int, int]  # half-open [start, stop)


@dataclass(frozen=True)
class Window:
    """The sliding window of a CONV or POOL layer: size ``f``, stride ``s``, padding ``p``."""

    f: int
    s: int
    p: int = 0

    def span(self, i: int) -> Span:
        """Rows (or columns) of the previous activation that output ``i`` reads.

        Half-open, before padding: ``[i·s − p, i·s − p + f)``.
        """
        start = i * self.s - self.p
        return (start, start + self.f)

    def span_of(self, span: Span) -> Span:
        """Rows of the previous activation read by the outputs ``span`` (half-open)."""
        return (self.span(span[0])[0], self.span(span[1] - 1)[1])


@dataclass(frozen=True)
class FieldStep:
    """Receptive field ``r`` and jump ``j`` after one layer, with the working."""

    r: int
    j: int
    working: str


def field_step(r_prev: int, j_prev: int, window: Window, position: int) -> FieldStep:
    """Apply ``r_l = r_{l-1} + (f_l − 1)·j_{l-1}`` and ``j_l = j_{l-1}·s_l``.

    Parameters
    ----------
    position : int
        The layer's 1-based position ``l``, for the working's subscripts.
    """
    f, s, prev = window.f, window.s, position - 1
    r = r_prev + (f - 1) * j_prev
    j = j_prev * s
    working = (
        f"r_{position} = r_{prev} + (f_{position} − 1)·j_{prev} = {r_prev} + ({f} − 1)·{j_prev}"
        f" = {r}\nj_{position} = j_{prev}·s_{position} = {j_prev}·{s} = {j}"
    )
    return FieldStep(r, j, working)


def clip(span: Span, size: int) -> Span:
    """``span`` cut to ``[0, size)``; an empty span when they do not meet."""
    start = min(max(0, span[0]), size)
    return (start, max(start, min(size, span[1])))


def _product(shape: tuple[int, ...]) -> int:
    out = 1
    for n in shape:
        out *= n
    return out


@dataclass(frozen=True)
class WhyConv:
    """Parameter sharing and sparse connections of one CONV layer, in numbers.

    Attributes
    ----------
    fc_equivalent_params : int
        ``(n_H_prev·n_W_prev·n_c_prev + 1)·(n_H·n_W·n_c)``: an FC layer from
        the same input volume to the same output volume.
    connections : int
        Inputs one output value reads: ``f·f·n_c_prev``.
    fc_connections : int
        Inputs one FC output reads: all of them.
    """

    fc_equivalent_params: int
    connections: int
    fc_connections: int
    working: str


def why_conv(f: int, in_shape: tuple[int, ...], out_shape: tuple[int, ...], params: int) -> WhyConv:
    """The FC-equivalent parameters and connection counts of a CONV layer.

    Parameters
    ----------
    in_shape, out_shape : (n_H, n_W, n_c)
    params : int
        The CONV layer's own parameters, for the comparison.
    """
    n_in, n_out = _product(in_shape), _product(out_shape)
    fc = (n_in + 1) * n_out
    connections = f * f * in_shape[2]
    dims_in = "·".join(map(str, in_shape))
    dims_out = "·".join(map(str, out_shape))
    ratio = ""
    if params:
        ratio = " " + translate("inside", "({ratio}× more)").format(ratio=f"{fc / params:,.0f}")
    equivalent = translate(
        "inside",
        "FC equivalent: (n_H_prev·n_W_prev·n_c_prev + 1)·(n_H·n_W·n_c) = "
        "({dims_in} + 1)·({dims_out}) = {fc} parameters against {params}",
    ).format(dims_in=dims_in, dims_out=dims_out, fc=f"{fc:,}", params=f"{params:,}")
    reads = translate(
        "inside",
        "connections of one output value: f·f·n_c_prev = {f}·{f}·{n_c} = "
        "{connections} inputs, against all {n_in} for an FC unit",
    ).format(f=f, n_c=in_shape[2], connections=f"{connections:,}", n_in=f"{n_in:,}")
    working = equivalent + ratio + "\n" + reads
    return WhyConv(fc, connections, n_in, working)
