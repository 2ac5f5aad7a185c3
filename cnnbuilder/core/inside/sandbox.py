"""The hyper-parameter sandbox: a window stepping over a padded input, in numbers.

:class:`Slide` says where the ``k``-th window lies on the padded input,
which output value it fills, and which padded rows and columns no window
reaches when ``(n + 2p − f)/s`` is not whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.core.kinds.registry import kind_of
from cnnbuilder.core.kinds.window import dropped_warning, window_working
from cnnbuilder.core.spec import LayerSpec


@dataclass(frozen=True)
class Slide:
    """An ``f x f`` window with stride ``s`` over an ``n_H x n_W`` input padded by ``p``.

    Coordinates are on the padded input: row ``r`` of it is input row ``r − p``.
    """

    n_h: int
    n_w: int
    window: Window

    @property
    def padded(self) -> tuple[int, int]:
        """``(n_H + 2p, n_W + 2p)``."""
        p = self.window.p
        return self.n_h + 2 * p, self.n_w + 2 * p

    @property
    def out(self) -> tuple[int, int]:
        """``(⌊(n_H + 2p − f)/s⌋ + 1, ⌊(n_W + 2p − f)/s⌋ + 1)``."""
        f, s = self.window.f, self.window.s
        return ((self.padded[0] - f) // s + 1, (self.padded[1] - f) // s + 1)

    @property
    def steps(self) -> int:
        """Number of window positions, one per output value."""
        return self.out[0] * self.out[1]

    @property
    def used(self) -> tuple[int, int]:
        """Padded rows and columns some window reaches: ``(n_out − 1)·s + f``."""
        f, s = self.window.f, self.window.s
        return ((self.out[0] - 1) * s + f, (self.out[1] - 1) * s + f)

    @property
    def dropped(self) -> tuple[int, int]:
        """The last padded rows and columns no window reaches."""
        return (self.padded[0] - self.used[0], self.padded[1] - self.used[1])

    def step(self, k: int) -> tuple[int, int, int, int]:
        """``(i, j, r0, c0)``: the output value of step ``k`` (row-major) and the
        top-left corner of its window on the padded input."""
        if not 0 <= k < self.steps:
            raise ValueError(f"step {k} is outside 0..{self.steps - 1}")
        i, j = divmod(k, self.out[1])
        return i, j, i * self.window.s, j * self.window.s

    def step_at(self, row: int, col: int) -> int:
        """The step whose window corner is nearest to padded cell ``(row, col)`` (dragging)."""
        s = self.window.s
        i = min(max(round(row / s), 0), self.out[0] - 1)
        j = min(max(round(col / s), 0), self.out[1] - 1)
        return i * self.out[1] + j

    def formulas(self) -> list[str]:
        """``n_H = ⌊(…)/s⌋ + 1 = …`` for both axes, then any dropped-rows warning."""
        f, s, p = self.window.f, self.window.s, self.window.p
        lines = [
            window_working(self.n_h, f, s, p, "n_H")[1],
            window_working(self.n_w, f, s, p, "n_W")[1],
        ]
        for n, axis in ((self.n_h, "n_H"), (self.n_w, "n_W")):
            warning = dropped_warning(n, f, s, p, axis)
            if warning:
                lines.append(warning)
        return lines


def slide_of(layer: LayerSpec, in_shape: tuple[int, ...]) -> Slide | None:
    """The sandbox of a CONV or POOL layer on its input; None for other kinds."""
    window = kind_of(layer).window(layer)
    if window is None or len(in_shape) != 3:
        return None
    return Slide(in_shape[0], in_shape[1], window)
