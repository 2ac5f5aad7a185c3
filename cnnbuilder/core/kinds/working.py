"""What a layer kind computes for one layer: its output shape, counts and working.

:class:`Working` is the answer of a kind's ``work`` method: either the
numbers with the formulas filled in, in course notation
(``n_H = ⌊(39 + 2·0 − 3)/1⌋ + 1 = 37``), or why the layer cannot work on
its input.
"""

from __future__ import annotations

from dataclasses import dataclass

Shape = tuple[int, ...]  # (n_H, n_W, n_c) or (units,)


@dataclass(frozen=True)
class Working:
    """One layer's arithmetic on a given input shape.

    Attributes
    ----------
    shape : tuple of int or None
        ``(n_H, n_W, n_c)`` or ``(units,)``; None when ``error`` is set.
    params, mult_adds : int
        Trainable parameters; multiply-adds of one forward pass per sample.
    shape_text, params_text : str
        The formulas with the values filled in (lines joined by newlines).
    warnings : tuple of str
        Things that work but are probably not meant (dropped rows, say).
    error : str or None
        Why the layer cannot work on its input.
    """

    shape: Shape | None
    params: int = 0
    mult_adds: int = 0
    shape_text: str = ""
    params_text: str = ""
    warnings: tuple[str, ...] = ()
    error: str | None = None

    @classmethod
    def failed(cls, error: str) -> Working:
        """The working of a layer that cannot work on its input."""
        return cls(shape=None, error=error)


def format_shape(shape: Shape | None) -> str:
    """Return ``28×28×8`` for ``(28, 28, 8)``, ``120`` for ``(120,)``."""
    if shape is None:
        return ""
    return "×".join(str(n) for n in shape)


def product(values: Shape) -> int:
    """The product of the sizes (1 for an empty shape)."""
    out = 1
    for v in values:
        out *= v
    return out


def dot_text(values: Shape) -> str:
    """``28·28·8`` for ``(28, 28, 8)``: a product as the course writes it."""
    return "·".join(str(v) for v in values)
