"""The arithmetic of an ``f x f`` window sliding with stride ``s`` (CONV and POOL)."""

from __future__ import annotations

from cnnbuilder.core.kinds.working import Shape
from cnnbuilder.i18n import translate


def window_error(f: int, s: int, p: int, in_shape: Shape, what: str) -> str | None:
    """Return why an ``f x f`` window with stride s, padding p cannot slide."""
    if len(in_shape) != 3:
        message = translate("shapes", "{what} needs an n_H×n_W×n_c input; it follows an FC layer")
        return message.format(what=what)
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


def window_working(n: int, f: int, s: int, p: int, axis: str) -> tuple[int, str]:
    """The output size along one axis and its formula, ``n_H = ⌊(…)/s⌋ + 1 = …``."""
    out = (n + 2 * p - f) // s + 1
    text = f"{axis} = ⌊({n} + 2·{p} − {f})/{s}⌋ + 1 = {out}"
    return out, text


def dropped_warning(n: int, f: int, s: int, p: int, axis: str) -> str | None:
    """A warning when the window leaves input rows or columns unused."""
    rest = (n + 2 * p - f) % s
    if rest == 0:
        return None
    return translate(
        "shapes",
        "{axis}: ({n} + 2·{p} − {f})/{s} = {ratio} is not whole; "
        "the last {rest} padded input row(s)/column(s) are never used",
    ).format(axis=axis, n=n, p=p, f=f, s=s, ratio=f"{(n + 2 * p - f) / s:g}", rest=rest)


def window_sizes(
    f: int, s: int, p: int, in_shape: Shape
) -> tuple[int, int, tuple[str, str], tuple[str, ...]]:
    """``(n_H, n_W, (n_H formula, n_W formula), warnings)`` of a window that can slide."""
    n_h, text_h = window_working(in_shape[0], f, s, p, "n_H")
    n_w, text_w = window_working(in_shape[1], f, s, p, "n_W")
    warnings = tuple(
        w
        for w in (
            dropped_warning(in_shape[0], f, s, p, "n_H"),
            dropped_warning(in_shape[1], f, s, p, "n_W"),
        )
        if w
    )
    return n_h, n_w, (text_h, text_w), warnings
